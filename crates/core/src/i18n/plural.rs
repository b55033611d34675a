//! CLDR plural rules, read from a catalog's `@plural` lines: "one: i % 10 =
//! 1 and i % 100 != 11" picks "1 минута" but "11 минут". A catalog carries
//! its language's rules as CLDR writes them, so a new language needs no code.
//! Only whole numbers are counted here (minutes, letters, pages), so the
//! fraction operands (`v`, `w`, `f`, `t`, `c`, `e`) are always 0.

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// `zero`
    Zero,
    /// `one`
    One,
    /// `two`
    Two,
    /// `few`
    Few,
    /// `many`
    Many,
    /// `other`, which every language has and which needs no rule.
    Other,
}

impl Category {
    /// Every category, in CLDR's order.
    pub const ALL: [Category; 6] = [
        Category::Zero,
        Category::One,
        Category::Two,
        Category::Few,
        Category::Many,
        Category::Other,
    ];

    /// The category's name in CLDR and in catalogs.
    pub fn name(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }

    /// The category named `name`.
    pub fn parse(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// `operand [% modulus] (= | !=) ranges`.
#[derive(Debug, Clone, PartialEq)]
struct Relation {
    /// Whether the operand is a fraction operand, which is 0 for whole numbers.
    fraction: bool,
    modulus: Option<u64>,
    equal: bool,
    ranges: Vec<(u64, u64)>,
}

impl Relation {
    fn holds(&self, n: u64) -> bool {
        let value = if self.fraction { 0 } else { n };
        let value = self.modulus.map_or(value, |m| value % m);
        let within = self
            .ranges
            .iter()
            .any(|&(low, high)| (low..=high).contains(&value));
        within == self.equal
    }

    fn parse(text: &str) -> Result<Relation, String> {
        let (expression, equal, ranges) = match text.split_once("!=") {
            Some((e, r)) => (e, false, r),
            None => match text.split_once('=') {
                Some((e, r)) => (e, true, r),
                None => return Err(format!("{text:?} has no = or !=")),
            },
        };
        let (operand, modulus) = match expression.split_once('%') {
            Some((o, m)) => (o.trim(), Some(number(m)?)),
            None => (expression.trim(), None),
        };
        let fraction = match operand {
            "n" | "i" => false,
            "v" | "w" | "f" | "t" | "c" | "e" => true,
            other => return Err(format!("{other:?} is not a CLDR operand")),
        };
        let ranges = ranges
            .split(',')
            .map(|range| match range.split_once("..") {
                Some((low, high)) => Ok((number(low)?, number(high)?)),
                None => number(range).map(|n| (n, n)),
            })
            .collect::<Result<_, String>>()?;
        Ok(Relation {
            fraction,
            modulus: modulus.filter(|&m| m > 0),
            equal,
            ranges,
        })
    }
}

fn number(text: &str) -> Result<u64, String> {
    text.trim()
        .parse()
        .map_err(|_| format!("{:?} is not a whole number", text.trim()))
}

/// One category's condition: relations joined by `and`, those by `or`.
#[derive(Debug, Clone, PartialEq)]
struct Condition(Vec<Vec<Relation>>);

impl Condition {
    fn parse(text: &str) -> Result<Condition, String> {
        // CLDR appends samples after `@integer` or `@decimal`; they are not rules.
        let rule = text.split('@').next().unwrap_or_default();
        rule.split(" or ")
            .map(|all| all.split(" and ").map(Relation::parse).collect())
            .collect::<Result<_, _>>()
            .map(Condition)
    }

    fn holds(&self, n: u64) -> bool {
        self.0.iter().any(|all| all.iter().all(|r| r.holds(n)))
    }
}

/// A language's plural rules: the first category whose condition holds,
/// else `other`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PluralRules(Vec<(Category, Condition)>);

impl PluralRules {
    /// Adds `category`'s rule, as CLDR writes it.
    pub fn add(&mut self, category: Category, rule: &str) -> Result<(), String> {
        if category == Category::Other {
            return Err("`other` needs no rule: it is whatever the others leave".to_owned());
        }
        self.0.push((category, Condition::parse(rule)?));
        Ok(())
    }

    /// The category of the whole number `n`.
    pub fn category(&self, n: u64) -> Category {
        self.0
            .iter()
            .find(|(_, condition)| condition.holds(n))
            .map_or(Category::Other, |(category, _)| *category)
    }

    /// The categories the language uses, `other` last.
    pub fn categories(&self) -> Vec<Category> {
        let mut all: Vec<Category> = self.0.iter().map(|(c, _)| *c).collect();
        all.push(Category::Other);
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(lines: &[(&str, &str)]) -> PluralRules {
        let mut rules = PluralRules::default();
        for (category, rule) in lines {
            rules.add(Category::parse(category).unwrap(), rule).unwrap();
        }
        rules
    }

    #[test]
    fn russian_minutes() {
        let ru = rules(&[
            ("one", "v = 0 and i % 10 = 1 and i % 100 != 11"),
            ("few", "v = 0 and i % 10 = 2..4 and i % 100 != 12..14"),
            (
                "many",
                "v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14",
            ),
        ]);
        let names: Vec<&str> = [1, 2, 5, 11, 12, 21, 22, 25, 101, 111, 0]
            .map(|n| ru.category(n).name())
            .to_vec();
        assert_eq!(
            names,
            [
                "one", "few", "many", "many", "many", "one", "few", "many", "one", "many", "many"
            ]
        );
    }

    #[test]
    fn arabic_has_six_forms() {
        let ar = rules(&[
            ("zero", "n = 0"),
            ("one", "n = 1"),
            ("two", "n = 2"),
            ("few", "n % 100 = 3..10 @integer 3~10, 103~110"),
            ("many", "n % 100 = 11..99"),
        ]);
        let names: Vec<&str> = [0, 1, 2, 3, 10, 11, 99, 100, 102, 103]
            .map(|n| ar.category(n).name())
            .to_vec();
        assert_eq!(
            names,
            [
                "zero", "one", "two", "few", "few", "many", "many", "other", "other", "few"
            ]
        );
        assert_eq!(ar.categories().len(), 6);
    }

    #[test]
    fn english_and_malformed_rules() {
        let en = rules(&[("one", "i = 1 and v = 0")]);
        assert_eq!(en.category(1), Category::One);
        assert_eq!(en.category(0), Category::Other);
        let mut bad = PluralRules::default();
        assert!(bad.add(Category::One, "x = 1").is_err());
        assert!(bad.add(Category::One, "n 1").is_err());
        assert!(bad.add(Category::One, "n = one").is_err());
        assert!(bad.add(Category::Other, "n = 1").is_err());
    }
}

//! Sentences in a catalog's language: a key's text, filled placeholders,
//! plural forms, lists, numbers and dates. A key the catalog lacks reads
//! from the English catalog.

use super::{Catalog, Direction, Key, english};

impl Catalog {
    /// The text of `key` in this catalog's language.
    pub fn t(&self, key: Key) -> &str {
        self.text(key)
            .or_else(|| english().text(key))
            .unwrap_or_default()
    }

    /// The text of `key` with its `{name}` placeholders filled from `values`.
    pub fn fill(&self, key: Key, values: &[(&str, &str)]) -> String {
        fill_in(self.t(key), values)
    }

    /// The form of the plural key `key` for `n`, with `{n}` written in the
    /// language's digits and other placeholders filled from `values`:
    /// "1 минута", "5 минут".
    pub fn plural(&self, key: Key, n: u64, values: &[(&str, &str)]) -> String {
        let form = self
            .form(key, n)
            .or_else(|| english().form(key, n))
            .unwrap_or_default();
        let number = self.number(n);
        let mut all = vec![("n", number.as_str())];
        all.extend_from_slice(values);
        fill_in(form, &all)
    }

    /// `items` as one list of the language: "A, B and C".
    pub fn list(&self, items: &[String]) -> String {
        // In right-to-left text each item (a Latin name, an address) is
        // isolated, so it keeps its own order and its neighbours theirs.
        let item = |text: &String| match self.direction {
            Direction::Rtl => ["\u{2068}", text, "\u{2069}"].concat(),
            Direction::Ltr => text.clone(),
        };
        match items {
            [] => String::new(),
            [one] => item(one),
            [first, middle @ .., last] => {
                let rest = middle.iter().fold(item(first), |rest, next| {
                    self.fill(Key::ListComma, &[("rest", &rest), ("next", &item(next))])
                });
                self.fill(Key::ListAnd, &[("rest", &rest), ("last", &item(last))])
            }
        }
    }

    /// A day as the language writes it, from its year, month (1 to 12) and
    /// day: "15 April 2010", "15 апреля 2010 г.".
    pub fn date(&self, (year, month, day): (u32, u32, u32)) -> String {
        self.fill(
            Key::DatePattern,
            &[
                ("day", &self.digits(day.into())),
                ("month", self.month_name(Key::MonthsInDate, month)),
                ("year", &self.digits(year.into())),
            ],
        )
    }

    /// A month as a heading, from its year and number (1 to 12): "April
    /// 2010", "апрель 2010", "2010 жылғы сәуір".
    pub fn month(&self, (year, number): (u32, u32)) -> String {
        self.fill(
            Key::MonthPattern,
            &[
                ("month", self.month_name(Key::Months, number)),
                ("year", &self.digits(year.into())),
            ],
        )
    }

    /// The name of month `number` (1 to 12) from a key listing all twelve,
    /// separated by `|`.
    fn month_name(&self, key: Key, number: u32) -> &str {
        let index = (number as usize).saturating_sub(1);
        self.t(key).split('|').nth(index).unwrap_or_default().trim()
    }
}

/// `template` with each `{name}` replaced by its value; an unknown name
/// stays as written, so a translator's slip shows rather than vanishes.
pub fn fill_in(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}` placeholders a text uses, for checking translations.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

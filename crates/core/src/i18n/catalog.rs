//! One language's interface text, read from its catalog file
//! (`public/i18n/<tag>.txt`, described in `docs/translating.md`). Reading
//! never fails: a line it cannot use is reported, and a key the catalog
//! lacks falls back to English where it is looked up.

use super::Key;
use super::plural::{Category, PluralRules};

/// Which way the language's text runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    /// Left to right.
    #[default]
    Ltr,
    /// Right to left, as Arabic and Hebrew.
    Rtl,
}

impl Direction {
    /// The direction text in the language `tag` (BCP 47) runs in: right to
    /// left for the languages written in Arabic or Hebrew script, which a
    /// letter may be in even where the site has no catalog for it.
    pub fn of_language(tag: &str) -> Direction {
        const RIGHT_TO_LEFT: [&str; 10] =
            ["ar", "fa", "he", "iw", "ur", "ps", "sd", "ug", "yi", "ckb"];
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match RIGHT_TO_LEFT.contains(&primary.as_str()) {
            true => Direction::Rtl,
            false => Direction::Ltr,
        }
    }

    /// The value of an HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A key's text: plain, or one form per plural category.
#[derive(Debug, Clone, PartialEq)]
enum Entry {
    Text(String),
    Plural(Vec<(Category, String)>),
}

/// One language's catalog.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    /// The language's name in itself, for the language switcher: "Русский".
    pub name: String,
    /// Which way its text runs.
    pub direction: Direction,
    /// Its plural rules.
    pub plurals: PluralRules,
    /// Its digits, 0 to 9 (Arabic writes ٠ to ٩).
    digits: [char; 10],
    /// What separates groups of three digits: "," in English.
    group: String,
    /// The language and territory for Open Graph's `og:locale`, such as `ru_RU`.
    pub locale: String,
    /// Whether a label such as "Your local embassy" starts with a small
    /// letter inside a sentence; German keeps the capital of "Ihre".
    pub lowercase_labels: bool,
    entries: Vec<Option<Entry>>,
}

/// A line of a catalog that could not be used, for `cargo xtask` and tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The line, from 1; 0 for the whole file.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl Catalog {
    /// Reads a catalog file, with the lines it could not use.
    pub fn parse(text: &str) -> (Catalog, Vec<Problem>) {
        let mut catalog = Catalog {
            name: String::new(),
            direction: Direction::Ltr,
            plurals: PluralRules::default(),
            digits: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
            group: ",".to_owned(),
            locale: String::new(),
            lowercase_labels: true,
            entries: vec![None; Key::ALL.len()],
        };
        let mut problems = Vec::new();
        for (at, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let result = match line.split_once('=') {
                Some((name, value)) => catalog.take(name.trim(), &unescape(value.trim())),
                None => Err("a line is `key = text`".to_owned()),
            };
            if let Err(message) = result {
                problems.push(Problem {
                    line: at + 1,
                    message,
                });
            }
        }
        (catalog, problems)
    }

    fn take(&mut self, name: &str, value: &str) -> Result<(), String> {
        if let Some(setting) = name.strip_prefix('@') {
            return self.set(setting, value);
        }
        let (name, category) = match name.split_once('.') {
            Some((name, category)) => (name, Some(category)),
            None => (name, None),
        };
        let key = Key::ALL
            .into_iter()
            .find(|k| k.name() == name)
            .ok_or_else(|| format!("{name:?} is not a key of the English catalog"))?;
        let slot = &mut self.entries[key as usize];
        match (category, slot) {
            (None, slot @ None) => *slot = Some(Entry::Text(value.to_owned())),
            (Some(category), slot) => {
                let category = Category::parse(category)
                    .ok_or_else(|| format!("{category:?} is not a CLDR plural category"))?;
                match slot.get_or_insert_with(|| Entry::Plural(Vec::new())) {
                    Entry::Plural(forms) if !forms.iter().any(|(c, _)| *c == category) => {
                        forms.push((category, value.to_owned()));
                    }
                    _ => return Err(format!("{name}.{} is given twice", category.name())),
                }
            }
            (None, Some(_)) => return Err(format!("{name} is given twice")),
        }
        Ok(())
    }

    fn set(&mut self, setting: &str, value: &str) -> Result<(), String> {
        if let Some(category) = setting.strip_prefix("plural ") {
            let category = Category::parse(category.trim())
                .ok_or_else(|| format!("{category:?} is not a CLDR plural category"))?;
            return self.plurals.add(category, value);
        }
        match (setting, value) {
            ("name", _) => self.name = value.to_owned(),
            ("direction", "ltr") => self.direction = Direction::Ltr,
            ("direction", "rtl") => self.direction = Direction::Rtl,
            ("direction", _) => return Err("@direction is ltr or rtl".to_owned()),
            ("digits", _) => {
                let digits: Vec<char> = value.chars().collect();
                self.digits = digits
                    .try_into()
                    .map_err(|_| "@digits is the ten digits, 0 to 9".to_owned())?;
            }
            ("group", _) => self.group = value.to_owned(),
            ("locale", _) => self.locale = value.to_owned(),
            ("lowercase-labels", "yes" | "no") => self.lowercase_labels = value == "yes",
            ("lowercase-labels", _) => return Err("@lowercase-labels is yes or no".to_owned()),
            _ => return Err(format!("@{setting} is not a setting")),
        }
        Ok(())
    }

    /// The key's text, if the catalog has it; for a plural key, its `other` form.
    pub fn text(&self, key: Key) -> Option<&str> {
        match self.entries.get(key as usize)?.as_ref()? {
            Entry::Text(text) => Some(text),
            Entry::Plural(forms) => forms
                .iter()
                .find(|(c, _)| *c == Category::Other)
                .map(|(_, text)| text.as_str()),
        }
    }

    /// The form of a plural key for the whole number `n`.
    pub fn form(&self, key: Key, n: u64) -> Option<&str> {
        let wanted = self.plurals.category(n);
        match self.entries.get(key as usize)?.as_ref()? {
            Entry::Plural(forms) => forms
                .iter()
                .find(|(c, _)| *c == wanted)
                .or_else(|| forms.iter().find(|(c, _)| *c == Category::Other))
                .map(|(_, text)| text.as_str()),
            Entry::Text(text) => Some(text),
        }
    }

    /// The plural categories a key has a form for; empty for a plain key or
    /// one the catalog lacks.
    pub fn forms(&self, key: Key) -> Vec<Category> {
        match self.entries.get(key as usize) {
            Some(Some(Entry::Plural(forms))) => forms.iter().map(|(c, _)| *c).collect(),
            _ => Vec::new(),
        }
    }

    /// Whether the catalog has the key.
    pub fn has(&self, key: Key) -> bool {
        matches!(self.entries.get(key as usize), Some(Some(_)))
    }

    /// Whether the key is a plural one here.
    pub fn is_plural(&self, key: Key) -> bool {
        matches!(self.entries.get(key as usize), Some(Some(Entry::Plural(_))))
    }

    /// `n` in the language's digits, in groups of three: "1,234", "١٬٢٣٤".
    pub fn number(&self, n: u64) -> String {
        let plain = n.to_string();
        let mut out = String::new();
        for (i, digit) in plain.bytes().enumerate() {
            if i > 0 && (plain.len() - i).is_multiple_of(3) {
                out.push_str(&self.group);
            }
            out.push(self.digits[usize::from(digit - b'0')]);
        }
        out
    }

    /// `n` in the language's digits, without grouping, as in a year.
    pub fn digits(&self, n: u64) -> String {
        n.to_string()
            .bytes()
            .map(|d| self.digits[usize::from(d - b'0')])
            .collect()
    }
}

/// `\n` is a line break, `\u{a0}` the character U+00A0 (a space a line
/// never breaks at, which would otherwise be trimmed) and `\\` a backslash.
fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let code = after
            .strip_prefix("u{")
            .and_then(|hex| hex.split_once('}'))
            .and_then(|(hex, tail)| {
                Some((char::from_u32(u32::from_str_radix(hex, 16).ok()?)?, tail))
            });
        rest = match (code, after.chars().next()) {
            (Some((c, tail)), _) => {
                out.push(c);
                tail
            }
            (None, Some(c)) => {
                out.push(if c == 'n' { '\n' } else { c });
                &after[c.len_utf8()..]
            }
            (None, None) => {
                out.push('\\');
                after
            }
        };
    }
    out.push_str(rest);
    out
}

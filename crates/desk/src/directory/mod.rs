//! A shared directory as the desk corrects it: its addresses by country,
//! each a name, an address and a greeting per letter language, checked by
//! the checker's own rules (`tocsin::validate::directory`) and saved as
//! the directory file in its canonical form. Pure: `editor` binds it to
//! the page; it is tested natively.

mod editor;
#[cfg(test)]
mod tests;

pub use editor::{Directories, DirectoryEditor};

use crate::form::Tag;
use tocsin::json::canonical;
use tocsin::model::{CountryCode, Directory, DirectoryEntry, Email, LanguageTag, Slug};
use tocsin::validate::{self, Rule};

/// A value of one address of the directory: the `j`-th of country `i`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spot {
    /// Whom it is.
    Name(usize, usize),
    /// Where mail goes.
    Email(usize, usize),
    /// How a letter in a language greets them.
    Greeting(usize, usize, Tag),
    /// Whom it is, in another language.
    NameIn(usize, usize, Tag),
}

impl Spot {
    /// The address it is a value of: (country, its list's index).
    pub fn entry(self) -> (usize, usize) {
        let (Spot::Name(i, j)
        | Spot::Email(i, j)
        | Spot::Greeting(i, j, _)
        | Spot::NameIn(i, j, _)) = self;
        (i, j)
    }
}

/// One problem of the directory, at its value when the editor shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The value at fault.
    pub spot: Option<Spot>,
    /// What is wrong, in English.
    pub message: String,
    /// The checker's rule, to say in the desk's language.
    pub rule: Rule,
    /// Whether the value is one the model cannot take (an address).
    pub typed: bool,
}

/// A shared directory being corrected.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectoryForm {
    /// Its id, the name of its file.
    pub id: Slug,
    /// The directory, with every value the model could take.
    pub directory: Directory,
    /// The file as it was opened, to tell whether anything changed.
    original: String,
    /// Values the model cannot take yet, as typed, and why.
    typed: Vec<(Spot, String, String)>,
}

impl DirectoryForm {
    /// The form for the directory `id`.
    pub fn new(id: Slug, directory: Directory) -> DirectoryForm {
        DirectoryForm {
            id,
            original: canonical(&directory),
            directory,
            typed: Vec::new(),
        }
    }

    /// Every address, as (country, its list's index), with the country's code.
    pub fn entries(&self) -> Vec<(usize, usize, String)> {
        (self.directory.countries.iter().enumerate())
            .flat_map(|(i, (code, list))| (0..list.len()).map(move |j| (i, j, code.to_string())))
            .collect()
    }

    fn entry(&self, i: usize, j: usize) -> Option<&DirectoryEntry> {
        self.directory.countries.iter().nth(i)?.1.get(j)
    }

    fn entry_mut(&mut self, i: usize, j: usize) -> Option<&mut DirectoryEntry> {
        self.directory.countries.values_mut().nth(i)?.get_mut(j)
    }

    /// What `spot` shows: what was typed, or the directory's value.
    pub fn text(&self, spot: Spot) -> String {
        if let Some((_, text, _)) = self.typed.iter().find(|(s, _, _)| *s == spot) {
            return text.clone();
        }
        let (i, j) = spot.entry();
        let Some(entry) = self.entry(i, j) else {
            return String::new();
        };
        match spot {
            Spot::Name(..) => entry.name.clone(),
            Spot::Email(..) => entry.email.to_string(),
            Spot::Greeting(_, _, tag) => entry
                .greetings
                .get(tag.as_str())
                .cloned()
                .unwrap_or_default(),
            Spot::NameIn(_, _, tag) => (entry.translations.get(tag.as_str()))
                .and_then(|t| t.name.clone())
                .unwrap_or_default(),
        }
    }

    /// Takes what was typed into `spot`, or keeps it with the reason.
    pub fn set(&mut self, spot: Spot, text: &str) {
        self.typed.retain(|(s, _, _)| *s != spot);
        if let Err(why) = self.write(spot, text) {
            self.typed.push((spot, text.to_owned(), why));
        }
    }

    fn write(&mut self, spot: Spot, text: &str) -> Result<(), String> {
        let (i, j) = spot.entry();
        let entry = self.entry_mut(i, j).ok_or("no such address")?;
        match spot {
            Spot::Name(..) => entry.name = text.to_owned(),
            Spot::Email(..) => entry.email = Email::parse(text.trim())?,
            Spot::Greeting(_, _, tag) => match text.trim() {
                "" => entry.greetings.remove(tag.as_str()),
                _ => entry
                    .greetings
                    .insert(LanguageTag::parse(tag.as_str())?, text.to_owned()),
            },
            Spot::NameIn(_, _, tag) => {
                let mut person = entry
                    .translations
                    .get(tag.as_str())
                    .cloned()
                    .unwrap_or_default();
                person.name = Some(text.to_owned()).filter(|t| !t.trim().is_empty());
                match (&person.name, &person.role) {
                    (None, None) => entry.translations.remove(tag.as_str()),
                    _ => entry
                        .translations
                        .insert(LanguageTag::parse(tag.as_str())?, person),
                }
            }
        }
        Ok(())
    }

    /// Adds an address for `country` (a code such as `GB`), after any it
    /// has; its name and address still to write.
    pub fn add(&mut self, country: &str) -> Result<(), String> {
        let code = CountryCode::parse(country.trim())?;
        let entry = DirectoryEntry {
            name: String::new(),
            email: Email::parse(EXAMPLE_ADDRESS)?,
            greetings: Default::default(),
            translations: Default::default(),
        };
        match self.directory.countries.get_mut(code.as_str()) {
            Some(list) => list.push(entry),
            None => self.directory.countries.insert(code, vec![entry]),
        }
        let (i, j, _) = *self
            .entries()
            .iter()
            .rfind(|(_, _, c)| c == country.trim())
            .ok_or("no such country")?;
        self.set(Spot::Email(i, j), "");
        Ok(())
    }

    /// Every problem: values not taken yet, then the checker's.
    pub fn problems(&self) -> Vec<Problem> {
        let typed = self.typed.iter().map(|(spot, _, why)| Problem {
            spot: Some(*spot),
            message: why.clone(),
            rule: Rule::Other,
            typed: true,
        });
        let entries = self.entries();
        let checked = validate::directory(&self.directory)
            .into_iter()
            .map(|issue| {
                // `/countries/GB/0/name`: the country by its code, the address by its place.
                let parts: Vec<&str> = issue.pointer.split('/').collect();
                let spot = match parts.as_slice() {
                    ["", "countries", code, j, field, ..] => (entries.iter())
                        .find(|(_, k, c)| c == code && j.parse() == Ok(*k))
                        .and_then(|&(i, j, _)| match *field {
                            "name" => Some(Spot::Name(i, j)),
                            "email" => Some(Spot::Email(i, j)),
                            _ => None,
                        }),
                    _ => None,
                };
                Problem {
                    spot,
                    message: issue.message,
                    rule: issue.rule,
                    typed: false,
                }
            });
        typed.chain(checked).collect()
    }

    /// The directory file, in its canonical form.
    pub fn file(&self) -> String {
        canonical(&self.directory)
    }

    /// Whether anything changed since the directory was opened.
    pub fn changed(&self) -> bool {
        !self.typed.is_empty() || self.file() != self.original
    }
}

/// The address a new entry holds until the campaigner writes theirs.
const EXAMPLE_ADDRESS: &str = "name@example.org";

//! Filling a letter template with the reader's details.

use crate::i18n::{Catalog, Key};
use crate::model::{Part, Placeholder};

/// What the reader supplies, and who the letter is addressed to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SenderDetails {
    /// The reader's name.
    pub name: String,
    /// The reader's town or city.
    pub city: String,
    /// The reader's country.
    pub country: String,
    /// The recipient's name, in the letter's language.
    pub target_name: String,
    /// How the letter greets its recipient, or recipients.
    pub salutation: String,
}

/// A placeholder the letter needs but has no value for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FillError(pub Placeholder);

impl FillError {
    /// What the reader is asked to do about it.
    pub fn prompt(self) -> Key {
        match self.0 {
            Placeholder::SenderName => Key::EnterName,
            Placeholder::SenderCity => Key::EnterCity,
            Placeholder::SenderCountry => Key::EnterCountry,
            Placeholder::TargetName | Placeholder::Salutation => Key::ChooseRecipient,
        }
    }
}

/// What the letter shows for `field` while its value is blank: a prompt in
/// words, bracketed as a reader would mark a gap by hand ("[your name]").
pub fn blank(field: Placeholder) -> Key {
    match field {
        Placeholder::SenderName => Key::PromptName,
        Placeholder::SenderCity => Key::PromptCity,
        Placeholder::SenderCountry => Key::PromptCountry,
        Placeholder::TargetName => Key::PromptRecipient,
        Placeholder::Salutation => Key::PromptGreeting,
    }
}

impl SenderDetails {
    /// The value of `field`, one line; empty when the reader has not
    /// supplied it.
    pub fn value(&self, field: Placeholder) -> String {
        super::sanitize_header(self.raw(field))
    }

    fn raw(&self, field: Placeholder) -> &str {
        match field {
            Placeholder::SenderName => &self.name,
            Placeholder::SenderCity => &self.city,
            Placeholder::SenderCountry => &self.country,
            Placeholder::TargetName => &self.target_name,
            Placeholder::Salutation => &self.salutation,
        }
    }
}

/// The letter with every placeholder filled; a blank value is an error, never
/// a gap in the letter. Values are put in as one line each.
pub fn fill(parts: &[Part], details: &SenderDetails) -> Result<String, FillError> {
    let mut letter = String::new();
    for part in parts {
        match part {
            Part::Text(text) => letter.push_str(text),
            Part::Field(field) => {
                let value = details.value(*field);
                if value.is_empty() {
                    return Err(FillError(*field));
                }
                letter.push_str(&value);
            }
        }
    }
    Ok(letter)
}

/// The letter as the reader sees it: each placeholder filled, or shown by
/// its prompt in `words` while blank. The reader never sees `{sender_name}`.
pub fn show(parts: &[Part], details: &SenderDetails, words: &Catalog) -> String {
    shown_parts(parts, details, words).concat()
}

/// Each part as [`show`] writes it.
pub(super) fn shown_parts(parts: &[Part], details: &SenderDetails, words: &Catalog) -> Vec<String> {
    (parts.iter())
        .map(|part| match part {
            Part::Text(text) => text.clone(),
            Part::Field(field) => {
                let value = details.value(*field);
                match value.is_empty() {
                    true => words.t(blank(*field)).to_owned(),
                    false => value,
                }
            }
        })
        .collect()
}

/// The subject for a reader: the same `seed` always picks the same line, and
/// different seeds spread readers over all of them.
pub fn pick_subject(subjects: &[String], seed: u64) -> Option<&str> {
    let count = u64::try_from(subjects.len()).ok().filter(|&n| n > 0)?;
    let index = usize::try_from(seed % count).ok()?;
    subjects.get(index).map(String::as_str)
}

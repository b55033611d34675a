//! Filling a letter template with the reader's details.

use crate::i18n::Key;
use crate::model::{Part, Placeholder, Template};

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

impl SenderDetails {
    fn value(&self, field: Placeholder) -> &str {
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
pub fn fill(template: &Template, details: &SenderDetails) -> Result<String, FillError> {
    let mut letter = String::with_capacity(template.source().len() + 64);
    for part in template.parts() {
        match part {
            Part::Text(text) => letter.push_str(text),
            Part::Field(field) => {
                let value = super::sanitize_header(details.value(*field));
                if value.is_empty() {
                    return Err(FillError(*field));
                }
                letter.push_str(&value);
            }
        }
    }
    Ok(letter)
}

/// The subject for a reader: the same `seed` always picks the same line, and
/// different seeds spread readers over all of them.
pub fn pick_subject(subjects: &[String], seed: u64) -> Option<&str> {
    let count = u64::try_from(subjects.len()).ok().filter(|&n| n > 0)?;
    let index = usize::try_from(seed % count).ok()?;
    subjects.get(index).map(String::as_str)
}

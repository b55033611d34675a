//! The parts of a list's item a field names, and the language tag a
//! translated field carries.

use tocsin::model::LanguageTag;

/// A part of an item of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// An update's day.
    Date,
    /// An update's text.
    Text,
    /// A target's name.
    Name,
    /// A target's role.
    Role,
    /// A target's address.
    Email,
    /// A letter's language.
    Language,
    /// A letter's subject lines, one a line.
    Subjects,
    /// A letter's greeting of several recipients at once.
    Greeting,
    /// A letter's text.
    Body,
    /// A translation's title.
    Title,
    /// A translation's person at risk.
    AtRisk,
    /// A translation's summary.
    Summary,
    /// A translation's demands, one a line.
    Demands,
    /// A translation's outcome.
    Outcome,
    /// A translation's text for shared links.
    ShareText,
    /// What a reader target asks the reader for.
    Label,
    /// The shared directory a reader target offers, by id.
    Directory,
    /// Whether the reader may write an address of their own.
    FreeEntry,
}

impl Part {
    /// The parts of a campaign's text that a translation gives.
    pub const TRANSLATED: [Part; 6] = [
        Part::Title,
        Part::AtRisk,
        Part::Summary,
        Part::Demands,
        Part::Outcome,
        Part::ShareText,
    ];
}

/// A language tag, small enough to travel with the field that names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tag([u8; 16], usize);

impl Tag {
    /// The tag of `language`, if it is short enough (every tag a site uses is).
    pub fn of(language: &LanguageTag) -> Option<Tag> {
        let bytes = language.as_str().as_bytes();
        let mut tag = [0; 16];
        tag.get_mut(..bytes.len())?.copy_from_slice(bytes);
        Some(Tag(tag, bytes.len()))
    }

    /// The tag as written.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0[..self.1]).unwrap_or_default()
    }
}

impl Part {
    /// The part as the campaign file names it.
    pub(super) fn name(self) -> &'static str {
        match self {
            Part::Date => "date",
            Part::Text => "text",
            Part::Name => "name",
            Part::Role => "role",
            Part::Email => "email",
            Part::Language => "language",
            Part::Subjects => "subjects",
            Part::Greeting => "greeting",
            Part::Body => "body",
            Part::Title => "title",
            Part::AtRisk => "at_risk",
            Part::Summary => "summary",
            Part::Demands => "demands",
            Part::Outcome => "outcome",
            Part::ShareText => "share_text",
            Part::Label => "label",
            Part::Directory => "shared_directory",
            Part::FreeEntry => "free_entry",
        }
    }
}

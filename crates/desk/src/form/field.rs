//! The fields of the form: where each value lives in the campaign file
//! (the JSON pointer the checker names it with), how it is shown as text,
//! and how typed text goes back in. Lists are written one item a line, and
//! a letter as plain text with its line breaks: nobody types JSON or `\n`.

mod part;
mod value;

pub use part::{Part, Tag};
pub use value::status_name;

use tocsin::model::Campaign;

/// A field of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The file name and address.
    Slug,
    /// The title.
    Title,
    /// The person or group at risk.
    AtRisk,
    /// Who is at risk and why.
    Summary,
    /// Active, won or closed.
    Status,
    /// What happened, for a won or closed campaign.
    Outcome,
    /// The last day to act.
    Deadline,
    /// The demands, one a line.
    Demands,
    /// Whether the campaign is a demonstration, which its page says.
    Demo,
    /// A part of the `i`-th dated update.
    Update(usize, Part),
    /// A part of the `i`-th person or office written to.
    Target(usize, Part),
    /// How a letter in a language greets the `i`-th person written to.
    TargetGreeting(usize, Tag),
    /// The name or role of the `i`-th person written to in a language.
    TargetTranslation(usize, Tag, Part),
    /// A part of the `i`-th address the reader chooses or writes.
    ReaderTarget(usize, Part),
    /// The `i`-th reader target's label in a language.
    ReaderTargetLabel(usize, Tag),
    /// A part of the `i`-th letter.
    Letter(usize, Part),
    /// The addresses that get a copy of every letter, one a line.
    Copies,
    /// The language the letter starts in.
    LetterLanguage,
    /// A part of the campaign's text in another language.
    Translation(Tag, Part),
    /// The text of the `i`-th dated update in another language.
    UpdateTranslation(usize, Tag),
    /// The text that goes with a shared link.
    ShareText,
}

impl Field {
    /// The fields of the case itself, first in the form.
    pub const CASE: [Field; 9] = [
        Field::Slug,
        Field::Title,
        Field::AtRisk,
        Field::Summary,
        Field::Status,
        Field::Outcome,
        Field::Deadline,
        Field::Demands,
        Field::Demo,
    ];

    /// Every field `campaign` has, in the form's order.
    pub fn of(campaign: &Campaign) -> Vec<Field> {
        let mut fields = Field::CASE.to_vec();
        for i in 0..campaign.updates.len() {
            fields.extend([Part::Date, Part::Text].map(|p| Field::Update(i, p)));
        }
        let tags: Vec<Tag> = (campaign.letters.iter())
            .filter_map(|l| Tag::of(&l.language))
            .collect();
        for i in 0..campaign.targets.len() {
            fields.extend([Part::Name, Part::Role, Part::Email].map(|p| Field::Target(i, p)));
            fields.extend(tags.iter().map(|&tag| Field::TargetGreeting(i, tag)));
            for tag in campaign.targets[i].translations.keys().filter_map(Tag::of) {
                fields
                    .extend([Part::Name, Part::Role].map(|p| Field::TargetTranslation(i, tag, p)));
            }
        }
        for (i, target) in campaign.reader_targets.iter().enumerate() {
            let parts = [Part::Label, Part::Directory, Part::FreeEntry];
            fields.extend(parts.map(|p| Field::ReaderTarget(i, p)));
            let labels = target.labels.keys().filter_map(Tag::of);
            fields.extend(labels.map(|tag| Field::ReaderTargetLabel(i, tag)));
        }
        for i in 0..campaign.letters.len() {
            let parts = [Part::Language, Part::Subjects, Part::Greeting, Part::Body];
            fields.extend(parts.map(|p| Field::Letter(i, p)));
        }
        fields.extend([Field::Copies, Field::LetterLanguage, Field::ShareText]);
        for tag in campaign.translations.keys().filter_map(Tag::of) {
            fields.extend(Part::TRANSLATED.map(|p| Field::Translation(tag, p)));
            fields.extend((0..campaign.updates.len()).map(|i| Field::UpdateTranslation(i, tag)));
        }
        fields
    }

    /// The JSON pointer of the field's value in the campaign file.
    pub fn pointer(self) -> String {
        match self {
            Field::Slug => "/slug".into(),
            Field::Title => "/title".into(),
            Field::AtRisk => "/at_risk".into(),
            Field::Summary => "/summary".into(),
            Field::Status => "/status".into(),
            Field::Outcome => "/outcome".into(),
            Field::Deadline => "/deadline".into(),
            Field::Demo => "/demo".into(),
            Field::Demands => "/demands".into(),
            Field::Update(i, part) => format!("/updates/{i}/{}", part.name()),
            Field::Target(i, part) => format!("/targets/{i}/{}", part.name()),
            Field::TargetGreeting(i, tag) => format!("/targets/{i}/greetings/{}", tag.as_str()),
            Field::TargetTranslation(i, tag, part) => {
                format!("/targets/{i}/translations/{}/{}", tag.as_str(), part.name())
            }
            Field::ReaderTarget(i, part) => format!("/reader_targets/{i}/{}", part.name()),
            Field::ReaderTargetLabel(i, tag) => {
                format!("/reader_targets/{i}/labels/{}", tag.as_str())
            }
            Field::Letter(i, part) => format!("/letters/{i}/{}", part.name()),
            Field::Copies => "/copies".into(),
            Field::LetterLanguage => "/letter_language".into(),
            Field::ShareText => "/share_text".into(),
            Field::Translation(tag, part) => {
                format!("/translations/{}/{}", tag.as_str(), part.name())
            }
            Field::UpdateTranslation(i, tag) => {
                format!("/translations/{}/updates/{i}/text", tag.as_str())
            }
        }
    }

    /// The id of the field's control in the page.
    pub fn id(self) -> String {
        ["field", &self.pointer().replace('/', "-")].concat()
    }

    /// The field of `fields` whose value `pointer` names, or that holds it.
    pub fn at(fields: &[Field], pointer: &str) -> Option<Field> {
        fields.iter().copied().find(|field| {
            let own = field.pointer();
            pointer == own || pointer.starts_with(&[own.as_str(), "/"].concat())
        })
    }

    /// Whether `self` and `other` are parts of the same item of a list.
    pub fn same_item(self, other: Field) -> bool {
        matches!(
            (self, other),
            (Field::Update(a, _), Field::Update(b, _))
                | (Field::Target(a, _), Field::Target(b, _))
            | (Field::TargetGreeting(a, _), Field::Target(b, _))
            | (Field::TargetTranslation(a, _, _), Field::Target(b, _))
            | (Field::UpdateTranslation(a, _), Field::Update(b, _))
            | (Field::ReaderTarget(a, _), Field::ReaderTarget(b, _))
            | (Field::ReaderTargetLabel(a, _), Field::ReaderTarget(b, _))
                | (Field::Letter(a, _), Field::Letter(b, _))
                if a == b
        )
    }

    /// Whether the field is ticked or not: `true` or `false`.
    pub fn tick(self) -> bool {
        matches!(self, Field::Demo | Field::ReaderTarget(_, Part::FreeEntry))
    }

    /// Whether the field holds several lines of text.
    pub fn lines(self) -> bool {
        matches!(
            self,
            Field::Summary
                | Field::Outcome
                | Field::Demands
                | Field::Copies
                | Field::ShareText
                | Field::Update(_, Part::Text)
                | Field::UpdateTranslation(..)
                | Field::Letter(_, Part::Subjects | Part::Body)
                | Field::Translation(
                    _,
                    Part::Summary | Part::Demands | Part::Outcome | Part::ShareText
                )
        )
    }
}

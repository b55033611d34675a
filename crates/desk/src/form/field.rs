//! The fields of the form: where each value lives in the campaign file
//! (the JSON pointer the checker names it with), how it is shown as text,
//! and how typed text goes back in. Lists are written one item a line, and
//! a letter as plain text with its line breaks: nobody types JSON or `\n`.

use tocsin::model::{
    Campaign, CampaignText, Date, Email, LanguageTag, Slug, Status, Template, Update,
};

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
    fn name(self) -> &'static str {
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

impl Field {
    /// The fields of the case itself, first in the form.
    pub const CASE: [Field; 8] = [
        Field::Slug,
        Field::Title,
        Field::AtRisk,
        Field::Summary,
        Field::Status,
        Field::Outcome,
        Field::Deadline,
        Field::Demands,
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

    /// The field's value in `campaign`, as the form shows it.
    pub fn read(self, c: &Campaign) -> String {
        let update = |i: usize| c.updates.get(i);
        let target = |i: usize| c.targets.get(i);
        let letter = |i: usize| c.letters.get(i);
        match self {
            Field::Slug => c.slug.to_string(),
            Field::Title => c.title.clone(),
            Field::AtRisk => c.at_risk.clone(),
            Field::Summary => c.summary.clone(),
            Field::Status => status_name(c.status).to_owned(),
            Field::Outcome => c.outcome.clone().unwrap_or_default(),
            Field::Deadline => c
                .deadline
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            Field::Demands => c.demands.join("\n"),
            Field::Update(i, Part::Date) => {
                update(i).map(|u| u.date.to_string()).unwrap_or_default()
            }
            Field::Update(i, _) => update(i).map(|u| u.text.clone()).unwrap_or_default(),
            Field::Target(i, Part::Name) => target(i).map(|t| t.name.clone()).unwrap_or_default(),
            Field::Target(i, Part::Role) => target(i).map(|t| t.role.clone()).unwrap_or_default(),
            Field::Target(i, _) => target(i).map(|t| t.email.to_string()).unwrap_or_default(),
            Field::TargetGreeting(i, tag) => (target(i))
                .and_then(|t| t.greetings.get(tag.as_str()).cloned())
                .unwrap_or_default(),
            Field::TargetTranslation(i, tag, part) => (target(i))
                .and_then(|t| t.translations.get(tag.as_str()))
                .and_then(|t| match part {
                    Part::Name => t.name.clone(),
                    _ => t.role.clone(),
                })
                .unwrap_or_default(),
            Field::ReaderTarget(i, part) => (c.reader_targets.get(i))
                .map(|t| match part {
                    Part::Label => t.label.clone(),
                    Part::Directory => t
                        .shared_directory
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                    _ => t.free_entry.to_string(),
                })
                .unwrap_or_default(),
            Field::ReaderTargetLabel(i, tag) => (c.reader_targets.get(i))
                .and_then(|t| t.labels.get(tag.as_str()).cloned())
                .unwrap_or_default(),
            Field::Letter(i, part) => letter(i)
                .map(|l| match part {
                    Part::Language => l.language.to_string(),
                    Part::Subjects => l.subjects.join("\n"),
                    Part::Greeting => l.greeting.clone().unwrap_or_default(),
                    _ => l.body.source().to_owned(),
                })
                .unwrap_or_default(),
            Field::LetterLanguage => c
                .letter_language
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            Field::ShareText => c.share_text.clone(),
            Field::Copies => (c.copies.iter())
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n"),
            Field::Translation(tag, part) => {
                let text = c.translations.get(tag.as_str());
                text.and_then(|t| match part {
                    Part::Title => t.title.clone(),
                    Part::AtRisk => t.at_risk.clone(),
                    Part::Summary => t.summary.clone(),
                    Part::Demands => t.demands.as_ref().map(|d| d.join("\n")),
                    Part::Outcome => t.outcome.clone(),
                    _ => t.share_text.clone(),
                })
                .unwrap_or_default()
            }
            Field::UpdateTranslation(i, tag) => (c.updates.get(i))
                .and_then(|own| {
                    let news = c.translations.get(tag.as_str())?.updates.as_ref()?;
                    news.iter().find(|u| u.date == own.date)
                })
                .map(|u| u.text.clone())
                .unwrap_or_default(),
        }
    }

    /// Puts `text` into the field's place in `c`; why not, when the model
    /// cannot hold it.
    pub fn write(self, c: &mut Campaign, text: &str) -> Result<(), String> {
        let lines = || -> Vec<String> {
            (text.lines().map(str::trim))
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect()
        };
        let optional = || Some(text.to_owned()).filter(|t| !t.trim().is_empty());
        match self {
            Field::Slug => c.slug = Slug::parse(text.trim())?,
            Field::Title => c.title = text.to_owned(),
            Field::AtRisk => c.at_risk = text.to_owned(),
            Field::Summary => c.summary = text.to_owned(),
            Field::Status => c.status = status(text)?,
            Field::Outcome => c.outcome = optional(),
            Field::Deadline => c.deadline = day(text)?,
            Field::Demands => c.demands = lines(),
            Field::Update(i, part) => {
                let update = c.updates.get_mut(i).ok_or("no such update")?;
                match part {
                    Part::Date => update.date = day(text)?.ok_or("write the day it happened")?,
                    _ => update.text = text.to_owned(),
                }
            }
            Field::Target(i, part) => {
                let target = c.targets.get_mut(i).ok_or("no such target")?;
                match part {
                    Part::Name => target.name = text.to_owned(),
                    Part::Role => target.role = text.to_owned(),
                    _ => target.email = Email::parse(text.trim())?,
                }
            }
            Field::TargetGreeting(i, tag) => {
                let target = c.targets.get_mut(i).ok_or("no such target")?;
                match optional() {
                    Some(greeting) => {
                        let language = LanguageTag::parse(tag.as_str())?;
                        target.greetings.insert(language, greeting)
                    }
                    None => target.greetings.remove(tag.as_str()),
                }
            }
            Field::TargetTranslation(i, tag, part) => {
                let target = c.targets.get_mut(i).ok_or("no such target")?;
                if target.translations.get(tag.as_str()).is_none() {
                    let language = LanguageTag::parse(tag.as_str())?;
                    target.translations.insert(language, Default::default());
                }
                let text = (target.translations.get_mut(tag.as_str())).ok_or("no such language")?;
                match part {
                    Part::Name => text.name = optional(),
                    _ => text.role = optional(),
                }
                // A language with neither name nor role is no translation.
                if text.name.is_none() && text.role.is_none() {
                    target.translations.remove(tag.as_str());
                }
            }
            Field::ReaderTarget(i, part) => {
                let target = c.reader_targets.get_mut(i).ok_or("no such reader target")?;
                match part {
                    Part::Label => target.label = text.to_owned(),
                    Part::Directory => {
                        target.shared_directory = match text.trim() {
                            "" => None,
                            id => Some(Slug::parse(id)?),
                        }
                    }
                    _ => target.free_entry = text == "true",
                }
            }
            Field::ReaderTargetLabel(i, tag) => {
                let target = c.reader_targets.get_mut(i).ok_or("no such reader target")?;
                match optional() {
                    Some(label) => target
                        .labels
                        .insert(LanguageTag::parse(tag.as_str())?, label),
                    None => target.labels.remove(tag.as_str()),
                }
            }
            Field::Letter(i, part) => {
                let letter = c.letters.get_mut(i).ok_or("no such letter")?;
                match part {
                    Part::Language => letter.language = LanguageTag::parse(text.trim())?,
                    Part::Subjects => letter.subjects = lines(),
                    Part::Greeting => letter.greeting = optional(),
                    _ => letter.body = Template::parse(text)?,
                }
            }
            Field::LetterLanguage => {
                c.letter_language = match text.trim() {
                    "" => None,
                    tag => Some(LanguageTag::parse(tag)?),
                }
            }
            Field::ShareText => c.share_text = text.to_owned(),
            Field::Copies => {
                c.copies = (lines().iter())
                    .map(|line| Email::parse(line).map_err(|e| format!("{line}: {e}")))
                    .collect::<Result<_, _>>()?
            }
            Field::Translation(tag, part) => {
                let t = translation(c, tag)?;
                match part {
                    Part::Title => t.title = optional(),
                    Part::AtRisk => t.at_risk = optional(),
                    Part::Summary => t.summary = optional(),
                    Part::Demands => t.demands = Some(lines()).filter(|d| !d.is_empty()),
                    Part::Outcome => t.outcome = optional(),
                    _ => t.share_text = optional(),
                }
            }
            Field::UpdateTranslation(i, tag) => {
                // The language's news is shown instead of the campaign's
                // own: it keeps the campaign's order, each update found by
                // its day, and holds only what is translated.
                let own = c.updates.clone();
                let day = &own.get(i).ok_or("no such update")?.date;
                let t = translation(c, tag)?;
                let mut news = t.updates.take().unwrap_or_default();
                news.retain(|u| &u.date != day);
                if !text.trim().is_empty() {
                    news.push(Update {
                        date: day.clone(),
                        text: text.to_owned(),
                    });
                }
                let place = |u: &Update| own.iter().position(|o| o.date == u.date);
                news.sort_by_key(|u| place(u).unwrap_or(usize::MAX));
                t.updates = Some(news).filter(|news| !news.is_empty());
            }
        }
        Ok(())
    }
}

/// The campaign's text in the language `tag`, begun when it has none.
fn translation(c: &mut Campaign, tag: Tag) -> Result<&mut CampaignText, String> {
    if c.translations.get(tag.as_str()).is_none() {
        let language = LanguageTag::parse(tag.as_str())?;
        c.translations.insert(language, CampaignText::default());
    }
    (c.translations.get_mut(tag.as_str())).ok_or_else(|| "no such language".to_owned())
}

/// A status as the campaign file writes it.
pub fn status_name(status: Status) -> &'static str {
    match status {
        Status::Active => "active",
        Status::Won => "won",
        Status::Closed => "closed",
    }
}

fn status(text: &str) -> Result<Status, String> {
    match text {
        "active" => Ok(Status::Active),
        "won" => Ok(Status::Won),
        "closed" => Ok(Status::Closed),
        other => Err(format!("{other} is no status: active, won or closed")),
    }
}

/// A day, or none for an empty field.
fn day(text: &str) -> Result<Option<Date>, String> {
    match text.trim() {
        "" => Ok(None),
        day => Date::parse(day).map(Some).map_err(|e| e.to_string()),
    }
}

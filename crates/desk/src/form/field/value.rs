//! A field's value: read from the campaign as the form shows it, and typed
//! text written back, or why the model cannot hold it.

use super::{Field, Part, Tag};
use tocsin::model::{
    Campaign, CampaignText, Date, Email, LanguageTag, Slug, Status, Template, Update,
};

impl Field {
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
            Field::Demo => c.demo.to_string(),
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
            Field::Demo => c.demo = text == "true",
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

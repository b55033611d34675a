//! A campaign in the reader's language: what its editors translated, and
//! what falls back to the site's first language, so that the page can mark
//! each fallback with its own `lang` and say that it is one.

use super::{Campaign, Keyed, LanguageTag, Update};
use serde::{Deserialize, Serialize};

/// A campaign's text in one more language; whatever it leaves out is shown
/// in the campaign's own language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CampaignText {
    /// The title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The person or group at risk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_risk: Option<String>,
    /// Who is at risk and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// What happened, for a won or closed campaign.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    /// The demands, all of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub demands: Option<Vec<String>>,
    /// The news, all of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updates: Option<Vec<Update>>,
    /// The text that goes with a shared link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_text: Option<String>,
}

/// A person or office in one more language; how letters greet them is
/// given per language beside it (`greetings`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PersonText {
    /// The name, as a letter in that language writes it: "Прокурор города Алматы".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The role, for a fixed target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// Which parts of a campaign are shown in its own language because the
/// reader's lacks them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Fallbacks {
    /// The title, the person at risk and the summary: the page's head.
    pub head: bool,
    /// The demands.
    pub demands: bool,
    /// The news.
    pub updates: bool,
    /// The outcome.
    pub outcome: bool,
    /// The names and roles of the people written to.
    pub recipients: bool,
}

impl Fallbacks {
    /// Whether anything falls back.
    pub fn any(self) -> bool {
        self.head || self.demands || self.updates || self.outcome || self.recipients
    }
}

impl Campaign {
    /// The campaign as readers of `language` see it, and what falls back;
    /// `own` is the language the campaign is written in (the site's first),
    /// in which nothing falls back.
    pub fn in_language(&self, language: &str, own: &str) -> (Campaign, Fallbacks) {
        let mut out = self.clone();
        if language == own {
            return (out, Fallbacks::default());
        }
        let text = self.translation(language).cloned().unwrap_or_default();
        let mut fallbacks = Fallbacks {
            head: text.title.is_none() || text.summary.is_none() || text.at_risk.is_none(),
            demands: text.demands.is_none(),
            updates: text.updates.is_none() && !self.updates.is_empty(),
            outcome: text.outcome.is_none() && self.outcome.is_some(),
            recipients: false,
        };
        let take = |slot: &mut String, value: Option<String>| {
            if let Some(value) = value {
                *slot = value;
            }
        };
        take(&mut out.title, text.title);
        take(&mut out.at_risk, text.at_risk);
        take(&mut out.summary, text.summary);
        take(&mut out.share_text, text.share_text);
        out.outcome = text.outcome.or(out.outcome);
        out.demands = text.demands.unwrap_or(out.demands);
        out.updates = text.updates.unwrap_or(out.updates);
        for target in &mut out.targets {
            let person = target.translations.get(language);
            match (
                person.and_then(|p| p.name.clone()),
                person.and_then(|p| p.role.clone()),
            ) {
                (Some(name), Some(role)) => (target.name, target.role) = (name, role),
                _ => fallbacks.recipients = true,
            }
        }
        for target in &mut out.reader_targets {
            match target.labels.get(language) {
                Some(label) => target.label = label.clone(),
                None => fallbacks.recipients = true,
            }
            // The offices a reader picks from, by their names in the
            // reader's language where the directory gives them.
            for entry in target.directory.values_mut().flatten() {
                if let Some(name) = (entry.translations.get(language)).and_then(|p| p.name.clone())
                {
                    entry.name = name;
                }
            }
        }
        (out, fallbacks)
    }

    /// The translation into `language`.
    pub fn translation(&self, language: &str) -> Option<&CampaignText> {
        self.translations.get(language)
    }
}

/// Values by language, written in a file as an object keyed by language
/// tag (`{"ru": …, "kk": …}`) and kept in the file's order.
pub type ByLanguage<T> = Keyed<LanguageTag, T>;

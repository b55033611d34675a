//! One campaign, `data/campaigns/<slug>.json`: the case, its status, who to
//! write to and the letters readers send.

use super::{
    ByLanguage, CampaignText, CountryCode, Date, Email, Keyed, LanguageTag, PersonText, Slug,
    Template, lowercase_first,
};
use crate::i18n::{Catalog, Key};
use serde::{Deserialize, Serialize};

/// A campaign.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Campaign {
    /// The file name and URL segment.
    pub slug: Slug,
    /// The campaign's title.
    pub title: String,
    /// The person or group at risk.
    pub at_risk: String,
    /// Who is at risk and why, in a few sentences.
    pub summary: String,
    /// Active, won or closed; drives what the page asks of the reader.
    pub status: Status,
    /// For a won or closed campaign: what happened, or why it closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    /// Dated news about the case.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub updates: Vec<Update>,
    /// The last day protests are useful.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
    /// What the campaign demands, in its own words.
    pub demands: Vec<String>,
    /// People or offices every letter goes to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<Target>,
    /// Recipients the reader supplies, such as their own country's embassy.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reader_targets: Vec<ReaderTarget>,
    /// Addresses that receive a copy of every letter.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub copies: Vec<Email>,
    /// The letter in each language.
    pub letters: Vec<Letter>,
    /// The language the letter starts in, the one its targets read (`ru`
    /// for officials in Kazakhstan); the first letter's when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letter_language: Option<LanguageTag>,
    /// The text that goes with a shared link.
    pub share_text: String,
    /// The campaign in other languages than its own (the site's first).
    #[serde(default, skip_serializing_if = "ByLanguage::is_empty")]
    pub translations: ByLanguage<CampaignText>,
    /// True for example content that is not a real case.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub demo: bool,
}

/// Where a campaign stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Protests are needed now.
    Active,
    /// The demand was met.
    Won,
    /// The campaign ended without being won.
    Closed,
}

/// A dated piece of news about the case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Update {
    /// When it happened.
    pub date: Date,
    /// What happened.
    pub text: String,
}

/// A fixed recipient of every letter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Target {
    /// Name of the person or office.
    pub name: String,
    /// Their role, such as "Procurator of Almaty".
    pub role: String,
    /// Their address.
    pub email: Email,
    /// How a letter greets them, by the letter's language: "Dear
    /// Procurator", "Уважаемый господин прокурор".
    #[serde(default, skip_serializing_if = "ByLanguage::is_empty")]
    pub greetings: ByLanguage<String>,
    /// Their name and role in other languages.
    #[serde(default, skip_serializing_if = "ByLanguage::is_empty")]
    pub translations: ByLanguage<PersonText>,
}

/// A recipient the reader supplies, such as "your local Kazakhstan embassy".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReaderTarget {
    /// What the reader is asked for.
    pub label: String,
    /// The label in other languages.
    #[serde(default, skip_serializing_if = "ByLanguage::is_empty")]
    pub labels: ByLanguage<String>,
    /// The shared directory (`directories/<id>.json`) whose addresses the
    /// reader chooses from; the build writes them into `directory`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_directory: Option<Slug>,
    /// Known addresses by the reader's country (ISO 3166-1 alpha-2 code),
    /// written here or by the build from `shared_directory`.
    #[serde(default, skip_serializing_if = "Keyed::is_empty")]
    pub directory: Keyed<CountryCode, Vec<DirectoryEntry>>,
    /// Whether the reader may type an address that is not in the directory.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub free_entry: bool,
    /// The directory's countries named in each of the site's languages, in
    /// that language's alphabetical order: written by the build from CLDR,
    /// never by editors, so no catalog in the app holds country names.
    #[serde(default, skip_serializing_if = "ByLanguage::is_empty")]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub country_names: ByLanguage<Keyed<CountryCode, String>>,
}

impl ReaderTarget {
    /// The directory's countries as a reader of `language` chooses among
    /// them: by name in that language's order where the build named them,
    /// else by code in the directory's order.
    pub fn countries(&self, language: &str) -> Vec<(CountryCode, String)> {
        let names = self.country_names.get(language);
        let named = |code: &CountryCode| names.and_then(|n| n.get(code.as_str())).is_some();
        let by_name = (names.into_iter().flat_map(|n| n.iter()))
            .filter(|(code, _)| self.directory.get(code.as_str()).is_some())
            .map(|(code, name)| (code.clone(), name.clone()));
        let by_code = (self.directory.keys())
            .filter(|code| !named(code))
            .map(|code| (code.clone(), code.to_string()));
        by_name.chain(by_code).collect()
    }
}

/// One address in a reader-target directory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DirectoryEntry {
    /// Name of the office.
    pub name: String,
    /// Its address.
    pub email: Email,
    /// How a letter greets it, by the letter's language.
    #[serde(default, skip_serializing_if = "ByLanguage::is_empty")]
    pub greetings: ByLanguage<String>,
    /// Its name in other languages.
    #[serde(default, skip_serializing_if = "ByLanguage::is_empty")]
    pub translations: ByLanguage<PersonText>,
}

/// The letter in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Letter {
    /// The language, as a BCP 47 tag.
    pub language: LanguageTag,
    /// Subject lines; each reader gets one of them, so that identical mass
    /// mail is less likely to be filtered.
    pub subjects: Vec<String>,
    /// The body, with placeholders such as `{sender_name}`.
    pub body: Template,
    /// The greeting of a letter sent to several recipients at once, which
    /// names none of them: "Dear Sirs and Madams", "Уважаемые господа".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub greeting: Option<String>,
}

impl Campaign {
    /// The languages the campaign has letters in, in the editor's order.
    pub fn languages(&self) -> Vec<LanguageTag> {
        self.letters.iter().map(|l| l.language.clone()).collect()
    }

    /// Who to write to, in one line of `words`' language: "Write to the
    /// Procurator of Almaty and your local Kazakhstan embassy." Empty when
    /// there is nobody.
    pub fn recipients_sentence(&self, words: &Catalog) -> String {
        // "Your local embassy" reads "your local embassy" inside a sentence,
        // in languages whose catalogs ask for it (not German, where "Ihre"
        // keeps its capital).
        let lowercase = words.lowercase_labels;
        let names: Vec<String> = self
            .targets
            .iter()
            .map(|t| t.name.clone())
            .chain(self.reader_targets.iter().map(|t| match lowercase {
                true => lowercase_first(&t.label),
                false => t.label.clone(),
            }))
            .collect();
        match names.is_empty() {
            true => String::new(),
            false => words.fill(Key::RecipientsSentence, &[("names", &words.list(&names))]),
        }
    }

    /// The letter in `language`, or else the one the campaign recommends
    /// for its targets, or else the first.
    pub fn letter(&self, language: Option<&LanguageTag>) -> Option<&Letter> {
        let find =
            |tag: Option<&LanguageTag>| self.letters.iter().find(|l| Some(&l.language) == tag);
        find(language)
            .or_else(|| find(self.letter_language.as_ref()))
            .or_else(|| self.letters.first())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recipients_in_one_sentence() {
        let mut campaign: Campaign = serde_json::from_str(
            r#"{"slug": "c", "title": "C", "at_risk": "R", "summary": "S", "status": "active", "demands": ["D"],
                "targets": [{"name": "The Procurator of Almaty", "role": "r", "email": "p@example.org"}],
                "reader_targets": [{"label": "Your local Kazakhstan embassy", "free_entry": true}],
                "letters": [], "share_text": "x"}"#,
        )
        .unwrap();
        assert_eq!(
            campaign.recipients_sentence(crate::i18n::english()),
            "Write to The Procurator of Almaty and your local Kazakhstan embassy."
        );
        campaign.reader_targets.clear();
        assert_eq!(
            campaign.recipients_sentence(crate::i18n::english()),
            "Write to The Procurator of Almaty."
        );
        campaign.targets.clear();
        assert_eq!(campaign.recipients_sentence(crate::i18n::english()), "");
    }
}

//! Share-link presets: a campaigner's choice of letter language, the reader's
//! country and the subject variant, carried as `?lang=ru&country=DE&variant=2`.
//! Every value is checked against the campaign's own data; anything else is
//! ignored with a quiet note. Links never carry addresses or free text.

use crate::i18n::{Catalog, Key};
use crate::model::{Campaign, CountryCode, LanguageTag};

/// Validated choices for the composer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preset {
    /// A language the campaign has a letter in.
    pub lang: Option<LanguageTag>,
    /// A country some reader-target directory lists.
    pub country: Option<CountryCode>,
    /// A subject variant, from 1, that the chosen letter has.
    pub variant: Option<usize>,
}

/// What was ignored, in words for the reader: never the raw value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ignored {
    /// `lang` names no letter of this campaign.
    Language,
    /// `country` is not in the campaign's directory.
    Country,
    /// `variant` is not a subject number of the letter.
    Variant,
}

impl Ignored {
    /// A short note shown quietly on the page, in `words`' language.
    pub fn note(self, words: &Catalog) -> &str {
        words.t(match self {
            Ignored::Language => Key::PresetWrongLanguage,
            Ignored::Country => Key::PresetWrongCountry,
            Ignored::Variant => Key::PresetWrongSubject,
        })
    }
}

/// What a share link's query asked for: the choices that stand, and what
/// could not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkChoices {
    /// The validated choices.
    pub preset: Preset,
    /// What was asked for but ignored.
    pub ignored: Vec<Ignored>,
}

impl Preset {
    /// Reads the preset from query pairs. Unknown keys are ignored silently
    /// (trackers add them); a repeated key counts once, the first time.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        campaign: &Campaign,
    ) -> LinkChoices {
        let (mut lang, mut country, mut variant) = (None, None, None);
        for (key, value) in pairs {
            match key {
                "lang" if lang.is_none() => lang = Some(value),
                "country" if country.is_none() => country = Some(value),
                "variant" if variant.is_none() => variant = Some(value),
                _ => {}
            }
        }
        let mut ignored = Vec::new();
        let mut preset = Preset::default();
        if let Some(value) = lang {
            preset.lang = campaign
                .letters
                .iter()
                .map(|l| &l.language)
                .find(|tag| tag.as_str().eq_ignore_ascii_case(value))
                .cloned();
            if preset.lang.is_none() {
                ignored.push(Ignored::Language);
            }
        }
        if let Some(value) = country {
            preset.country = campaign
                .reader_targets
                .iter()
                .flat_map(|t| t.directory.keys())
                .find(|c| c.as_str() == value)
                .cloned();
            if preset.country.is_none() {
                ignored.push(Ignored::Country);
            }
        }
        if let Some(value) = variant {
            let letter = campaign.letter(preset.lang.as_ref());
            let count = letter.map_or(0, |l| l.subjects.len());
            // Only plain decimal digits: no sign, no spaces, no "2e0".
            let number = value
                .bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| value.parse::<usize>().ok())
                .flatten();
            preset.variant = number.filter(|n| (1..=count).contains(n));
            if preset.variant.is_none() {
                ignored.push(Ignored::Variant);
            }
        }
        LinkChoices { preset, ignored }
    }

    /// The query string for this preset, `?lang=ru&country=DE&variant=2`, or
    /// empty. Values are already validated tags and numbers: nothing to escape.
    pub fn to_query(&self) -> String {
        let parts: Vec<String> = [
            self.lang.as_ref().map(|l| format!("lang={l}")),
            self.country.as_ref().map(|c| format!("country={c}")),
            self.variant.map(|v| format!("variant={v}")),
        ]
        .into_iter()
        .flatten()
        .collect();
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

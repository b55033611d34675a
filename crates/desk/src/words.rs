//! The desk's own words, from catalogs of its own (`crates/desk/i18n/`),
//! compiled into the desk's wasm only: readers never load them. English
//! and Russian; a language without a catalog speaks English, and the desk
//! says so with the note the site's pages show. The checker's messages
//! come from the core in English (`tocsin::validate::Rule`) and from these
//! catalogs in any other language, by the rule's key.

use leptos::prelude::*;
use tocsin::validate::Rule;

/// Every catalog: its language tag and its text.
const CATALOGS: [(&str, &str); 2] = [
    ("en", include_str!("../i18n/en.txt")),
    ("ru", include_str!("../i18n/ru.txt")),
];

/// The desk's words in one language.
#[derive(Debug)]
pub struct Words {
    /// The language's tag.
    pub tag: &'static str,
    /// Each key's text.
    entries: Vec<(&'static str, &'static str)>,
}

impl Words {
    /// The words of `tag`, when the desk has a catalog for it.
    pub fn of(tag: &str) -> Option<&'static Words> {
        thread_local! {
            static ALL: &'static [Words] = Box::leak(
                CATALOGS.map(|(tag, text)| Words { tag, entries: parse(text) }).into(),
            );
        }
        ALL.with(|all| all.iter().find(|w| w.tag == tag))
    }

    /// The English words, which every other catalog falls back to.
    pub fn english() -> &'static Words {
        Words::of("en").unwrap_or_else(|| unreachable!("the English catalog is compiled in"))
    }

    /// The text of `key`: this language's, else the English.
    pub fn get(&self, key: &str) -> &'static str {
        let own = |words: &Words| {
            words
                .entries
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| *v)
        };
        own(self)
            .or_else(|| own(Words::english()))
            .unwrap_or_default()
    }

    /// The text of `key` with each `{name}` of `values` filled in.
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        let mut text = self.get(key).to_owned();
        for (name, value) in values {
            text = text.replace(&["{", name, "}"].concat(), value);
        }
        text
    }

    /// The checker's message of `rule` in this language, when it has one.
    pub fn rule(&self, rule: &Rule) -> Option<String> {
        let key = rule.key()?;
        let own = self.entries.iter().find(|(k, _)| *k == key)?;
        Some(rule.fill(own.1))
    }

    /// Every key this catalog gives.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.entries.iter().map(|(k, _)| *k)
    }
}

/// `key = text` lines; `#` starts a comment, `@` a fact about the catalog.
fn parse(text: &'static str) -> Vec<(&'static str, &'static str)> {
    (text.lines())
        .filter(|line| !line.starts_with(['#', '@']))
        .filter_map(|line| line.split_once(" = "))
        .map(|(key, value)| (key.trim(), value.trim()))
        .collect()
}

/// The language the desk speaks, provided once by the desk.
#[derive(Debug, Clone, Copy)]
pub struct Speaking(pub RwSignal<&'static Words>);

/// The words the desk speaks now; tracked, so a view follows a change of
/// language.
pub fn words() -> &'static Words {
    use_context::<Speaking>().map_or_else(Words::english, |speaking| speaking.0.get())
}

/// The words the desk speaks when called, for code that runs later than
/// the view is made (a file read, a fetch).
pub fn speaker() -> impl Fn() -> &'static Words + Copy + Send + Sync + 'static {
    let speaking = use_context::<Speaking>();
    move || speaking.map_or_else(Words::english, |speaking| speaking.0.get_untracked())
}

/// The text of `key` in the language the desk speaks, as the view follows it.
pub fn t(key: &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let speaking = use_context::<Speaking>();
    move || {
        speaking
            .map_or_else(Words::english, |speaking| speaking.0.get())
            .get(key)
    }
}

#[cfg(test)]
mod tests;

//! The desk's language: the campaigner's browser's, when the site has it,
//! else the site's first; chosen again from the site's languages at the
//! top of the desk. A language the desk has no catalog for speaks English,
//! with the site's own note in that language saying so.

use crate::words::{Speaking, Words, t};
use leptos::prelude::*;
use tocsin::browser::{self, SiteLanguage};
use tocsin::i18n::{Catalog, Direction, Key};

/// Offers the site's languages, and sets the one `speaking` speaks.
#[component]
pub fn DeskLanguage(speaking: Speaking) -> impl IntoView {
    let languages = browser::site_languages();
    let (chosen, set_chosen) = signal(first_choice(&languages));
    Effect::new(move |_| {
        let words = Words::of(&chosen.get()).unwrap_or_else(Words::english);
        speaking.0.set(words);
        browser::mark_language(words.tag, Direction::of_language(words.tag).as_str());
    });
    // Where the desk has no catalog: the site's note, in the language chosen.
    let note = LocalResource::new(move || {
        let tag = chosen.get();
        async move {
            if Words::of(&tag).is_some() {
                return None;
            }
            let text = tocsin::api::catalog(&tag).await?;
            let catalog = Catalog::parse(&text).0;
            Some((tag, catalog.text(Key::FallbackNote)?.to_owned()))
        }
    });
    let note = move || {
        note.get().flatten().map(|(tag, text)| {
            let dir = Direction::of_language(&tag).as_str();
            view! {
                <p class="language-note" role="status" lang=tag dir=dir>
                    {text}
                </p>
            }
        })
    };
    let options = (languages.iter())
        .map(|l| {
            let dir = Direction::of_language(&l.tag).as_str();
            view! {
                <option value=l.tag.clone() lang=l.tag.clone() dir=dir>
                    {l.name.clone()}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="desk-language-choice">
            <label for="desk-language">{t("desk-language")}</label>
            <select
                id="desk-language"
                prop:value=chosen
                on:change=move |ev| set_chosen.set(event_target_value(&ev))
            >
                {options}
            </select>
            {note}
        </div>
    }
}

/// The browser's language when the site has it, else the site's first.
fn first_choice(languages: &[SiteLanguage]) -> String {
    let wanted = browser::language().unwrap_or_default();
    let primary = wanted
        .split('-')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    (languages.iter().find(|l| l.tag == primary))
        .or_else(|| languages.first())
        .map_or_else(|| tocsin::i18n::ENGLISH.to_owned(), |l| l.tag.clone())
}

//! The composer's place on the campaign page: the letter in the chosen
//! language, the reader's country for the reader-supplied target, and the
//! subject line, starting from the share link's preset.

use crate::model::{Campaign, CountryCode, ReaderTarget};
use crate::share::{Ignored, Preset};
use leptos::prelude::*;

/// The letter with its choices; `preset` sets where they start.
#[component]
pub fn ComposerSlot(
    /// The campaign whose letter this is.
    campaign: Campaign,
    /// Choices carried by the share link, already validated.
    preset: Preset,
    /// What the share link asked for but could not have.
    ignored: Vec<Ignored>,
) -> impl IntoView {
    let default_lang = campaign
        .letters
        .first()
        .map(|l| l.language.to_string())
        .unwrap_or_default();
    let lang = RwSignal::new(preset.lang.map_or(default_lang, |l| l.to_string()));
    let country = RwSignal::new(preset.country);
    let campaign = StoredValue::new(campaign);
    let letter = Memo::new(move |_| campaign.with_value(|c| c.letter(&lang.get()).cloned()));
    let subject = move || {
        letter.with(|l| {
            let subjects = l
                .as_ref()
                .map(|l| l.subjects.as_slice())
                .unwrap_or_default();
            preset
                .variant
                .and_then(|n| subjects.get(n - 1))
                .or(subjects.first())
                .cloned()
                .unwrap_or_default()
        })
    };
    let languages = campaign.with_value(|c| {
        c.letters
            .iter()
            .map(|l| l.language.to_string())
            .collect::<Vec<_>>()
    });
    let reader_targets = campaign.with_value(|c| c.reader_targets.clone());
    view! {
        <div class="composer-slot">
            {ignored.into_iter().map(|i| view! { <p class="preset-note">{i.note()}</p> }).collect_view()}
            <label for="letter-language">"Letter language"</label>
            <select id="letter-language" on:change=move |ev| lang.set(event_target_value(&ev))>
                {languages
                    .into_iter()
                    .map(|tag| {
                        let selected = tag == lang.get_untracked();
                        view! { <option value=tag.clone() selected=selected>{language_name(&tag)}</option> }
                    })
                    .collect_view()}
            </select>
            {reader_targets.into_iter().enumerate().map(|(i, target)| view! { <CountryChoice index=i target country /> }).collect_view()}
            <div class="letter" lang=move || lang.get()>
                <p class="letter-subject"><strong>"Subject: "</strong>{subject}</p>
                <p class="letter-body">{move || letter.with(|l| l.as_ref().map(|l| l.body.to_string()))}</p>
            </div>
        </div>
    }
}

/// The reader's country for one reader-supplied target, and the address it gives.
#[component]
fn CountryChoice(
    index: usize,
    target: ReaderTarget,
    country: RwSignal<Option<CountryCode>>,
) -> impl IntoView {
    let id = format!("country-{index}");
    let directory = StoredValue::new(target.directory.clone());
    let chosen = move || {
        country.get().and_then(|code| {
            directory.with_value(|d| d.get(&code).and_then(|entries| entries.first().cloned()))
        })
    };
    (!target.directory.is_empty()).then(|| {
        view! {
            <label for=id.clone()>{format!("{}: your country", target.label)}</label>
            <select
                id=id
                on:change=move |ev| country.set(CountryCode::parse(&event_target_value(&ev)).ok())
            >
                <option value="" selected=move || country.get().is_none()>"Choose…"</option>
                {directory.with_value(|d| {
                    d.iter()
                        .map(|(code, entries)| {
                            let name = entries.first().map(|e| e.name.clone()).unwrap_or_default();
                            let code_text = code.to_string();
                            let is_chosen = { let code = code.clone(); move || country.get().as_ref() == Some(&code) };
                            view! { <option value=code_text.clone() selected=is_chosen>{format!("{code_text}: {name}")}</option> }
                        })
                        .collect_view()
                })}
            </select>
            <p class="chosen-target">
                {move || chosen().map(|entry| format!("{} <{}>", entry.name, entry.email))}
            </p>
        }
    })
}

/// A language's own name for the tags the demo letters use; others show the tag.
fn language_name(tag: &str) -> String {
    match tag
        .split('-')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
        .as_str()
    {
        "en" => "English".to_owned(),
        "ru" => "Русский".to_owned(),
        "de" => "Deutsch".to_owned(),
        "fr" => "Français".to_owned(),
        "es" => "Español".to_owned(),
        "kk" => "Қазақша".to_owned(),
        _ => tag.to_owned(),
    }
}

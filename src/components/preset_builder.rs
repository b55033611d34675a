//! For campaigners: set up a share link for an audience (letter language,
//! reader's country, subject line). Only validated choices can be made.

use super::SiteLanguages;
use crate::i18n::{self, Key, number, t};
use crate::model::{Campaign, CountryCode, LanguageTag};
use crate::share::Preset;
use leptos::prelude::*;

/// Three selects that edit `preset`; every option comes from the campaign.
#[component]
pub fn PresetBuilder(
    /// The campaign whose letters and directory offer the options.
    campaign: Campaign,
    /// The preset being edited.
    preset: RwSignal<Preset>,
) -> impl IntoView {
    // Languages by their own names, countries by the page's language's.
    let site_languages = use_context::<SiteLanguages>().unwrap_or_default();
    let languages: Vec<(String, String)> = (campaign.languages().into_iter())
        .map(|tag| (tag.to_string(), site_languages.label(&tag)))
        .collect();
    let countries: Vec<(String, String)> = (campaign.reader_targets.iter())
        .flat_map(|t| t.countries(i18n::language()))
        .map(|(code, name)| (code.to_string(), name))
        .collect();
    let campaign = StoredValue::new(campaign);
    let subject_count = move || {
        let lang = preset.with(|p| p.lang.clone());
        campaign.with_value(|c| c.letter(lang.as_ref()).map_or(0, |l| l.subjects.len()))
    };
    let option = |(value, label): (String, String), current: Signal<String>| {
        view! {
            <option value=value.clone() selected=move || current.get() == value>
                {label}
            </option>
        }
    };
    let current_lang = Signal::derive(move || {
        preset.with(|p| p.lang.as_ref().map(|l| l.to_string()).unwrap_or_default())
    });
    let current_country = Signal::derive(move || {
        preset.with(|p| {
            p.country
                .as_ref()
                .map(|c| c.to_string())
                .unwrap_or_default()
        })
    });
    let current_variant = Signal::derive(move || {
        preset.with(|p| p.variant.map(|v| v.to_string()).unwrap_or_default())
    });
    view! {
        <details class="preset-builder">
            <summary>{t(Key::SetUpLink)}</summary>
            <label for="preset-lang">{t(Key::LetterLanguage)}</label>
            <select
                id="preset-lang"
                on:change=move |ev| {
                    preset
                        .update(|p| {
                            p.lang = LanguageTag::parse(&event_target_value(&ev)).ok();
                            p.variant = None;
                        })
                }
            >
                <option value="">{t(Key::ReadersChoice)}</option>
                {languages.into_iter().map(|l| option(l, current_lang)).collect_view()}
            </select>
            {(!countries.is_empty())
                .then(|| {
                    view! {
                        <label for="preset-country">{t(Key::ReadersCountry)}</label>
                        <select
                            id="preset-country"
                            on:change=move |ev| {
                                preset
                                    .update(|p| {
                                        p.country = CountryCode::parse(&event_target_value(&ev))
                                            .ok();
                                    })
                            }
                        >
                            <option value="">{t(Key::ReadersChoice)}</option>
                            {countries
                                .into_iter()
                                .map(|c| option(c, current_country))
                                .collect_view()}
                        </select>
                    }
                })}
            <label for="preset-variant">{t(Key::SubjectLine)}</label>
            <select
                id="preset-variant"
                on:change=move |ev| {
                    preset.update(|p| p.variant = event_target_value(&ev).parse().ok())
                }
            >
                <option value="">{t(Key::SubjectEachReader)}</option>
                {move || {
                    (1..=subject_count())
                        .map(|n| option((n.to_string(), number(n as u64)), current_variant))
                        .collect_view()
                }}
            </select>
        </details>
    }
}

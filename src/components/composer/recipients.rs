//! Who the letter goes to: the fixed recipients, and the reader-supplied
//! one by country or typed in, named in the page's language.

use crate::components::{fallback_dir, fallback_lang};
use crate::compose::{Draft, cap, limits};
use crate::i18n::{self, Key, fill, t};
use crate::model::{Campaign, CountryCode, Email, Fallbacks};
use leptos::prelude::*;

/// The fixed recipients, and the reader-supplied one by country or typed in.
#[component]
pub fn RecipientFields(
    /// The campaign in the page's language.
    campaign: Campaign,
    /// What of it falls back to the campaign's own language.
    fallbacks: Fallbacks,
    draft: RwSignal<Draft>,
    /// Whether the reader has tried to send.
    attempted: RwSignal<bool>,
) -> impl IntoView {
    // Names and addresses each isolated, so a Latin address keeps its
    // order inside right-to-left text and a name in another script its own.
    let fixed = campaign
        .targets
        .into_iter()
        .map(|t| {
            view! {
                <li>
                    <bdi>{t.name}</bdi>
                    " ("
                    {t.role}
                    "): "
                    <bdi>{t.email.to_string()}</bdi>
                </li>
            }
        })
        .collect_view();
    let lang = fallback_lang(fallbacks.recipients);
    let dir = fallback_dir(fallbacks.recipients);
    let supplied = campaign
        .reader_targets
        .into_iter()
        .enumerate()
        .map(|(i, target)| {
            let select_id = format!("country-{i}");
            let typed_id = format!("address-{i}");
            let directory = StoredValue::new(target.directory.clone());
            let chosen = move || {
                draft.with(|d| d.directory_country.clone()).and_then(|c| {
                    directory.with_value(|dir| {
                        dir.get(c.as_str()).and_then(|e| e.first()).map(|e| {
                            view! {
                                <bdi>{e.name.clone()}</bdi>
                                " "
                                <bdi>{format!("<{}>", e.email)}</bdi>
                            }
                        })
                    })
                })
            };
            let (left, set_left) = signal(false);
            let typed_error = move || {
                let shown = left.get() || attempted.get();
                draft.with(|d| {
                    let typed = d.typed_address.trim();
                    (shown && !typed.is_empty() && Email::parse(typed).is_err())
                        .then_some(t(Key::NotAnAddress))
                })
            };
            // Countries by name in the page's language and its order.
            let options = (target.countries(i18n::language()).into_iter())
                .map(|(code, label)| {
                    let value = code.to_string();
                    view! {
                        <option
                            value=value
                            selected=move || {
                                draft.with(|d| d.directory_country.as_ref() == Some(&code))
                            }
                        >
                            {label}
                        </option>
                    }
                })
                .collect_view();
            view! {
                <div class="reader-target">
                    <label for=select_id
                        .clone()>{fill(Key::YourCountryFor, &[("label", &target.label)])}</label>
                    <select
                        id=select_id
                        on:change=move |ev| {
                            draft
                                .update(|d| {
                                    d.directory_country = CountryCode::parse(
                                            &event_target_value(&ev),
                                        )
                                        .ok();
                                    d.step = 0;
                                })
                        }
                    >
                        <option
                            value=""
                            selected=move || draft.with(|d| d.directory_country.is_none())
                        >
                            {t(Key::Choose)}
                        </option>
                        {options}
                    </select>
                    <p class="chosen-target">{chosen}</p>
                    {target
                        .free_entry
                        .then(|| {
                            view! {
                                <label for=typed_id.clone()>{t(Key::NotListed)}</label>
                                <input
                                    id=typed_id.clone()
                                    type="email"
                                    autocomplete="off"
                                    maxlength=limits::ADDRESS
                                    prop:value=move || draft.with(|d| d.typed_address.clone())
                                    on:input=move |ev| {
                                        draft
                                            .update(|d| {
                                                d.typed_address = cap(
                                                    event_target_value(&ev),
                                                    limits::ADDRESS,
                                                );
                                            })
                                    }
                                    on:blur=move |_| set_left.set(true)
                                    aria-invalid=move || typed_error().map(|_| "true")
                                    aria-describedby=format!("{typed_id}-error")
                                />
                                <p class="field-error" id=format!("{typed_id}-error")>
                                    {typed_error}
                                </p>
                            }
                        })}
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset>
            <legend>{t(Key::WhoItGoesTo)}</legend>
            <div lang=lang dir=dir>
                <ul class="fixed-targets">{fixed}</ul>
                {supplied}
            </div>
        </fieldset>
    }
}

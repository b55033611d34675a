//! Who the letter goes to: the fixed recipients, and the reader-supplied
//! one by country or typed in.

use crate::compose::{Draft, cap, limits};
use crate::i18n::{Key, fill, t};
use crate::model::{Campaign, CountryCode, Email};
use leptos::prelude::*;

/// The fixed recipients, and the reader-supplied one by country or typed in.
#[component]
pub fn RecipientFields(
    campaign: Campaign,
    draft: RwSignal<Draft>,
    /// Whether the reader has tried to send.
    attempted: RwSignal<bool>,
) -> impl IntoView {
    let fixed = campaign
        .targets
        .into_iter()
        .map(|t| view! { <li>{format!("{} ({}): {}", t.name, t.role, t.email)}</li> })
        .collect_view();
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
                        dir.get(c.as_str())
                            .and_then(|e| e.first())
                            .map(|e| format!("{} <{}>", e.name, e.email))
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
            let options = directory.with_value(|dir| {
                dir.iter()
                    .map(|(code, entries)| {
                        let label = format!(
                            "{code}: {}",
                            entries.first().map(|e| e.name.as_str()).unwrap_or_default()
                        );
                        let value = code.to_string();
                        let code = code.clone();
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
                    .collect_view()
            });
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
        <fieldset disabled=super::ahead_of_time()>
            <legend>{t(Key::WhoItGoesTo)}</legend>
            <ul class="fixed-targets">{fixed}</ul>
            {supplied}
        </fieldset>
    }
}

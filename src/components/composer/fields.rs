//! The composer's inputs: the reader's details, the recipients, the letter.

use super::Tally;
use super::draft::{forget_device, forget_everything};
use crate::compose::{Composed, Details, Draft, FillError, cap, limits};
use crate::model::{Campaign, CountryCode, Email, LanguageTag, Placeholder};
use leptos::prelude::*;

/// One of the reader's details: its input and the placeholder it fills.
struct DetailField {
    id: &'static str,
    label: &'static str,
    autocomplete: &'static str,
    fills: Placeholder,
    get: fn(&Details) -> &String,
    set: fn(&mut Details, String),
}

/// Name, town and country, in the order the form asks for them.
const DETAIL_FIELDS: [DetailField; 3] = [
    DetailField {
        id: "sender-name",
        label: "Your name",
        autocomplete: "name",
        fills: Placeholder::SenderName,
        get: |d| &d.name,
        set: |d, v| d.name = v,
    },
    DetailField {
        id: "sender-city",
        label: "Your town or city",
        autocomplete: "address-level2",
        fills: Placeholder::SenderCity,
        get: |d| &d.city,
        set: |d, v| d.city = v,
    },
    DetailField {
        id: "sender-country",
        label: "Your country",
        autocomplete: "country-name",
        fills: Placeholder::SenderCountry,
        get: |d| &d.country,
        set: |d, v| d.country = v,
    },
];

/// A labelled text input bound to one of the reader's details.
#[component]
fn TextField(
    field: &'static DetailField,
    draft: RwSignal<Draft>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let DetailField {
        id,
        label,
        autocomplete,
        get,
        set,
        ..
    } = *field;
    let error_id = format!("{id}-error");
    view! {
        <label for=id>{label}</label>
        <input
            id=id
            type="text"
            autocomplete=autocomplete
            maxlength=limits::DETAIL
            prop:value=move || draft.with(|d| get(&d.details).clone())
            on:input=move |ev| {
                draft.update(|d| set(&mut d.details, cap(event_target_value(&ev), limits::DETAIL)))
            }
            aria-invalid=move || error.get().is_some().then_some("true")
            aria-describedby=error_id.clone()
        />
        <p class="field-error" id=error_id>
            {error}
        </p>
    }
}

/// Name, city and country, and whether to remember them on this device.
#[component]
pub fn DetailsFields(
    draft: RwSignal<Draft>,
    #[prop(into)] missing: Signal<Option<FillError>>,
    /// False when the reader asked to be remembered and storage refused.
    #[prop(into)]
    kept: Signal<bool>,
    /// The "I've sent it" tally, which "Forget my details" clears too.
    tally: Tally,
) -> impl IntoView {
    let error_for = move |field: Placeholder| {
        Signal::derive(move || {
            missing
                .get()
                .filter(|e| e.0 == field)
                .map(|e| e.to_string())
        })
    };
    view! {
        <fieldset disabled=super::ahead_of_time()>
            <legend>"About you"</legend>
            {DETAIL_FIELDS
                .iter()
                .map(|field| view! { <TextField field draft error=error_for(field.fills) /> })
                .collect_view()}
            <div class="check">
                <input
                    id="remember"
                    type="checkbox"
                    prop:checked=move || draft.with(|d| d.remember)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        if !on {
                            forget_device();
                        }
                        draft.update(|d| d.remember = on);
                    }
                />
                <label for="remember">"Remember my details on this device"</label>
            </div>
            <p class="hint">
                "Off unless you tick it. Ticked, your name, town and country and the letters you mark as \
                    sent stay on this device until you press “Forget my details”. Unticked, nothing stays \
                    once you close this tab, so your name is not on this device if it is ever taken from you."
            </p>
            <p class="hint" role="status">
                {move || {
                    (!kept.get())
                        .then_some(
                            "This browser would not keep your details (its storage is full or turned off), so they \
                                last for this visit only. Nothing you typed is lost.",
                        )
                }}
            </p>
            <button
                type="button"
                class="secondary"
                on:click=move |_| {
                    forget_everything();
                    tally.count.set(0);
                    draft
                        .update(|d| {
                            d.remember = false;
                            d.details = Details::default();
                        });
                }
            >
                "Forget my details"
            </button>
        </fieldset>
    }
}

/// The fixed recipients, and the reader-supplied one by country or typed in.
#[component]
pub fn RecipientFields(campaign: Campaign, draft: RwSignal<Draft>) -> impl IntoView {
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
                        dir.get(&c)
                            .and_then(|e| e.first())
                            .map(|e| format!("{} <{}>", e.name, e.email))
                    })
                })
            };
            let typed_error = move || {
                draft.with(|d| {
                    let typed = d.typed_address.trim();
                    (!typed.is_empty() && Email::parse(typed).is_err()).then_some(
                        "This is not an e-mail address: check it, for example name@example.org.",
                    )
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
                    <label for=select_id.clone()>{format!("{}: your country", target.label)}</label>
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
                            "Choose…"
                        </option>
                        {options}
                    </select>
                    <p class="chosen-target">{chosen}</p>
                    {target
                        .free_entry
                        .then(|| {
                            view! {
                                <label for=typed_id.clone()>"Not listed? Type the address"</label>
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
            <legend>"Who it goes to"</legend>
            <ul class="fixed-targets">{fixed}</ul>
            {supplied}
        </fieldset>
    }
}

/// How long typing in the letter must pause before the preview follows.
const BODY_PAUSE: std::time::Duration = std::time::Duration::from_millis(250);

/// The language, the subject with its shuffle, and the body, all editable.
#[component]
pub fn LetterFields(
    campaign: Campaign,
    draft: RwSignal<Draft>,
    #[prop(into)] composed: Signal<Composed>,
) -> impl IntoView {
    let languages = campaign.languages();
    let subject_count = campaign
        .letters
        .iter()
        .map(|l| l.subjects.len())
        .max()
        .unwrap_or(0);
    let campaign = StoredValue::new(campaign);
    // Ahead of time the letter is written into the HTML (properties are
    // not), so the page shows it before the app starts, and the app then
    // shows the very same text. The subject is left to the app, which picks
    // one of the campaign's subjects for each reader.
    let ahead = super::ahead_of_time();
    // The preview and the send links follow the body once typing pauses, or
    // at once when the box loses focus (as it does before any button or link
    // is used): re-encoding every link on each keystroke of a long letter
    // made typing lag on slow phones (docs/performance.md).
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let apply_body = move |value: String| {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        draft.update(|d| d.body = Some(value));
    };
    let type_body = move |value: String| {
        let later = value.clone();
        match set_timeout_with_handle(move || apply_body(later), BODY_PAUSE) {
            Ok(handle) => {
                let previous = pending.try_update_value(|p| p.replace(handle)).flatten();
                if let Some(previous) = previous {
                    previous.clear();
                }
            }
            // No timers: follow every keystroke rather than lose one.
            Err(_) => apply_body(value),
        }
    };
    // Until the details are in, the box shows the letter with its placeholders.
    let letter_template = move || {
        draft
            .with(|d| {
                campaign.with_value(|c| {
                    c.letter(d.lang.as_ref())
                        .map(|l| l.body.source().to_owned())
                })
            })
            .unwrap_or_default()
    };
    view! {
        <fieldset disabled=super::ahead_of_time()>
            <legend>"Your letter"</legend>
            <label for="letter-language">"Letter language"</label>
            <select
                id="letter-language"
                on:change=move |ev| {
                    draft
                        .update(|d| {
                            d.lang = LanguageTag::parse(&event_target_value(&ev)).ok();
                            d.subject = None;
                            d.body = None;
                        })
                }
            >
                {languages
                    .into_iter()
                    .map(|tag| {
                        let name = crate::model::language_name(&tag);
                        let value = tag.to_string();
                        view! {
                            <option
                                value=value
                                selected=move || draft.with(|d| d.lang.as_ref() == Some(&tag))
                            >
                                {name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <label for="letter-subject">"Subject"</label>
            <input
                id="letter-subject"
                type="text"
                maxlength=limits::SUBJECT
                prop:value=move || composed.with(|c| c.subject.clone())
                on:input=move |ev| {
                    draft
                        .update(|d| d.subject = Some(cap(event_target_value(&ev), limits::SUBJECT)))
                }
            />
            {(subject_count > 1)
                .then(|| {
                    view! {
                        <button
                            type="button"
                            class="secondary"
                            on:click=move |_| {
                                draft
                                    .update(|d| {
                                        d.seed = d.seed.wrapping_add(1);
                                        d.subject = None;
                                    })
                            }
                        >
                            "Shuffle subject"
                        </button>
                    }
                })}
            <label for="letter-body">"Letter"</label>
            <textarea
                id="letter-body"
                rows="14"
                maxlength=limits::LETTER
                aria-describedby="letter-limit"
                prop:value=move || {
                    composed.with(|c| c.body.clone().unwrap_or_else(|_| letter_template()))
                }
                on:input=move |ev| type_body(cap(event_target_value(&ev), limits::LETTER))
                on:change=move |ev| apply_body(cap(event_target_value(&ev), limits::LETTER))
            >
                {ahead
                    .then(|| {
                        composed
                            .with_untracked(|c| {
                                c.body.clone().unwrap_or_else(|_| letter_template())
                            })
                    })}
            </textarea>
            <p class="hint" id="letter-limit">
                {format!(
                    "Up to {} characters. A long letter makes mail links too long for some apps; the copy buttons \
                        below always work.",
                    limits::LETTER,
                )}
            </p>
            <button
                type="button"
                class="secondary"
                on:click=move |_| {
                    draft
                        .update(|d| {
                            d.body = None;
                            d.subject = None;
                        })
                }
            >
                "Start again from the campaign's letter"
            </button>
        </fieldset>
    }
}

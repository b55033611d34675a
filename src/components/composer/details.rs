//! The composer's first inputs: the reader's details, and whether to keep
//! them on this device.

use super::Tally;
use super::draft::{Drafts, forget_device, forget_everything};
use crate::compose::{Details, Draft, FillError, cap, limits};
use crate::i18n::{Key, t};
use crate::model::Placeholder;
use leptos::prelude::*;

/// One of the reader's details: its input and the placeholder it fills.
struct DetailField {
    id: &'static str,
    label: Key,
    autocomplete: &'static str,
    fills: Placeholder,
    get: fn(&Details) -> &String,
    set: fn(&mut Details, String),
}

/// Name, town and country, in the order the form asks for them.
const DETAIL_FIELDS: [DetailField; 3] = [
    DetailField {
        id: "sender-name",
        label: Key::YourName,
        autocomplete: "name",
        fills: Placeholder::SenderName,
        get: |d| &d.name,
        set: |d, v| d.name = v,
    },
    DetailField {
        id: "sender-city",
        label: Key::YourCity,
        autocomplete: "address-level2",
        fills: Placeholder::SenderCity,
        get: |d| &d.city,
        set: |d, v| d.city = v,
    },
    DetailField {
        id: "sender-country",
        label: Key::YourCountry,
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
    /// Whether the reader has tried to send.
    attempted: RwSignal<bool>,
) -> impl IntoView {
    let (left, set_left) = signal(false);
    let error = move || error.get().filter(|_| left.get() || attempted.get());
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
        <label for=id>{t(label)}</label>
        <input
            id=id
            type="text"
            autocomplete=autocomplete
            maxlength=limits::DETAIL
            prop:value=move || draft.with(|d| get(&d.details).clone())
            on:input=move |ev| {
                draft.update(|d| set(&mut d.details, cap(event_target_value(&ev), limits::DETAIL)))
            }
            on:blur=move |_| set_left.set(true)
            aria-invalid=move || error().is_some().then_some("true")
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
    /// Whether the reader has tried to send.
    attempted: RwSignal<bool>,
) -> impl IntoView {
    let error_for = move |field: Placeholder| {
        Signal::derive(move || {
            missing
                .get()
                .filter(|e| e.0 == field)
                .map(|e| t(e.prompt()).to_owned())
        })
    };
    let drafts = use_context::<Drafts>().unwrap_or_default();
    // A button does nothing before the app: it waits for it.
    let ahead = super::ahead_of_time();
    view! {
        <fieldset>
            <legend>{t(Key::AboutYou)}</legend>
            {DETAIL_FIELDS
                .iter()
                .map(|field| {
                    view! { <TextField field draft error=error_for(field.fills) attempted /> }
                })
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
                            drafts.change_all(|d| d.remember = false);
                        }
                        draft.update(|d| d.remember = on);
                    }
                />
                <label for="remember">{t(Key::RememberDetails)}</label>
            </div>
            <p class="hint">{t(Key::RememberHint)}</p>
            <p class="hint" role="status">
                {move || { (!kept.get()).then_some(t(Key::NotKept)) }}
            </p>
            <button
                type="button"
                class="secondary"
                disabled=ahead
                on:click=move |_| {
                    forget_everything();
                    drafts.change_all(Draft::forget);
                    tally.count.set(0);
                    draft.update(Draft::forget);
                }
            >
                {t(Key::ForgetDetails)}
            </button>
        </fieldset>
    }
}

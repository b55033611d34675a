//! The letter's inputs: its language, its subject and its body.

use crate::components::SiteLanguages;
use crate::compose::{Composed, Draft, cap, limits};
use crate::i18n::{self, Direction, Key, fill, number, t};
use crate::model::{Campaign, LanguageTag};
use leptos::prelude::*;

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
    let site_languages = use_context::<SiteLanguages>().unwrap_or_default();
    let subject_count = campaign
        .letters
        .iter()
        .map(|l| l.subjects.len())
        .max()
        .unwrap_or(0);
    let campaign = StoredValue::new(campaign);
    // The letter's box is in the letter's language and direction, so a
    // screen reader reads a Russian letter with a Russian voice on an
    // English page, and an Arabic one runs right to left.
    let letter_lang = move || draft.with(|d| d.lang.as_ref().map(ToString::to_string));
    let letter_dir = move || {
        draft.with(|d| {
            d.lang
                .as_ref()
                .map(|l| Direction::of_language(l.as_str()).as_str())
        })
    };
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
        draft.update(|d| campaign.with_value(|c| d.edit_body(c, i18n::catalog(), &value)));
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
    // The letter as the reader sees it: what they have not filled in yet
    // is a prompt in words, never a `{placeholder}`.
    let shown_body = move || composed.with(|c| c.shown.clone());
    view! {
        <fieldset>
            <legend>{t(Key::YourLetter)}</legend>
            <label for="letter-language">{t(Key::LetterLanguage)}</label>
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
                        let name = site_languages.label(&tag);
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
            <label for="letter-subject">{t(Key::Subject)}</label>
            <input
                id="letter-subject"
                type="text"
                lang=letter_lang
                dir=letter_dir
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
                            disabled=ahead
                            on:click=move |_| {
                                draft
                                    .update(|d| {
                                        d.seed = d.seed.wrapping_add(1);
                                        d.subject = None;
                                    })
                            }
                        >
                            {t(Key::ShuffleSubject)}
                        </button>
                    }
                })}
            <label for="letter-body">{t(Key::Letter)}</label>
            <textarea
                id="letter-body"
                rows="14"
                lang=letter_lang
                dir=letter_dir
                maxlength=limits::LETTER
                aria-describedby="letter-limit"
                prop:value=shown_body
                on:input=move |ev| type_body(cap(event_target_value(&ev), limits::LETTER))
                on:change=move |ev| apply_body(cap(event_target_value(&ev), limits::LETTER))
            >
                {ahead.then(|| untrack(shown_body))}
            </textarea>
            <p class="hint" id="letter-limit">
                {fill(Key::LetterLimit, &[("n", &number(limits::LETTER as u64))])}
            </p>
            <button
                type="button"
                class="secondary"
                disabled=ahead
                on:click=move |_| {
                    draft
                        .update(|d| {
                            d.body = None;
                            d.subject = None;
                        })
                }
            >
                {t(Key::StartAgain)}
            </button>
        </fieldset>
    }
}

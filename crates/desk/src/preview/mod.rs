//! The live preview beside the form: the campaign page as a reader in one
//! of the site's languages sees it, drawn by the readers' own components
//! in a frame of its own (`page`), and the letter as each recipient gets
//! it (`letters`). The frame is the desk's page again, started as a
//! preview: its own document, so the reader page's title, addresses and
//! styles are its own and a phone's width is a phone's. The form sends it
//! the campaign file whenever typing pauses; nothing leaves the browser.

mod letters;
pub mod page;

pub use letters::{Received, RecipientLetters, received};

use crate::words::t;
use leptos::html::Iframe;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsValue;

/// What the preview's frame says once it can take a campaign.
pub const READY: &str = "tocsin-desk:preview-ready";

/// The query that starts the desk's page as a preview in a language:
/// `?preview=ru`.
pub const QUERY: &str = "preview";

/// How long typing pauses before the preview follows it.
const PAUSE: Duration = Duration::from_millis(300);

/// The preview pane: the language to read in, and the page in its frame.
#[component]
pub fn PreviewPane(
    /// The campaign file as the form holds it.
    file: Memo<String>,
) -> impl IntoView {
    // The site's languages, as its pages name them.
    let languages = tocsin::browser::site_languages();
    let (language, set_language) = signal(None::<String>);
    let first =
        (languages.first()).map_or_else(|| tocsin::i18n::ENGLISH.to_owned(), |l| l.tag.clone());
    let shown = Memo::new(move |_| language.get().unwrap_or_else(|| first.clone()));
    let frame = NodeRef::<Iframe>::new();
    let send = move || {
        if let Some(window) = frame.get_untracked().and_then(|f| f.content_window()) {
            // Only a page of the desk's own origin may read it.
            let _ = window.post_message(&JsValue::from_str(&file.get_untracked()), &origin());
        }
    };
    // A frame (re)loaded in a language asks for the campaign.
    let listener = window_event_listener(leptos::ev::message, move |event| {
        let from_frame =
            event.origin() == origin() && event.data().as_string().as_deref() == Some(READY);
        if from_frame {
            send();
        }
    });
    on_cleanup(move || listener.remove());
    // Once typing pauses, the frame gets the file.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        file.track();
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(set_timeout_with_handle(send, PAUSE).ok());
    });
    let options = (languages.iter())
        .map(|l| view! { <option value=l.tag.clone()>{l.name.clone()}</option> })
        .collect_view();
    view! {
        <section class="desk-preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t("preview-heading")}</h2>
            <label for="preview-language">{t("preview-language")}</label>
            <select
                id="preview-language"
                prop:value=shown
                on:change=move |ev| set_language.set(Some(event_target_value(&ev)))
            >
                {options}
            </select>
            <iframe
                node_ref=frame
                title=t("preview-frame")
                src=move || format!("./?{QUERY}={}", shown.get())
            ></iframe>
        </section>
    }
}

/// This page's origin, the only one the preview talks to.
fn origin() -> String {
    window().location().origin().unwrap_or_default()
}

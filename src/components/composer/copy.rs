//! A copy button whose result is announced to screen readers.

use crate::i18n::{Key, t};
use leptos::prelude::*;

/// Copies `text` to the clipboard and says whether it worked.
#[component]
pub fn CopyButton(
    /// The button's words, such as "Copy subject".
    label: &'static str,
    /// What to copy.
    #[prop(into)]
    text: Signal<String>,
    /// What to announce once copied: "Copied." unless given.
    #[prop(optional)]
    done: Option<&'static str>,
) -> impl IntoView {
    let (status, set_status) = signal(String::new());
    let copy = move |_| {
        let text = text.get_untracked();
        if text.is_empty() {
            set_status.set(t(Key::NothingToCopy).into());
            return;
        }
        leptos::task::spawn_local(async move {
            let copied = crate::browser::copy(&text).await;
            set_status.set(if copied {
                done.unwrap_or(t(Key::Copied)).into()
            } else {
                t(Key::CopyFailed).into()
            });
        });
    };
    view! {
        <span class="copy">
            <button type="button" class="secondary" on:click=copy>
                {label}
            </button>
            <span class="copy-status" role="status" aria-live="polite">
                {status}
            </span>
        </span>
    }
}

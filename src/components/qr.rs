//! A QR code drawn as SVG elements in the page.

use crate::i18n::{Key, t};
use crate::share::qr_path;
use leptos::prelude::*;

/// The QR code of `text`, or a note when the text is too long for one.
#[component]
pub fn QrCode(
    /// What the code encodes: the share link.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    move || match qr_path(&text.get()) {
        Some((path, size)) => view! {
            <svg
                class="qr"
                viewBox=format!("0 0 {size} {size}")
                role="img"
                aria-label=t(Key::QrCode)
                shape-rendering="crispEdges"
            >
                <rect width=size height=size fill="#fff" />
                <path d=path stroke="#000" />
            </svg>
        }
        .into_any(),
        None => view! { <p>{t(Key::QrTooLong)}</p> }.into_any(),
    }
}

//! A QR code drawn as SVG elements in the page.

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
                aria-label="QR code of the link"
                shape-rendering="crispEdges"
            >
                <rect width=size height=size fill="#fff" />
                <path d=path fill="#000" />
            </svg>
        }
        .into_any(),
        None => view! { <p>"This link is too long for a QR code."</p> }.into_any(),
    }
}

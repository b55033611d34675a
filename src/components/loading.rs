//! The placeholder shown while content loads.

use crate::browser;
use crate::i18n::{Key, t};
use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

/// A skeleton of a heading and `lines` grey lines, announced to screen readers
/// as loading. It fills the viewport, so content arriving moves nothing below it.
#[component]
pub fn LoadingBlock(
    /// How many text lines the placeholder imitates.
    #[prop(default = 6)]
    lines: usize,
) -> impl IntoView {
    let loading = t(Key::Loading);
    Effect::new(move || browser::set_head(loading, None));
    view! {
        <div class="skeleton" role="status" aria-live="polite">
            // The page's heading while it loads, for screen readers; not an
            // `h1`, which would stand for the page's own.
            <div class="visually-hidden" role="heading" {..custom_attribute("aria-level", "1")}>
                {loading}
            </div>
            <div class="skeleton-heading" aria-hidden="true"></div>
            {(0..lines)
                .map(|_| view! { <div class="skeleton-line" aria-hidden="true"></div> })
                .collect_view()}
        </div>
    }
}

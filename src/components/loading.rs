//! The placeholder shown while content loads.

use leptos::prelude::*;

/// A skeleton of `lines` grey lines, announced to screen readers as loading.
#[component]
pub fn LoadingBlock(
    /// How many text lines the placeholder imitates.
    #[prop(default = 4)]
    lines: usize,
) -> impl IntoView {
    view! {
        <div class="skeleton" role="status" aria-live="polite">
            <span class="visually-hidden">"Loading…"</span>
            {(0..lines).map(|_| view! { <div class="skeleton-line" aria-hidden="true"></div> }).collect_view()}
        </div>
    }
}

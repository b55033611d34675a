//! The one view every page uses when its content failed to load.

use crate::api::LoadError;
use leptos::prelude::*;
use leptos_meta::Title;

/// Says what failed, in words, and offers a retry that calls `on_retry`.
#[component]
pub fn LoadErrorView(
    /// What went wrong.
    error: LoadError,
    /// Loads the content again.
    on_retry: Callback<()>,
) -> impl IntoView {
    view! {
        <Title text="Something went wrong" />
        <section class="load-error" role="alert">
            <h1>"Something went wrong"</h1>
            <p>{error.to_string()}</p>
            <button type="button" on:click=move |_| on_retry.run(())>
                "Try again"
            </button>
        </section>
    }
}

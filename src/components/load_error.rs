//! The one view every page uses when its content failed to load.

use super::page_head;
use crate::api::LoadError;
use crate::i18n::{Key, t};
use crate::listing::PageContent;
use crate::route::Route;
use leptos::prelude::*;

/// Says what failed, in words, and offers a retry that calls `on_retry`.
#[component]
pub fn LoadErrorView(
    /// The page that failed.
    route: Route,
    /// What went wrong.
    error: LoadError,
    /// Loads the content again.
    on_retry: Callback<()>,
) -> impl IntoView {
    page_head(&route, PageContent::Failed);
    view! {
        <section class="load-error" role="alert">
            <h1>{t(Key::SomethingWentWrong)}</h1>
            <p>{error.to_string()}</p>
            <button type="button" on:click=move |_| on_retry.run(())>
                {t(Key::TryAgain)}
            </button>
        </section>
    }
}

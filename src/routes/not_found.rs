//! The page for any address that names nothing.

use crate::boot::reveal_app;
use crate::components::{href, page_head};
use crate::listing::PageContent;
use crate::route::Route;
use leptos::prelude::*;

/// A real not-found page that leads the reader home; when the page's file
/// was not found, `on_retry` asks again (a mirror may still be filling).
#[component]
pub fn NotFoundPage(#[prop(optional)] on_retry: Option<Callback<()>>) -> impl IntoView {
    Effect::new(|_| reveal_app());
    let retry = on_retry.map(|retry| {
        view! {
            <button type="button" class="secondary" on:click=move |_| retry.run(())>
                "Try again"
            </button>
        }
    });
    view! {
        {page_head(&Route::NotFound, PageContent::Missing)}
        <section class="not-found">
            <h1>"Page not found"</h1>
            <p>
                "This address does not lead to an article or a campaign. It may have been mistyped or moved."
            </p>
            <p>
                <a href=href(&Route::HOME)>"Go to the latest articles"</a>
            </p>
            {retry}
        </section>
    }
}

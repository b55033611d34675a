//! The page for any address that names nothing.

use crate::boot::reveal_app;
use crate::components::{href, page_head};
use crate::i18n::{Key, t};
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
                {t(Key::TryAgain)}
            </button>
        }
    });
    view! {
        {page_head(&Route::NotFound, PageContent::Missing)}
        <section class="not-found">
            <h1>{t(Key::NotFound)}</h1>
            <p>{t(Key::NotFoundText)}</p>
            <p>
                <a href=href(&Route::HOME)>{t(Key::NotFoundHome)}</a>
            </p>
            {retry}
        </section>
    }
}

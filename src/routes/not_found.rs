//! The page for any address that names nothing.

use crate::components::site_href;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// A real not-found page that leads the reader home; when the page's file
/// was not found, `on_retry` asks again (a mirror may still be filling).
#[component]
pub fn NotFoundPage(#[prop(optional)] on_retry: Option<Callback<()>>) -> impl IntoView {
    Effect::new(|_| crate::components::reveal_app());
    view! {
        <Title text="Page not found" />
        <Meta name="description" content="This address does not lead to an article or a campaign." />
        <section class="not-found">
            <h1>"Page not found"</h1>
            <p>"This address does not lead to an article or a campaign. It may have been mistyped or moved."</p>
            <p><a href=site_href("/")>"Go to the latest articles"</a></p>
            {on_retry.map(|retry| view! {
                <button type="button" class="secondary" on:click=move |_| retry.run(())>"Try again"</button>
            })}
        </section>
    }
}

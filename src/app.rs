//! The root component: document metadata, the router and the page layout.

use crate::components::{Drafts, Locale, SiteFooter, SiteHeader};
use crate::routes::{
    ArchivePage, ArticlePage, CampaignPage, CampaignsPage, FlyerPage, HomePage, NotFoundPage,
    TagPage,
};
use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use wasm_bindgen::JsCast;

/// The whole app: header, the routed page in `<main>`, footer.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(Locale::from_browser());
    provide_context(Drafts::new());
    view! {
        <Title formatter=|page: String| {
            if page.is_empty() { "Tocsin".to_owned() } else { format!("{page} · Tocsin") }
        } />
        <Router>
            <a class="skip-link" href="#main" on:click=skip_to_main>"Skip to content"</a>
            <SiteHeader />
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFoundPage /> }>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/articles/:slug") view=ArticlePage />
                    <Route path=path!("/campaigns") view=CampaignsPage />
                    <Route path=path!("/campaigns/:slug") view=CampaignPage />
                    <Route path=path!("/campaigns/:slug/flyer") view=FlyerPage />
                    <Route path=path!("/archive/:year/:month") view=ArchivePage />
                    <Route path=path!("/tags/:tag") view=TagPage />
                </Routes>
            </main>
            <SiteFooter />
        </Router>
    }
}

/// Moves focus to `<main>`. The router handles in-page links itself, so the
/// browser's own jump to `#main` (which moves focus) never happens.
fn skip_to_main(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    if let Some(main) = document().get_element_by_id("main") {
        let main: web_sys::HtmlElement = main.unchecked_into();
        // Focus cannot fail on an element with tabindex; nothing to report.
        let _ = main.focus();
    }
}

//! The root component: document metadata, the router and the page layout.

use crate::components::{Drafts, Locale, PageFrame};
use crate::routes::{
    ArchivePage, ArticlePage, CampaignPage, CampaignsPage, FlyerPage, HomePage, NotFoundPage,
    TagPage,
};
use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The whole app: header, the routed page in `<main>`, footer.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(Locale::from_browser());
    provide_context(Drafts::new());
    let base = crate::api::site_base();
    provide_context(base.clone());
    view! {
        <Title formatter=|page: String| {
            if page.is_empty() { "Tocsin".to_owned() } else { format!("{page} · Tocsin") }
        } />
        <Router base=base.as_str().to_owned()>
            <PageFrame>
                <Routes fallback=|| view! { <NotFoundPage /> }>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/page/:page") view=HomePage />
                    <Route path=path!("/articles/:slug") view=ArticlePage />
                    <Route path=path!("/campaigns") view=CampaignsPage />
                    <Route path=path!("/campaigns/:slug") view=CampaignPage />
                    <Route path=path!("/campaigns/:slug/flyer") view=FlyerPage />
                    <Route path=path!("/archive/:year/:month") view=ArchivePage />
                    <Route path=path!("/tags/:tag") view=TagPage />
                </Routes>
            </PageFrame>
        </Router>
    }
}

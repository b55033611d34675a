//! The root component: document metadata, the router and the page layout.

use crate::browser;
use crate::components::{CurrentPath, Drafts, PageFrame, SearchInPlace, SiteLanguages, SiteName};
use crate::i18n;
use crate::model::BasePath;
use crate::pages::{NotFoundPage, route_table};
use crate::route::{language_base, search_href};
use leptos::children::ToChildren;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::{Router, Routes, RoutesProps};
use leptos_router::hooks::{use_location, use_navigate};

/// The whole app: header, the routed page in `<main>`, footer. The router
/// works under the page language's base (`/ru` for a Russian page), so
/// every page of this language keeps its segment, and a link to another
/// language leaves the router for a fresh page.
#[component]
pub fn App() -> impl IntoView {
    provide_context(SiteName(browser::site_name()));
    provide_context(SiteLanguages(browser::site_languages()));
    provide_context(Drafts::new());
    let base = browser::site_base();
    provide_context(base.clone());
    let routes = RoutesProps::builder()
        .fallback(|| view! { <NotFoundPage /> })
        .children(ToChildren::to_children(route_table))
        .build();
    let page_base = language_base(&base, i18n::prefix());
    view! {
        <Router base=page_base.as_str().to_owned()>
            <WithinRouter>
                <PageFrame>{Routes(routes)}</PageFrame>
            </WithinRouter>
        </Router>
    }
}

/// Provides, from inside the router, the page's address (for the language
/// switcher) and the search in place (for every search box).
#[component]
fn WithinRouter(children: Children) -> impl IntoView {
    provide_context(CurrentPath(use_location().pathname.into()));
    let navigate = use_navigate();
    // The router's addresses are under the site's and the page language's
    // base already.
    provide_context(SearchInPlace(Callback::new(move |words: String| {
        navigate(
            &search_href(&BasePath::default(), &words),
            NavigateOptions::default(),
        );
    })));
    children()
}

//! The root component: document metadata, the router and the page layout.

use crate::browser;
use crate::components::{CurrentPath, Drafts, PageFrame, SiteLanguages, SiteName};
use crate::i18n;
use crate::pages::{NotFoundPage, route_table};
use crate::route::language_base;
use leptos::children::ToChildren;
use leptos::prelude::*;
use leptos_router::components::{Router, Routes, RoutesProps};
use leptos_router::hooks::use_location;

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
            <WithCurrentPath>
                <PageFrame>{Routes(routes)}</PageFrame>
            </WithCurrentPath>
        </Router>
    }
}

/// Provides the page's address, for the language switcher.
#[component]
fn WithCurrentPath(children: Children) -> impl IntoView {
    provide_context(CurrentPath(use_location().pathname.into()));
    children()
}

//! The root component: document metadata, the router and the page layout.

use crate::browser;
use crate::components::{Drafts, Locale, PageFrame, SiteName};
use crate::routes::{NotFoundPage, route_table};
use leptos::children::ToChildren;
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Router, Routes, RoutesProps};

/// The whole app: header, the routed page in `<main>`, footer.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(Locale::from_browser());
    provide_context(SiteName(browser::site_name()));
    provide_context(Drafts::new());
    let base = browser::site_base();
    provide_context(base.clone());
    let routes = RoutesProps::builder()
        .fallback(|| view! { <NotFoundPage /> })
        .children(ToChildren::to_children(route_table))
        .build();
    view! {
        <Router base=base.as_str().to_owned()>
            <PageFrame>{Routes(routes)}</PageFrame>
        </Router>
    }
}

//! The list pages (`/`, `/page/:page`, `/campaigns`, `/archive/:year/:month`,
//! `/tags/:tag`): each fetches its one list file and reads it as the
//! pre-renderer does (`crate::listing::list_page`).

use super::{content_states, use_route};
use crate::api::{self, LoadError, Subject};
use crate::components::ListView;
use crate::listing::{ListPage, list_page};
use crate::route::{PageKind, Route};
use leptos::prelude::*;

/// The front page and its later pages.
#[component]
pub fn HomePage() -> impl IntoView {
    list_route_page(PageKind::Home)
}

/// Every campaign, active ones first.
#[component]
pub fn CampaignsPage() -> impl IntoView {
    list_route_page(PageKind::Campaigns)
}

/// One month of the archive.
#[component]
pub fn MonthPage() -> impl IntoView {
    list_route_page(PageKind::Month)
}

/// One page of the articles with a tag.
#[component]
pub fn TagPage() -> impl IntoView {
    list_route_page(PageKind::Tag)
}

/// A list page of kind `kind`.
fn list_route_page(kind: PageKind) -> impl IntoView {
    let route = use_route(kind);
    let page = LocalResource::new(move || {
        let route = route.get();
        async move { load(&route).await }
    });
    content_states(
        route,
        page,
        move |page| view! { <ListView route=route.get_untracked() page /> },
    )
}

/// Fetches list page `route`'s one list file and reads the page from it.
async fn load(route: &Route) -> Result<ListPage, LoadError> {
    let not_found = || LoadError::NotFound {
        what: Subject::Page,
    };
    let file = route.content_file().ok_or_else(not_found)?;
    list_page(route, api::content(file).await?).ok_or_else(not_found)
}

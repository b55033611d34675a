//! The list pages (`/`, `/page/:page`, `/campaigns`, `/archive/:year/:month`,
//! `/tags/:tag`): each fetches its one list file and reads it as the
//! pre-renderer does (`crate::listing::list_page`).

use super::content_states;
use super::params::{AddressParams, ReadRoute, use_route};
use crate::api::{self, LoadError, Subject};
use crate::components::ListView;
use crate::listing::{ListPage, list_page};
use crate::route::Route;
use leptos::prelude::*;

/// The front page and its later pages.
#[component]
pub fn HomePage() -> impl IntoView {
    list_route_page(AddressParams::home)
}

/// Every campaign, active ones first.
#[component]
pub fn CampaignsPage() -> impl IntoView {
    list_route_page(AddressParams::campaigns)
}

/// One month of the archive.
#[component]
pub fn MonthPage() -> impl IntoView {
    list_route_page(AddressParams::month)
}

/// One page of the articles with a tag.
#[component]
pub fn TagPage() -> impl IntoView {
    list_route_page(AddressParams::tag)
}

/// Any list page, its route read by `read`.
fn list_route_page(read: ReadRoute) -> impl IntoView {
    let route = use_route(read);
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
    let list = route.list().ok_or_else(not_found)?;
    let file = api::list(&list).await?;
    list_page(route, file).ok_or_else(not_found)
}

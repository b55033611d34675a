//! The list pages (`/`, `/page/:page`, `/campaigns`, `/archive/:year/:month`,
//! `/tags/:tag`): the manifest first, then the files it says the page needs
//! (`crate::listing::list_files`), assembled as the pre-renderer assembles
//! them (`crate::listing::list_page`).

use super::content_states;
use super::params::{AddressParams, ReadRoute, use_route};
use crate::api::{self, Listed, LoadError, Subject};
use crate::components::ListView;
use crate::listing::{ListContent, ListPage, list_files, list_page};
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

/// Fetches what list page `route` shows: the manifest, then every file it
/// says the page needs, side by side. The page cannot do without a shard;
/// a campaign that fails to load is left out, not the whole page.
async fn load(route: &Route) -> Result<ListPage, LoadError> {
    let not_found = || LoadError::NotFound {
        what: Subject::Page,
    };
    let manifest = api::manifest().await?;
    let files = list_files(route, &manifest).ok_or_else(not_found)?;
    let fetched = futures::future::join_all(files.iter().map(api::listed)).await;
    let mut content = ListContent {
        manifest,
        shards: Vec::new(),
        campaigns: Vec::new(),
    };
    for file in fetched {
        match file {
            Ok(Listed::Shard(shard)) => content.shards.push(shard),
            Ok(Listed::Campaign(campaign)) => content.campaigns.push(*campaign),
            Err(error) if error.subject() == Subject::ArticleList => return Err(error),
            Err(_) => {}
        }
    }
    list_page(route, &content).ok_or_else(not_found)
}

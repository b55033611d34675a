//! The list pages (`/`, `/page/:page`, `/campaigns`, `/archive/:year/:month`,
//! `/tags/:tag`): the manifest first, then the files it says the page needs
//! (`crate::listing::list_files`), assembled as the pre-renderer assembles
//! them (`crate::listing::list_page`).

use super::content_states;
use super::params::{CampaignsParams, HomeParams, MonthParams, PageParams, TagParams, use_route};
use crate::api::{self, LoadError, Subject};
use crate::components::ListView;
use crate::listing::{ListContent, ListPage, list_files, list_page};
use crate::route::{DataFile, Route};
use leptos::prelude::*;

/// The front page and its later pages.
#[component]
pub fn HomePage() -> impl IntoView {
    list_route_page::<HomeParams>()
}

/// Every campaign, active ones first.
#[component]
pub fn CampaignsPage() -> impl IntoView {
    list_route_page::<CampaignsParams>()
}

/// One month of the archive.
#[component]
pub fn MonthPage() -> impl IntoView {
    list_route_page::<MonthParams>()
}

/// One page of the articles with a tag.
#[component]
pub fn TagPage() -> impl IntoView {
    list_route_page::<TagParams>()
}

/// Any list page, its route read through `P`.
fn list_route_page<P: PageParams>() -> impl IntoView {
    let route = use_route::<P>();
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

/// Fetches what list page `route` shows: the manifest, then its shards
/// (which it cannot do without) and its campaigns (each of which it can:
/// one that fails to load is left out, not the whole page), side by side.
async fn load(route: &Route) -> Result<ListPage, LoadError> {
    let not_found = || LoadError::NotFound {
        what: Subject::Page,
    };
    let manifest = api::manifest().await?;
    let files = list_files(route, &manifest).ok_or_else(not_found)?;
    let shards = files.iter().filter_map(|file| match file {
        DataFile::Shard(month) => Some(api::shard(month)),
        _ => None,
    });
    let campaigns = files.iter().filter_map(|file| match file {
        DataFile::Campaign(slug) => Some(api::campaign(slug)),
        _ => None,
    });
    let (shards, campaigns) = futures::join!(
        futures::future::join_all(shards),
        futures::future::join_all(campaigns)
    );
    let content = ListContent {
        manifest,
        shards: shards.into_iter().collect::<Result<_, _>>()?,
        campaigns: campaigns.into_iter().filter_map(Result::ok).collect(),
    };
    list_page(route, &content).ok_or_else(not_found)
}

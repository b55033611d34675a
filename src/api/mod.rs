//! Fetches content JSON with gloo-net and decodes it into `model` types.
//! Only pages (`routes`) call this module.

mod response;

pub use response::{LoadError, decode};

use crate::model::{Article, Campaign, IndexManifest, IndexShard, Month, Site, is_slug};
use gloo_net::http::Request;
use serde::de::DeserializeOwned;

/// Where the content files live, relative to the site root.
const DATA_BASE: &str = "/data";

/// Fetches `path` under the data base and decodes it; `what` names it in messages.
async fn fetch_json<T: DeserializeOwned>(path: &str, what: &str) -> Result<T, LoadError> {
    let url = format!("{DATA_BASE}/{path}");
    let offline = || LoadError::Offline {
        what: what.to_owned(),
    };
    let response = Request::get(&url).send().await.map_err(|_| offline())?;
    let content_type = response.headers().get("content-type");
    let body = response.text().await.map_err(|_| offline())?;
    decode(
        what,
        &url,
        response.status(),
        content_type.as_deref(),
        &body,
    )
}

/// The index manifest: months that have articles, and the campaigns.
pub async fn manifest() -> Result<IndexManifest, LoadError> {
    fetch_json("index.json", "The list of articles").await
}

/// The articles of one month.
pub async fn shard(month: &Month) -> Result<IndexShard, LoadError> {
    fetch_json(&format!("index/{month}.json"), "The list of articles").await
}

/// The articles of several months, fetched at the same time, in the order given.
pub async fn shards(months: &[Month]) -> Result<Vec<IndexShard>, LoadError> {
    futures::future::join_all(months.iter().map(shard))
        .await
        .into_iter()
        .collect()
}

/// The site file: name, languages, donation appeals.
pub async fn site() -> Result<Site, LoadError> {
    fetch_json("site.json", "The site settings").await
}

/// One article by slug.
pub async fn article(slug: &str) -> Result<Article, LoadError> {
    fetch_by_slug("articles", slug, "The article").await
}

/// One campaign by slug.
pub async fn campaign(slug: &str) -> Result<Campaign, LoadError> {
    fetch_by_slug("campaigns", slug, "The campaign").await
}

/// Fetches `<folder>/<slug>.json`; a slug from a crafted URL that is not a
/// valid slug is "not found" and never reaches the network.
async fn fetch_by_slug<T: DeserializeOwned>(
    folder: &str,
    slug: &str,
    what: &str,
) -> Result<T, LoadError> {
    if !is_slug(slug) {
        return Err(LoadError::NotFound {
            what: what.to_owned(),
        });
    }
    fetch_json(&format!("{folder}/{slug}.json"), what).await
}

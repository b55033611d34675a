//! Fetches content JSON with gloo-net and decodes it into `model` types.
//! Only pages (`routes`) call this module.

mod response;
mod timing;

pub use response::{LoadError, decode};

use crate::model::{Article, BasePath, Campaign, IndexManifest, IndexShard, Month, Site, is_slug};
use gloo_net::http::Request;
use serde::de::DeserializeOwned;

/// The page's `<meta>` naming the base path, written by `cargo xtask build`.
const BASE_META: &str = "meta[name=\"tocsin-base\"]";

/// A request that has not finished after this long is given up.
const TIMEOUT_MS: i32 = 8_000;
/// Tries in all for a request that failed on the way (offline, 5xx).
const ATTEMPTS: u32 = 3;
/// The first pause between tries; it doubles each time.
const FIRST_PAUSE_MS: i32 = 400;

/// Fetches `path` under the data base and decodes it; `what` names it in
/// messages. Only the decoding is generic: the fetching is one function for
/// every type, so the wasm carries it once.
async fn fetch_json<T: DeserializeOwned>(path: &str, what: &str) -> Result<T, LoadError> {
    let url = data_url(path);
    let answer = fetch_answer(&url, what).await?;
    decode(
        what,
        &url,
        answer.status,
        answer.content_type.as_deref(),
        &answer.body,
    )
}

/// The address of a content file, `path` under the data folder.
fn data_url(path: &str) -> String {
    site_base().href(&format!("/data/{path}"))
}

/// Where the site lives on its host, as the page says (`<meta
/// name="tocsin-base">`); the root when it says nothing usable.
pub fn site_base() -> BasePath {
    thread_local! {
        // The page does not change its base: read it once.
        static BASE: BasePath = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(BASE_META).ok().flatten())
            .and_then(|meta| meta.get_attribute("content"))
            .and_then(|content| BasePath::parse(&content))
            .unwrap_or_default();
    }
    BASE.with(Clone::clone)
}

/// What the server said.
struct Answer {
    status: u16,
    content_type: Option<String>,
    body: String,
}

/// Fetches `url`. Failures on the way (offline, 5xx) are retried with
/// growing pauses; a missing or damaged file is not, since asking again
/// changes nothing, and neither is a timeout, which already cost its wait.
async fn fetch_answer(url: &str, what: &str) -> Result<Answer, LoadError> {
    let mut pause = FIRST_PAUSE_MS;
    for attempt in 1..=ATTEMPTS {
        let last = attempt == ATTEMPTS;
        match fetch_once(url, what).await {
            Ok(answer) if answer.status >= 500 && !last => {}
            Err(error) if error.is_transient() && !last => {}
            result => return result,
        }
        timing::pause(pause).await;
        pause *= 2;
    }
    Err(LoadError::Offline {
        what: what.to_owned(),
    })
}

/// One request, bounded by the timeout.
async fn fetch_once(url: &str, what: &str) -> Result<Answer, LoadError> {
    let deadline = timing::Deadline::start(TIMEOUT_MS);
    let failed = |deadline: &Option<timing::Deadline>| {
        let what = what.to_owned();
        if deadline.as_ref().is_some_and(timing::Deadline::fired) {
            LoadError::TimedOut { what }
        } else {
            LoadError::Offline { what }
        }
    };
    let signal = deadline.as_ref().map(timing::Deadline::signal);
    let response = Request::get(url)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|_| failed(&deadline))?;
    let content_type = response.headers().get("content-type");
    let body = response.text().await.map_err(|_| failed(&deadline))?;
    Ok(Answer {
        status: response.status(),
        content_type,
        body,
    })
}

/// The index manifest: months that have articles, and the campaigns.
pub async fn manifest() -> Result<IndexManifest, LoadError> {
    fetch_required("index.json", "The list of articles").await
}

/// The articles of one month.
pub async fn shard(month: &Month) -> Result<IndexShard, LoadError> {
    fetch_required(&format!("index/{month}.json"), "The list of articles").await
}

/// Like [`fetch_json`], for a file the site cannot do without.
async fn fetch_required<T: DeserializeOwned>(path: &str, what: &str) -> Result<T, LoadError> {
    fetch_json(path, what)
        .await
        .map_err(|e| e.required(&data_url(path)))
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

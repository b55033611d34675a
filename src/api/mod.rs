//! Fetches content JSON with gloo-net and decodes it into `model` types.
//! Only pages (`pages`) call this module; every file it fetches is named by
//! a [`DataFile`].

mod response;
mod search;
mod timing;

pub use response::{LoadError, Subject, decode};
pub use search::{ready_search, search};

use crate::browser;
use crate::json::Content;
use crate::route::{DataFile, ListOf, catalog_href};
use futures::future::LocalBoxFuture;
use gloo_net::http::Request;

/// A request that has not finished after this long is given up.
const TIMEOUT_MS: i32 = 8_000;
/// Tries in all for a request that failed on the way (offline, 5xx).
const ATTEMPTS: u32 = 3;
/// The first pause between tries; it doubles each time.
const FIRST_PAUSE_MS: i32 = 400;

/// Fetches `file` and decodes it; `what` names it in messages. Only the
/// decoding is generic: the fetching is one function for every type, so
/// the wasm carries it once.
async fn fetch_json<T: Content>(file: &DataFile, what: Subject) -> Result<T, LoadError> {
    let url = file.href(&browser::site_base());
    let answer = fetch_answer(&url, what).await?;
    decode(
        what,
        &url,
        answer.status,
        answer.content_type.as_deref(),
        &answer.body,
    )
}

/// What the server said.
struct Answer {
    status: u16,
    content_type: Option<String>,
    body: String,
}

/// Fetches `url`, as [`fetch_with_retries`] does, behind a box: every
/// caller's future then holds a pointer to one copy of the fetching rather
/// than inlining its own (0.8 KB of wasm, docs/performance.md).
fn fetch_answer(url: &str, what: Subject) -> LocalBoxFuture<'_, Result<Answer, LoadError>> {
    Box::pin(fetch_with_retries(url, what))
}

/// Fetches `url`. Failures on the way (offline, 5xx) are retried with
/// growing pauses; a missing or damaged file is not, since asking again
/// changes nothing, and neither is a timeout, which already cost its wait.
async fn fetch_with_retries(url: &str, what: Subject) -> Result<Answer, LoadError> {
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
    Err(LoadError::Offline { what })
}

/// One request, bounded by the timeout.
async fn fetch_once(url: &str, what: Subject) -> Result<Answer, LoadError> {
    let deadline = timing::Deadline::start(TIMEOUT_MS);
    let failed = |deadline: &Option<timing::Deadline>| {
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

/// Like [`fetch_json`], for a file the site cannot do without.
async fn fetch_required<T: Content>(file: &DataFile, what: Subject) -> Result<T, LoadError> {
    fetch_json(file, what)
        .await
        .map_err(|e| e.required(&file.href(&browser::site_base())))
}

/// Content file `file`, decoded as a `T`: the file a route names
/// (`Route::content_file`, `Route::site_file`) or one that follows from
/// another (`DataFile::campaign_of`). Only the site file, the front page
/// and the campaigns always exist, so any other file the site lacks is no
/// page. Behind a box, so that the article page and the search, which both
/// read articles, share one copy of the decoding.
pub fn content<T: Content + 'static>(
    file: DataFile,
) -> LocalBoxFuture<'static, Result<T, LoadError>> {
    Box::pin(async move {
        let what = Subject::of(&file);
        match &file {
            DataFile::List(ListOf::Front { page: 1 } | ListOf::Campaigns) => {
                fetch_required(&file, what).await
            }
            _ => fetch_json(&file, what).await,
        }
    })
}

/// The interface catalog of language `tag` (`crate::i18n`), as its text;
/// `None` when it cannot be had, and the page then speaks English.
pub async fn catalog(tag: &str) -> Option<String> {
    let url = catalog_href(&browser::site_base(), tag);
    let answer = fetch_answer(&url, Subject::Page).await.ok()?;
    response::check(Subject::Page, answer.status, answer.content_type.as_deref()).ok()?;
    Some(answer.body)
}

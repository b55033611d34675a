//! Searching the archive: the index's files and the articles found, fetched
//! as the search needs them (`crate::search` ranks and cuts the excerpts).

use super::response::check;
use super::{Answer, LoadError, Subject, fetch_answer};
use crate::browser;
use crate::model::{Article, Slug};
use crate::route::DataFile;
use crate::search::index::{Manifest, parse_words, slug_files, slugs};
use crate::search::{self, Hit, Query};
use futures::future::{LocalBoxFuture, poll_fn};
use std::cell::RefCell;
use std::rc::Rc;
use std::task::Poll;

thread_local! {
    /// The index's files a search fetched, by address, and the articles it
    /// showed, for the page's life: a later search, or more results,
    /// fetches only what it lacks. A page's searches read a few dozen
    /// files, so a list is enough.
    static FETCHED: RefCell<Vec<(String, Rc<str>)>> = RefCell::default();
    static ARTICLES: RefCell<Vec<Article>> = RefCell::default();
}

/// The text of one of the index's files, fetched once; `None` when it
/// cannot be had, which is not kept, so that trying again fetches again.
async fn index_file(file: DataFile) -> Option<Rc<str>> {
    let url = file.href(&browser::site_base());
    let kept = FETCHED.with_borrow(|fetched| {
        fetched
            .iter()
            .find_map(|(u, text)| (*u == url).then(|| text.clone()))
    });
    if kept.is_some() {
        return kept;
    }
    let Answer {
        status,
        content_type,
        body,
    } = fetch_answer(&url, Subject::Page).await.ok()?;
    check(Subject::Page, status, content_type.as_deref()).ok()?;
    let text: Rc<str> = body.into();
    FETCHED.with_borrow_mut(|fetched| fetched.push((url, text.clone())));
    Some(text)
}

/// The result for article `slug`, its article kept like the index's files.
async fn hit(slug: Slug, query: &Query) -> Result<Hit, LoadError> {
    let kept = ARTICLES.with_borrow(|kept| {
        kept.iter()
            .find(|a| a.slug == slug)
            .map(|article| Hit::new(article, query))
    });
    if let Some(hit) = kept {
        return Ok(hit);
    }
    let article = super::content::<Article>(DataFile::Article(slug)).await?;
    let hit = Hit::new(&article, query);
    ARTICLES.with_borrow_mut(|kept| kept.push(article));
    Ok(hit)
}

/// Runs `futures` side by side, answering their outputs in order: the
/// few fetches of one search step, without the machinery
/// `futures::future::join_all` carries for long lists.
async fn all<T>(futures: Vec<LocalBoxFuture<'_, T>>) -> Vec<T> {
    let mut running: Vec<(LocalBoxFuture<'_, T>, Option<T>)> =
        futures.into_iter().map(|f| (f, None)).collect();
    poll_fn(move |cx| {
        let mut done = true;
        for (future, output) in &mut running {
            if output.is_none() {
                match future.as_mut().poll(cx) {
                    Poll::Ready(value) => *output = Some(value),
                    Poll::Pending => done = false,
                }
            }
        }
        match done {
            true => Poll::Ready(running.drain(..).filter_map(|(_, o)| o).collect()),
            false => Poll::Pending,
        }
    })
    .await
}

/// The index's files `files`, side by side; `None` when one cannot be had.
async fn index_files(files: impl Iterator<Item = DataFile>) -> Option<Vec<Rc<str>>> {
    let texts = all(files.map(|f| Box::pin(index_file(f)) as _).collect()).await;
    texts.into_iter().collect()
}

/// Fetches the index's list of word files ahead of a search, so that the
/// search starts at the word files, and the slugs of the newest articles,
/// which most searches show first.
pub async fn ready_search() {
    let first = [DataFile::SearchIndex, DataFile::SearchArticles(0)];
    index_files(first.into_iter()).await;
}

/// Searches the archive for `words`: how many articles matched and the
/// first `count`, read from their own files. `None` when the index could
/// not be had or read; an article gone since the index was made is left
/// out.
pub async fn search(words: &str, count: usize) -> Option<search::Answer> {
    let Some(query) = Query::new(words) else {
        return Some(search::Answer {
            total: 0,
            hits: Vec::new(),
        });
    };
    let manifest = Manifest::parse(&index_file(DataFile::SearchIndex).await?)?;
    let texts = index_files(query.files(&manifest).into_iter()).await?;
    let mut read = Vec::new();
    for text in &texts {
        read.extend(parse_words(text)?);
    }
    let ranked = query.rank(read.iter().map(|(word, postings)| (*word, postings)));
    let shown = &ranked[..count.min(ranked.len())];
    let slug_texts = index_files(slug_files(shown).into_iter()).await?;
    let slugs = slugs(shown, &slug_texts)?;
    let found: Vec<Result<Hit, LoadError>> = all(slugs
        .into_iter()
        .map(|s| Box::pin(hit(s, &query)) as _)
        .collect())
    .await;
    let mut hits = Vec::new();
    for hit in found {
        match hit {
            Ok(hit) => hits.push(hit),
            Err(error) if error.is_not_found() => {}
            Err(_) => return None,
        }
    }
    Some(search::Answer {
        total: ranked.len(),
        hits,
    })
}

//! Searching the archive with no server: the build writes a word index of
//! every article (`index`, from [`article_text`]) into the site, and the
//! search page fetches the few files a search needs, ranks the articles
//! found ([`Query::rank`]) and shows each with the words around the match
//! ([`excerpt`]). Pure: the app fetches them (its `api::search`).

mod excerpt;
mod forms;
pub mod index;
mod terms;

pub use excerpt::{Run, excerpt};
pub use forms::{forms, latin, stem};
pub use terms::{answers, fold, terms};

use crate::model::{Article, Block, Date, LanguageTag, Slug};
use crate::route::DataFile;
use index::{Manifest, Postings};

/// How many results a page of results shows, and each "more" adds.
pub const PAGE: usize = 10;

/// Most words a search looks for; the rest of a pasted paragraph is left.
const MOST_WORDS: usize = 8;

/// Most word files one short word may fetch (see [`Manifest::files_for`]).
const MOST_FILES_A_WORD: usize = 6;

/// What one search found: how many articles, and the first ones.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// Every article that matched.
    pub total: usize,
    /// The best matches, best first.
    pub hits: Vec<Hit>,
}

/// One article that matched, with the words around the match.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The article.
    pub slug: Slug,
    /// Its headline.
    pub title: String,
    /// The language it is written in, when not the site's first.
    pub language: Option<LanguageTag>,
    /// When it was published.
    pub date: Date,
    /// The words around the first match, the matched ones marked.
    pub excerpt: Vec<Run>,
}

impl Hit {
    /// The result for `article`, found by `query`.
    pub fn new(article: &Article, query: &Query) -> Hit {
        Hit {
            slug: article.slug.clone(),
            title: article.title.clone(),
            language: article.language.clone(),
            date: article.published.clone(),
            excerpt: excerpt(&article_text(article), &query.all_forms()),
        }
    }
}

/// The words of a search, from the page's query: trimmed, and `None` when
/// there are none.
pub fn words(query: Option<String>) -> Option<String> {
    query
        .map(|q| q.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|q| !q.is_empty())
}

/// The text of an article a search reads, block by block: the standfirst,
/// then the body's paragraphs, headings, quotes, list items and image
/// texts. The headline is apart: a match there ranks first.
pub fn article_text(article: &Article) -> Vec<String> {
    let mut text = vec![article.standfirst.clone()];
    for block in &article.body {
        match block {
            Block::Paragraph(rich) | Block::Quote { text: rich, .. } => {
                text.push(rich.plain_text())
            }
            Block::Heading(heading) => text.push(heading.clone()),
            Block::List { items, .. } => text.extend(items.iter().map(|i| i.plain_text())),
            Block::Image { alt, caption, .. } => {
                text.extend([Some(alt.clone()), caption.clone()].into_iter().flatten())
            }
        }
    }
    text
}

/// A search: its words, folded, each once, and each with the forms it is
/// looked for in ([`forms`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    words: Vec<Vec<String>>,
}

impl Query {
    /// The search for `text`; `None` when it has no words.
    pub fn new(text: &str) -> Option<Query> {
        let mut words: Vec<String> = Vec::new();
        for word in terms(text) {
            if !words.contains(&word) && words.len() < MOST_WORDS {
                words.push(word);
            }
        }
        let words: Vec<Vec<String>> = words.iter().map(|word| forms(word)).collect();
        (!words.is_empty()).then_some(Query { words })
    }

    /// Every form of every word, as an excerpt marks them.
    fn all_forms(&self) -> Vec<String> {
        self.words.concat()
    }

    /// The word files this search reads, named by the keys `index.txt`
    /// gives them.
    pub fn files(&self, manifest: &Manifest) -> Vec<DataFile> {
        let mut files: Vec<usize> = Vec::new();
        for form in self.all_forms() {
            for file in manifest.files_for(&form, MOST_FILES_A_WORD) {
                if !files.contains(&file) {
                    files.push(file);
                }
            }
        }
        let name = |n: usize| manifest.keys.get(n).map(|key| index::word_file_name(key));
        files
            .into_iter()
            .filter_map(name)
            .map(DataFile::SearchWords)
            .collect()
    }

    /// The articles (by number) with every word, best first: those with
    /// more of the words in the headline first, then the newest. `words`
    /// holds the lines of the word files read.
    pub fn rank<'a>(
        &self,
        words: impl Iterator<Item = (&'a str, &'a Postings)> + Clone,
    ) -> Vec<u32> {
        let found: Vec<Postings> = self
            .words
            .iter()
            .map(|forms| {
                let answered = |term: &str| forms.iter().any(|form| answers(term, form));
                words.clone().filter(|(term, _)| answered(term)).fold(
                    Postings::default(),
                    |all, (_, p)| Postings {
                        title: union(&all.title, &p.title),
                        text: union(&all.text, &p.text),
                    },
                )
            })
            .collect();
        let mut every: Option<Vec<u32>> = None;
        for postings in &found {
            let any = union(&postings.title, &postings.text);
            every = Some(match every {
                None => any,
                Some(so_far) => intersect(&so_far, &any),
            });
        }
        let every = every.unwrap_or_default();
        let in_titles = |n: &u32| {
            found
                .iter()
                .filter(|p| p.title.binary_search(n).is_ok())
                .count()
        };
        (0..=found.len())
            .rev()
            .flat_map(|score| every.iter().copied().filter(move |n| in_titles(n) == score))
            .collect()
    }
}

/// The numbers in either ascending list, ascending.
fn union(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        let next = match (a.get(i), b.get(j)) {
            (Some(&x), Some(&y)) if x == y => {
                i += 1;
                j += 1;
                x
            }
            (Some(&x), Some(&y)) if x < y => {
                i += 1;
                x
            }
            (Some(&x), None) => {
                i += 1;
                x
            }
            (_, Some(&y)) => {
                j += 1;
                y
            }
            (None, None) => break,
        };
        out.push(next);
    }
    out
}

/// The numbers in both ascending lists, ascending.
fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    a.iter()
        .copied()
        .filter(|n| b.binary_search(n).is_ok())
        .collect()
}

#[cfg(test)]
mod tests;

//! Searching the archive: what a search answers, read from the index the
//! build makes with Pagefind (one record per article, `xtask/src/search.rs`),
//! and its excerpts made safe to show. Pure: the browser's part is in
//! `crate::browser::search`.

use crate::model::{Date, LanguageTag, Slug};
use serde::Deserialize;

/// How many results a page of results shows, and each "more" adds.
pub const PAGE: usize = 10;

/// What one search found: how many articles, and the first ones.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Answer {
    /// Every article that matched.
    pub total: usize,
    /// The best matches, best first.
    pub hits: Vec<Hit>,
}

/// One article that matched, with the words around the match.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Hit {
    /// The article.
    pub slug: Slug,
    /// Its headline.
    pub title: String,
    /// The language it is written in.
    pub language: LanguageTag,
    /// When it was published.
    pub date: Date,
    /// The words around the match, as Pagefind gives them: text with the
    /// matched words in `<mark>`, the rest escaped.
    pub excerpt: String,
}

/// A run of an excerpt: its text, and whether it is a matched word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// The text, unescaped.
    pub text: String,
    /// True for the words the search matched.
    pub matched: bool,
}

/// An excerpt as runs of plain and matched text. Pagefind escapes the text
/// and adds only `<mark>` and `</mark>`; anything else that looks like a
/// tag stays text, so nothing from the index is ever read as HTML.
pub fn excerpt_runs(excerpt: &str) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    let mut matched = false;
    let mut rest = excerpt;
    while !rest.is_empty() {
        let next = ["<mark>", "</mark>"]
            .iter()
            .filter_map(|tag| rest.find(tag).map(|at| (at, *tag)))
            .min();
        let (text, after) = match next {
            Some((at, tag)) => (&rest[..at], Some((tag, &rest[at + tag.len()..]))),
            None => (rest, None),
        };
        if !text.is_empty() {
            runs.push(Run {
                text: unescape(text),
                matched,
            });
        }
        match after {
            Some((tag, after)) => {
                matched = tag == "<mark>";
                rest = after;
            }
            None => break,
        }
    }
    runs
}

/// The five escapes Pagefind writes, and numeric ones.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let entity = &rest[at..];
        let end = entity.find(';').filter(|&end| end <= 10);
        let decoded = end.and_then(|end| decode_entity(&entity[1..end]));
        match (decoded, end) {
            (Some(c), Some(end)) => {
                out.push(c);
                rest = &entity[end + 1..];
            }
            _ => {
                out.push('&');
                rest = &entity[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn decode_entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code).filter(|c| !c.is_control() || c.is_whitespace())
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

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(excerpt: &str) -> Vec<(String, bool)> {
        excerpt_runs(excerpt)
            .into_iter()
            .map(|r| (r.text, r.matched))
            .collect()
    }

    #[test]
    fn marks_become_runs_and_escapes_text() {
        assert_eq!(
            runs("Ainur <mark>Kurmanov</mark> jailed &amp; fined &lt;b&gt; &#8217;14&#x2019;"),
            [
                ("Ainur ".to_owned(), false),
                ("Kurmanov".to_owned(), true),
                (" jailed & fined <b> ’14’".to_owned(), false),
            ]
        );
        assert_eq!(runs(""), []);
        assert_eq!(runs("<mark></mark>"), []);
    }

    #[test]
    fn nothing_in_an_excerpt_becomes_markup() {
        // Only text comes out: a tag stays its characters, and an escape
        // that would make a control character or is unknown stays as written.
        assert_eq!(
            runs("<script>x</script> &#0; &bogus; &"),
            [("<script>x</script> &#0; &bogus; &".to_owned(), false)]
        );
        assert_eq!(
            runs("<mark>a</mark><mark>b"),
            [("a".to_owned(), true), ("b".to_owned(), true)]
        );
    }

    #[test]
    fn the_words_are_trimmed_or_none() {
        assert_eq!(
            words(Some("  free   Ainur ".into())),
            Some("free Ainur".into())
        );
        assert_eq!(words(Some(" \n ".into())), None);
        assert_eq!(words(None), None);
    }

    #[test]
    fn an_answer_reads_from_the_browsers_json() {
        let answer: Answer = serde_json::from_str(
            r#"{"total": 12, "hits": [{"slug": "a", "title": "T", "language": "ru",
                "date": "2010-04-15", "excerpt": "<mark>x</mark>"}]}"#,
        )
        .unwrap();
        assert_eq!(answer.total, 12);
        assert_eq!(answer.hits[0].language.as_str(), "ru");
    }
}

//! The words around a match, as text runs: nothing from an article is ever
//! read as markup, and the matched words are marked by the view.

use super::terms::{answers, fold, word_spans};

/// Words an excerpt shows.
const WORDS: usize = 24;
/// Of those, how many come before the first match.
const BEFORE: usize = 8;

/// A run of an excerpt: its text, and whether it is a matched word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// The text, as written.
    pub text: String,
    /// True for the words the search matched.
    pub matched: bool,
}

/// The words around the first match of `words` (folded) in `blocks`, with
/// every matched word in the window marked; the start of the first block
/// when none matches (the match was in the headline). An ellipsis shows
/// where the block goes on.
pub fn excerpt(blocks: &[String], words: &[String]) -> Vec<Run> {
    let matched = |word: &str| {
        let folded = fold(word);
        words.iter().any(|w| answers(&folded, w))
    };
    let found = blocks.iter().find_map(|block| {
        let spans = word_spans(block);
        let at = spans.iter().position(|&(a, b)| matched(&block[a..b]))?;
        Some((block, spans, at))
    });
    let Some((block, spans, at)) =
        found.or_else(|| blocks.first().map(|block| (block, word_spans(block), 0)))
    else {
        return Vec::new();
    };
    let first = at.saturating_sub(BEFORE);
    let last = (first + WORDS).min(spans.len());
    let mut runs: Vec<Run> = Vec::new();
    let mut push = |text: &str, matched: bool| match runs.last_mut() {
        Some(run) if run.matched == matched => run.text.push_str(text),
        _ if text.is_empty() => {}
        _ => runs.push(Run {
            text: text.to_owned(),
            matched,
        }),
    };
    if first > 0 {
        push("… ", false);
    }
    // The whole block's start when the window starts it, punctuation too.
    let mut after = match first {
        0 => 0,
        _ => spans[first].0,
    };
    for &(a, b) in &spans[first..last] {
        push(&block[after..a], false);
        push(&block[a..b], matched(&block[a..b]));
        after = b;
    }
    if last < spans.len() {
        push(" …", false);
    } else {
        push(&block[after..], false);
    }
    runs
}

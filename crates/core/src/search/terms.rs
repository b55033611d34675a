//! Words as the index knows them: the text split at anything that is not a
//! letter or digit, each word folded so that spellings a reader may type
//! for the same word meet (case, Russian `ё`, Arabic vowel marks and the
//! forms of alif).

use crate::model::lowercase;

/// True for the characters words are made of: letters and digits of any
/// script, told from spaces, punctuation and symbols by their blocks
/// rather than by Unicode's tables, which would cost the app several
/// kilobytes for the same answer on the scripts a news site writes in.
pub fn is_word_char(c: char) -> bool {
    match c {
        '0'..='9' | 'a'..='z' | 'A'..='Z' => true,
        // ASCII's punctuation and controls, Latin-1's symbols, × and ÷.
        '\0'..='\u{BF}' | '×' | '÷' => false,
        // Arabic comma, semicolon, question mark, percent and separators,
        // full stop.
        '\u{60C}' | '\u{61B}' | '\u{61F}' | '\u{66A}'..='\u{66D}' | '\u{6D4}' => false,
        // Spaces, general punctuation, currency, letter-like symbols,
        // arrows, mathematical and technical symbols, boxes, dingbats; CJK
        // punctuation; the byte order mark.
        '\u{2000}'..='\u{2BFF}' | '\u{3000}'..='\u{303F}' | '\u{FEFF}' => false,
        c => !c.is_whitespace() && !c.is_control(),
    }
}

/// The folded form of `word`: lower case (`model::lowercase`: Latin,
/// Greek, Cyrillic, Armenian and Georgian), `ё` as `е`, Arabic without its
/// optional vowel marks and tatweel, and `أ`, `إ`, `آ` as `ا`.
pub fn fold(word: &str) -> String {
    word.chars()
        .map(lowercase)
        .filter_map(|c| match c {
            'ё' => Some('е'),
            'أ' | 'إ' | 'آ' => Some('ا'),
            // Fathatan to sukun, superscript alif, tatweel: marks a writer
            // may or may not put.
            '\u{64B}'..='\u{652}' | '\u{670}' | '\u{640}' => None,
            c => Some(c),
        })
        .collect()
}

/// The byte ranges of the words of `text`, in order.
pub fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                spans.push((from, at));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        spans.push((from, text.len()));
    }
    spans
}

/// The folded words of `text`, in order, repeats kept.
pub fn terms(text: &str) -> Vec<String> {
    word_spans(text)
        .into_iter()
        .map(|(from, to)| fold(&text[from..to]))
        .filter(|term| !term.is_empty())
        .collect()
}

/// Shortest word a search matches as the start of longer ones: `прокурор`
/// finds `прокурора`, but `a` does not find every word in `a`.
pub const PREFIX_FROM: usize = 3;

/// True when the indexed `term` answers the searched `word` (both folded):
/// the same word, or for a word of [`PREFIX_FROM`] letters or more, a word
/// that starts with it, so that the other endings of a word are found.
pub fn answers(term: &str, word: &str) -> bool {
    term == word || (word.chars().nth(PREFIX_FROM - 1).is_some() && term.starts_with(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_split_and_folded() {
        assert_eq!(
            terms("Айнур Курманов — «арестован»; Ёлка, ALMATY-2013"),
            ["айнур", "курманов", "арестован", "елка", "almaty", "2013"]
        );
        assert_eq!(terms("  ,.; "), Vec::<String>::new());
        assert_eq!(terms("أَحمد إِلى آخر"), ["احمد", "الى", "اخر"]);
        assert_eq!(terms("Қазақстан"), ["қазақстан"]);
        assert_eq!(
            terms("«Свобода», “freedom” — حرية؟ 50% №5 x×y l’été"),
            [
                "свобода",
                "freedom",
                "حرية",
                "50",
                "5",
                "x",
                "y",
                "l",
                "été"
            ]
        );
    }

    #[test]
    fn spans_cover_each_word_once() {
        let text = "Free Ainur, now!";
        let words: Vec<&str> = word_spans(text).iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(words, ["Free", "Ainur", "now"]);
    }

    #[test]
    fn long_words_match_their_endings() {
        assert!(answers("прокурора", "прокурор"));
        assert!(answers("free", "free"));
        assert!(!answers("freedom", "fr"));
        assert!(answers("freedom", "fre"));
        assert!(!answers("fre", "free"));
    }
}

use super::*;

fn shown(blocks: &[&str], words: &[&str]) -> Vec<(String, bool)> {
    let blocks: Vec<String> = blocks.iter().map(|b| b.to_string()).collect();
    excerpt(&blocks, &folded(words))
        .into_iter()
        .map(|run| (run.text, run.matched))
        .collect()
}

fn plain(text: &str) -> (String, bool) {
    (text.to_owned(), false)
}

fn mark(text: &str) -> (String, bool) {
    (text.to_owned(), true)
}

#[test]
fn the_first_matching_block_is_shown_with_its_matches_marked() {
    assert_eq!(
        shown(&["Nothing here.", "Free Ainur: free him now!"], &["free"]),
        [
            mark("Free"),
            plain(" Ainur: "),
            mark("free"),
            plain(" him now!")
        ]
    );
    // The match starts a longer word; case and ё are folded.
    assert_eq!(
        shown(
            &["Прокурора просят: Ёлкин свободен."],
            &["прокурор", "елкин"]
        ),
        [
            mark("Прокурора"),
            plain(" просят: "),
            mark("Ёлкин"),
            plain(" свободен.")
        ]
    );
}

#[test]
fn a_long_block_is_cut_around_the_match() {
    let words: Vec<String> = (0..60).map(|n| format!("w{n}")).collect();
    let block = words.join(" ");
    let runs = shown(&[&block], &["w30"]);
    assert_eq!(runs[0], plain("… w22 w23 w24 w25 w26 w27 w28 w29 "));
    assert_eq!(runs[1], mark("w30"));
    assert_eq!(runs[2].0.split_whitespace().last(), Some("…"));
    let shown_words = runs.iter().flat_map(|r| r.0.split_whitespace()).count();
    assert_eq!(shown_words, 24 + 2);
}

#[test]
fn without_a_match_the_first_block_starts_it() {
    assert_eq!(
        shown(&["The standfirst.", "More."], &["headline"]),
        [plain("The standfirst.")]
    );
    assert!(shown(&[], &["x"]).is_empty());
}

#[test]
fn markup_in_the_text_stays_text() {
    assert_eq!(
        shown(&["<script>alert(1)</script> free"], &["free"]),
        [plain("<script>alert(1)</script> "), mark("free")]
    );
}

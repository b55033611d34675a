use super::index::IndexWriter;
use super::*;

mod excerpts;
mod index_files;

fn folded(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| fold(w)).collect()
}

/// An index of `articles` (headline, text), newest first, read back whole.
fn indexed(articles: &[(&str, &str)]) -> (Manifest, Vec<(String, String)>) {
    let mut writer = IndexWriter::default();
    for (n, (title, text)) in articles.iter().enumerate() {
        writer.add(&format!("a{n}"), &terms(title), &terms(text));
    }
    let files = writer.files(60);
    (Manifest::parse(&files.manifest).unwrap(), files.words)
}

fn search(articles: &[(&str, &str)], text: &str) -> Vec<u32> {
    let (manifest, files) = indexed(articles);
    let query = Query::new(text).unwrap();
    let read: Vec<Vec<(&str, Postings)>> = query
        .files(&manifest)
        .into_iter()
        .map(|file| {
            let (_, text) = (files.iter())
                .find(|(name, _)| DataFile::SearchWords(name.clone()) == file)
                .unwrap();
            super::index::parse_words(text).unwrap()
        })
        .collect();
    query.rank(read.iter().flatten().map(|(w, p)| (*w, p)))
}

const ARCHIVE: [(&str, &str); 5] = [
    ("Ainur Kurmanov freed", "The court in Almaty let him go."),
    ("Strike in Zhanaozen", "Oil workers and Kurmanov's union."),
    (
        "Курманов арестован",
        "Прокурора Алматы просят освободить Айнура.",
    ),
    ("Almaty court", "Ainur Kurmanov was jailed in Almaty."),
    ("Unrelated", "Nothing of the kind here."),
];

#[test]
fn every_word_must_match_and_headlines_rank_first() {
    assert_eq!(search(&ARCHIVE, "Kurmanov"), [0, 1, 3]);
    assert_eq!(search(&ARCHIVE, "almaty court"), [3, 0]);
    assert_eq!(search(&ARCHIVE, "ainur almaty"), [0, 3]);
    assert!(search(&ARCHIVE, "kurmanov nowhere").is_empty());
}

#[test]
fn word_endings_and_case_are_found() {
    // Курманов finds Курманов, and Kurmanov in Latin letters; прокурор
    // finds прокурора; Айнур finds Айнура.
    assert_eq!(search(&ARCHIVE, "КУРМАНОВ"), [0, 2, 1, 3]);
    assert_eq!(search(&ARCHIVE, "прокурор айнур"), [2]);
    // Forms the archive never writes find the ones it does.
    assert_eq!(search(&ARCHIVE, "прокуроры"), [2]);
    assert_eq!(search(&ARCHIVE, "Курманову арестовали"), [2]);
    assert_eq!(search(&ARCHIVE, "striking"), [1]);
    // Short words match only themselves.
    assert!(search(&ARCHIVE, "al").is_empty());
    assert_eq!(search(&ARCHIVE, "in"), [1, 0, 3]);
}

#[test]
fn a_query_keeps_each_word_once() {
    let query = Query::new("Free  free, FREE Ainur").unwrap();
    assert_eq!(query.words, [folded(&["free"]), folded(&["ainur"])]);
    assert_eq!(Query::new(" ,;- "), None);
    let many = Query::new("a b c d e f g h i j k").unwrap();
    assert_eq!(many.words.len(), MOST_WORDS);
}

#[test]
fn unions_and_intersections_of_sorted_lists() {
    assert_eq!(union(&[1, 3, 5], &[2, 3, 9]), [1, 2, 3, 5, 9]);
    assert_eq!(union(&[], &[4]), [4]);
    assert_eq!(intersect(&[1, 3, 5, 7], &[3, 4, 7]), [3, 7]);
}

#[test]
fn a_hit_reads_the_article() {
    let article: crate::model::Article =
        serde_json::from_str(include_str!("../../../../../tests/fixtures/article.json")).unwrap();
    let query = Query::new("sentenced").unwrap();
    let hit = Hit::new(&article, &query);
    assert_eq!(hit.title, article.title);
    assert!(hit.excerpt.iter().any(|run| run.matched));
}

use super::*;
use crate::search::index::{
    ARTICLES_PER_FILE, KEY_CHARS, WORD_CHARS, parse_words, slug_files, slugs, word_file_name,
};

#[test]
fn the_files_read_back_as_written() {
    let mut writer = IndexWriter::default();
    writer.add(
        "first",
        &folded(&["free", "ainur"]),
        &folded(&["free", "him", "now"]),
    );
    writer.add("second", &folded(&["strike"]), &folded(&["free", "ainur"]));
    let files = writer.files(1_000);
    assert_eq!(files.manifest, "tocsin-search 1 2\n\n");
    assert_eq!(files.articles, ["first\nsecond\n"]);
    let words = parse_words(&files.words[0].1).unwrap();
    let free = words.iter().find(|(w, _)| *w == "free").unwrap();
    assert_eq!(free.1.title, [0]);
    assert_eq!(free.1.text, [1]);
}

#[test]
fn steps_keep_large_numbers() {
    let mut writer = IndexWriter::default();
    for n in 0..1_200 {
        let text = if n % 7 == 0 { "seven" } else { "other" };
        writer.add(&format!("a{n}"), &[], &folded(&[text]));
    }
    let files = writer.files(100_000);
    assert_eq!(files.articles.len(), 1_200usize.div_ceil(ARTICLES_PER_FILE));
    let words = parse_words(&files.words[0].1).unwrap();
    let seven = words.iter().find(|(w, _)| *w == "seven").unwrap();
    assert_eq!(seven.1.text, (0..1_200).step_by(7).collect::<Vec<u32>>());
    // The results shown name the slug files to read, each once, and their
    // slugs are read from those files' texts.
    let shown = [1_001, 7, 1_199];
    let paths: Vec<String> = slug_files(&shown).iter().map(DataFile::path).collect();
    assert_eq!(paths, ["search/articles/1.txt", "search/articles/0.txt"]);
    let texts = [&files.articles[1], &files.articles[0]];
    let read: Vec<String> = slugs(&shown, &texts)
        .unwrap()
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(read, ["a1001", "a7", "a1199"]);
    assert_eq!(slugs(&shown, &texts[..1]), None);
}

#[test]
fn big_indexes_are_cut_by_word_starts_and_every_word_is_found() {
    let vocabulary: Vec<String> = (0..3_000)
        .map(|n| {
            format!(
                "{}{}{n}",
                ['к', 'a', 'ب'][n % 3],
                ['o', 'у', 'e', 'z'][n % 4]
            )
        })
        .collect();
    let mut writer = IndexWriter::default();
    for (n, word) in vocabulary.iter().enumerate() {
        writer.add(&format!("a{n}"), &[], &[word.clone(), "common".into()]);
    }
    let files = writer.files(2_000);
    let manifest = Manifest::parse(&files.manifest).unwrap();
    assert!(files.words.len() > 20, "{} files", files.words.len());
    assert!(
        files
            .words
            .iter()
            .all(|(_, f)| f.len() <= 2_000 || f.lines().count() == 1)
    );
    for (n, word) in vocabulary.iter().enumerate().step_by(37) {
        let found: Vec<u32> = manifest
            .files_for(word, 0)
            .iter()
            .flat_map(|&f| parse_words(&files.words[f].1).unwrap())
            .filter(|(w, _)| w == word)
            .flat_map(|(_, p)| p.text)
            .collect();
        assert_eq!(found, [n as u32], "{word}");
    }
    // A word start finds the files of the words it begins.
    let start = manifest.files_for("кo", 1_000);
    assert!(start.len() > 1);
}

#[test]
fn words_sharing_a_long_start_make_short_file_names_and_overlong_words_are_left_out() {
    // 130 words sharing a 60-letter start, in a letter of two bytes, and 130
    // sharing a 130-letter start, too long to be words.
    let words = |letters: usize| -> Vec<String> {
        let start = "ж".repeat(letters);
        (0..130).map(|n| format!("{start}{n:03}")).collect()
    };
    let (shared, overlong) = (words(WORD_CHARS - 4), words(130));
    let mut writer = IndexWriter::default();
    for (n, (word, other)) in shared.iter().zip(&overlong).enumerate() {
        writer.add(
            &format!("a{n}"),
            &[],
            &[word.clone(), other.clone(), "free".into()],
        );
    }
    let files = writer.files(500);
    assert!(files.words.len() > 1, "{} files", files.words.len());
    for (name, _) in &files.words {
        assert!(
            name.len() <= 4 * 2 * KEY_CHARS,
            "a name of {} characters",
            name.len()
        );
    }
    let manifest = Manifest::parse(&files.manifest).unwrap();
    let holds = |word: &str| {
        (manifest.files_for(word, 0).iter())
            .flat_map(|&f| parse_words(&files.words[f].1).unwrap())
            .any(|(w, _)| w == word)
    };
    assert!(shared.iter().all(|word| holds(word)) && holds("free"));
    assert!(!overlong.iter().any(|word| holds(word)));
}

#[test]
fn damaged_files_are_refused() {
    assert_eq!(Manifest::parse("<!doctype html>"), None);
    assert_eq!(Manifest::parse("tocsin-search 1 x\n"), None);
    assert_eq!(Manifest::parse("tocsin-search 1 3\nb\na\n"), None);
    assert!(parse_words("free\t1,x\t").is_none());
    assert!(parse_words("free\t1").is_none());
    assert!(parse_words("free\t4294967295,1\t").is_none());
    assert_eq!(parse_words("").unwrap(), []);
}

#[test]
fn word_files_are_named_by_their_keys() {
    assert_eq!(word_file_name(""), "root");
    assert_eq!(word_file_name("ab"), "6162");
    assert_eq!(word_file_name("ка"), "d0bad0b0");
    let mut writer = IndexWriter::default();
    for n in 0..400 {
        writer.add(&format!("a{n}"), &[], &folded(&[&format!("w{n}")]));
    }
    let files = writer.files(500);
    let manifest = Manifest::parse(&files.manifest).unwrap();
    let names: Vec<String> = manifest.keys.iter().map(|k| word_file_name(k)).collect();
    let written: Vec<String> = files.words.iter().map(|(name, _)| name.clone()).collect();
    assert_eq!(names, written);
}

use super::*;
use std::path::Path;

/// Every catalog in `public/i18n`, with its tag.
fn catalogs() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/i18n");
    let mut all: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .map(|path| {
            let tag = path.file_stem().unwrap().to_string_lossy().into_owned();
            (tag, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    all.sort();
    all
}

#[test]
fn a_catalog_missing_a_key_or_with_a_stray_line_is_reported() {
    let (catalog, problems) = Catalog::parse("@name = X\nnot-a-key = x\nloading\nloading = …\n");
    assert!(!catalog.has(Key::SkipToContent));
    assert!(catalog.has(Key::Loading));
    let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [2, 3]);
    let (_, twice) = Catalog::parse("loading = a\nloading = b\n");
    assert_eq!(twice.len(), 1);
}

#[test]
fn russian_plurals_dates_and_numbers() {
    let ru = catalogs()
        .into_iter()
        .find(|(tag, _)| tag == "ru")
        .unwrap()
        .1;
    let ru = Catalog::parse(&ru).0;
    assert_eq!(ru.plural(Key::ReadingTime, 1, &[]), "1 минута чтения");
    assert_eq!(ru.plural(Key::ReadingTime, 3, &[]), "3 минуты чтения");
    assert_eq!(ru.plural(Key::ReadingTime, 5, &[]), "5 минут чтения");
    assert_eq!(ru.plural(Key::ReadingTime, 21, &[]), "21 минута чтения");
    // "г." never wraps onto a line of its own, and a month inside a heading
    // ("Архив: апрель 2010") is lowercase.
    assert_eq!(ru.date((2010, 4, 15)), "15 апреля 2010\u{a0}г.");
    assert_eq!(ru.month((2010, 4)), "апрель 2010");
    assert_eq!(ru.number(12345), "12\u{a0}345");
    assert_eq!(ru.list(&["А".into(), "Б".into(), "В".into()]), "А, Б и В");
}

#[test]
fn arabic_digits_and_six_plural_forms() {
    let ar = catalogs()
        .into_iter()
        .find(|(tag, _)| tag == "ar")
        .unwrap()
        .1;
    let (catalog, _) = Catalog::parse(&ar);
    assert_eq!(catalog.direction, Direction::Rtl);
    assert_eq!(catalog.number(1234), "١٬٢٣٤");
    assert_eq!(catalog.plurals.categories().len(), 6);
    // Latin names in an Arabic list each keep their own order.
    let names = ["The Procurator".to_owned(), "Embassy <e@x.org>".to_owned()];
    assert_eq!(
        catalog.list(&names),
        "\u{2068}The Procurator\u{2069} و \u{2068}Embassy <e@x.org>\u{2069}"
    );
}

#[test]
fn placeholders_are_filled_and_unknown_ones_stay() {
    assert_eq!(
        fill_in("{a} and {b} {c", &[("a", "1"), ("b", "2")]),
        "1 and 2 {c"
    );
    assert_eq!(fill_in("{x}", &[]), "{x}");
    assert_eq!(placeholders("{b} {a} {b}"), ["a", "b"]);
    let (catalog, _) = Catalog::parse("@group = \\u{a0}\nloading = a\\nb\\\\\n");
    assert_eq!(catalog.number(1000), "1\u{a0}000");
    assert_eq!(catalog.text(Key::Loading), Some("a\nb\\"));
}

#[test]
fn a_language_tag_says_which_way_its_text_runs() {
    for (tag, direction) in [
        ("ar", Direction::Rtl),
        ("ar-EG", Direction::Rtl),
        ("he", Direction::Rtl),
        ("ru", Direction::Ltr),
        ("kk", Direction::Ltr),
        ("en-GB", Direction::Ltr),
    ] {
        assert_eq!(Direction::of_language(tag), direction, "{tag}");
    }
}

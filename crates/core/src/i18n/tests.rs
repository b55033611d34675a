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
fn every_catalog_is_complete_and_well_formed() {
    let all = catalogs();
    let tags: Vec<&str> = all.iter().map(|(tag, _)| tag.as_str()).collect();
    assert_eq!(tags, ["ar", "de", "en", "kk", "ru"]);
    let english = english();
    let mut faults = Vec::new();
    for (tag, text) in &all {
        let (catalog, problems) = Catalog::parse(text);
        for problem in problems {
            faults.push(format!("{tag}.txt:{}: {}", problem.line, problem.message));
        }
        // The letter's language picker names languages from a table of its
        // own (letters come in languages the interface may not have).
        let tag_parsed = crate::model::LanguageTag::parse(tag).unwrap();
        if crate::model::language_name(&tag_parsed) != catalog.name {
            faults.push(format!(
                "{tag}.txt: @name differs from model::language_name"
            ));
        }
        for key in Key::ALL {
            let Some(own) = catalog.text(key) else {
                faults.push(format!("{tag}.txt lacks {}", key.name()));
                continue;
            };
            if english.is_plural(key) != catalog.is_plural(key) {
                faults.push(format!(
                    "{tag}.txt: {} is plural in one catalog only",
                    key.name()
                ));
            }
            if english.is_plural(key) {
                let mut forms = catalog.forms(key);
                let mut wanted = catalog.plurals.categories();
                forms.sort_by_key(|c| c.name());
                wanted.sort_by_key(|c| c.name());
                if forms != wanted {
                    faults.push(format!(
                        "{tag}.txt: {} needs the forms {wanted:?}",
                        key.name()
                    ));
                }
            }
            let english = english.text(key).unwrap_or_default();
            if placeholders(own) != placeholders(english) {
                faults.push(format!(
                    "{tag}.txt: {} has {:?}, English {:?}",
                    key.name(),
                    placeholders(own),
                    placeholders(english)
                ));
            }
            let months = [Key::Months, Key::MonthsInDate];
            if months.contains(&key) && own.split('|').count() != 12 {
                faults.push(format!("{tag}.txt: {} needs twelve months", key.name()));
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
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
    assert_eq!(ru.date((2010, 4, 15)), "15 апреля 2010 г.");
    assert_eq!(ru.month((2010, 4)), "Апрель 2010");
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

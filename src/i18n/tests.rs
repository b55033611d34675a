use super::*;
use std::path::Path;

#[test]
fn every_key_is_used_in_the_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut code = String::new();
    let mut dirs = vec![root.join("src"), root.join("crates/core/src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                code += &std::fs::read_to_string(path).unwrap();
            }
        }
    }
    let unused: Vec<&str> = Key::ALL
        .into_iter()
        .filter(|key| !code.contains(&format!("Key::{key:?}")))
        .map(Key::name)
        .collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");
}

#[test]
fn the_page_language_writes_every_sentence() {
    let ru =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("public/i18n/ru.txt"))
            .unwrap();
    use_language("ru", leak(Catalog::parse(&ru).0), true);
    assert_eq!(
        (language(), address_language(), prefix()),
        ("ru", "ru", Some("ru"))
    );
    assert_eq!(t(Key::Search), catalog().t(Key::Search));
    assert_eq!(plural(Key::ReadingTime, 5, &[]), "5 минут чтения");
    assert_eq!(
        date(&Date::parse("2010-04-15").unwrap()),
        "15 апреля 2010\u{a0}г."
    );
    assert_eq!(month(&Month::parse("2010-04").unwrap()), "апрель 2010");
    assert_eq!(number(12345), "12\u{a0}345");
    use_fallback("xx", true);
    assert_eq!(
        (language(), address_language(), prefix(), missed()),
        ("en", "xx", Some("xx"), Some("xx"))
    );
    assert_eq!(t(Key::Search), english().t(Key::Search));
}

//! The desk's catalogs against its code: every key the code names is in
//! each catalog, every key a catalog gives is named, each language fills in
//! what English fills in, and Russian says every rule of the checker.

use super::*;
use std::collections::BTreeSet;

/// Every string literal in the desk's code that could be a key, and those
/// that must be: looked up (`t("…")`, `.get("…")`, `.fill("…"`) or named
/// as a label, a status or what a field wants.
fn named_in_code() -> (BTreeSet<String>, BTreeSet<String>) {
    let (mut named, mut keys) = (BTreeSet::new(), BTreeSet::new());
    let mut folders = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let code = std::fs::read_to_string(&path).unwrap();
                let pieces: Vec<&str> = code.split('"').collect();
                for (i, quoted) in pieces.iter().enumerate().skip(1).step_by(2) {
                    let keyish = quoted.contains('-')
                        && (quoted.chars())
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                    if !keyish {
                        continue;
                    }
                    named.insert((*quoted).to_owned());
                    let call = |c: &&str| pieces[i - 1].ends_with(c);
                    let kind = |k: &&str| quoted.starts_with(k);
                    if ["t(", ".get(", ".fill("].iter().any(call)
                        || ["label-", "status-", "typed-"].iter().any(kind)
                    {
                        keys.insert((*quoted).to_owned());
                    }
                }
            }
        }
    }
    (named, keys)
}

/// The `{names}` a text fills in.
fn holes(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}'))
        .map(|(name, _)| name)
        .collect()
}

/// Every rule of the checker: adding one fails to compile until it is
/// listed here, and then until Russian says it.
fn every_rule() -> Vec<Rule> {
    let (language, country, id) = (String::new(), String::new(), String::new());
    let all = vec![
        Rule::EmptyText,
        Rule::OneLine,
        Rule::NoDemand,
        Rule::NeedsOutcome,
        Rule::NoTarget,
        Rule::NoLetter,
        Rule::SecondLetter {
            language: language.clone(),
        },
        Rule::NoSubject,
        Rule::NeedsGreeting,
        Rule::NoSuchLetter { language },
        Rule::NoCountry,
        Rule::NoAddressWay,
        Rule::CountryTwice { country },
        Rule::NoBlock,
        Rule::NoItem,
        Rule::NoLanguage,
        Rule::SecondAppeal { id },
        Rule::Other,
    ];
    for rule in &all {
        match rule {
            Rule::EmptyText
            | Rule::OneLine
            | Rule::NoDemand
            | Rule::NeedsOutcome
            | Rule::NoTarget
            | Rule::NoLetter
            | Rule::SecondLetter { .. }
            | Rule::NoSubject
            | Rule::NeedsGreeting
            | Rule::NoSuchLetter { .. }
            | Rule::NoCountry
            | Rule::NoAddressWay
            | Rule::CountryTwice { .. }
            | Rule::NoBlock
            | Rule::NoItem
            | Rule::NoLanguage
            | Rule::SecondAppeal { .. }
            | Rule::Other => {}
        }
    }
    all
}

#[test]
fn every_key_the_desk_names_is_in_each_catalog_and_every_key_is_named() {
    let (named, keys) = named_in_code();
    let (english, russian) = (Words::english(), Words::of("ru").unwrap());
    for key in &keys {
        assert!(english.keys().any(|k| k == key), "en has no {key}");
    }
    let rules: BTreeSet<&str> = every_rule().iter().filter_map(Rule::key).collect();
    for words in [english, russian] {
        for key in words.keys().filter(|k| !rules.contains(k)) {
            assert!(
                named.contains(key),
                "{}: {key} is named nowhere in the desk",
                words.tag
            );
        }
    }
    let english_keys: BTreeSet<&str> = english.keys().collect();
    let russian_keys: BTreeSet<&str> = russian.keys().filter(|k| !rules.contains(k)).collect();
    assert_eq!(
        english_keys, russian_keys,
        "English and Russian give different keys"
    );
    for key in &english_keys {
        assert!(!russian.get(key).is_empty(), "ru {key} is blank");
        // A translation fills in what English does, except where English
        // only passes on the checker's words (`typed-…`).
        if !key.starts_with("typed-") {
            assert_eq!(holes(english.get(key)), holes(russian.get(key)), "{key}");
        }
    }
}

#[test]
fn russian_says_every_rule_of_the_checker_with_what_it_names() {
    let russian = Words::of("ru").unwrap();
    for rule in every_rule() {
        let (Some(key), Some(english)) = (rule.key(), rule.english()) else {
            continue;
        };
        let said = russian
            .rule(&rule)
            .unwrap_or_else(|| panic!("ru lacks {key}"));
        assert_eq!(holes(&said), holes(&rule.fill(english)), "{key}");
    }
    assert_eq!(
        Words::english().rule(&Rule::EmptyText),
        None,
        "English comes from the core"
    );
}

//! Turns the English catalog's keys into `i18n::Key`, so that every string
//! the code asks for exists (a misspelt key does not compile) and a key
//! never used fails a test (`src/i18n/tests.rs`); and writes the catalog
//! without its comments and blank lines for the app to compile in, since
//! every byte of it ships to a phone.

use std::fmt::Write as _;

const ENGLISH: &str = "../../public/i18n/en.txt";

fn main() {
    println!("cargo::rerun-if-changed={ENGLISH}");
    let text = std::fs::read_to_string(ENGLISH).expect("public/i18n/en.txt is readable");
    // (name, English text): a plural key's text is its `other` form.
    let mut keys: Vec<(String, String)> = Vec::new();
    let mut compact = String::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        compact.push_str(line);
        compact.push('\n');
        if line.starts_with('@') {
            continue;
        }
        let Some((name, value)) = line.split_once('=') else {
            continue;
        };
        let (name, category) = match name.trim().split_once('.') {
            Some((name, category)) => (name, Some(category)),
            None => (name.trim(), None),
        };
        let value = value.trim().to_owned();
        match keys.iter_mut().find(|(n, _)| n == name) {
            Some((_, text)) if category == Some("other") => *text = value,
            Some(_) => {}
            None => keys.push((name.to_owned(), value)),
        }
    }
    let mut out = String::new();
    out.push_str("/// A string of the interface: a key of every catalog.\n");
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq)]\npub enum Key {\n");
    for (name, english) in &keys {
        let _ = writeln!(out, "    #[doc = {english:?}]\n    {},", camel(name));
    }
    out.push_str("}\n\nimpl Key {\n    /// Every key, in the English catalog's order.\n");
    let _ = writeln!(out, "    pub const ALL: [Key; {}] = [", keys.len());
    for (name, _) in &keys {
        let _ = writeln!(out, "        Key::{},", camel(name));
    }
    out.push_str("    ];\n\n    /// The key as catalogs write it.\n");
    out.push_str("    pub fn name(self) -> &'static str {\n        match self {\n");
    for (name, _) in &keys {
        let _ = writeln!(out, "            Key::{} => {name:?},", camel(name));
    }
    out.push_str("        }\n    }\n}\n");
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{dir}/keys.rs"), out).expect("OUT_DIR is writable");
    std::fs::write(format!("{dir}/en.txt"), compact).expect("OUT_DIR is writable");
}

/// `letter-heading` becomes `LetterHeading`.
fn camel(name: &str) -> String {
    name.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

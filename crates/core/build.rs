//! Turns the English catalog's keys into `i18n::Key`, so that every string
//! the code asks for exists (a misspelt key does not compile) and a key
//! never used fails a test (`src/i18n/tests.rs`); and writes the catalog
//! without its comments and blank lines for the app to compile in, since
//! every byte of it ships to a phone.

use keys::camel;
use std::fmt::Write as _;

#[path = "build/keys.rs"]
mod keys;

const ENGLISH: &str = "../../public/i18n/en.txt";

fn main() {
    println!("cargo::rerun-if-changed={ENGLISH}");
    let text = std::fs::read_to_string(ENGLISH).expect("public/i18n/en.txt is readable");
    // A key becomes a name in the code written below: anything but a plain
    // name stops the build, with the line to change.
    let (keys, compact) = keys::read(&text).unwrap_or_else(|why| panic!("{why}"));
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

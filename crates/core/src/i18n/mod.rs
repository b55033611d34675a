//! The catalogs of the interface. Every string a reader sees is a [`Key`]
//! into a language's catalog (`public/i18n/<tag>.txt`); the keys are those
//! of the English catalog, which is compiled in (the build script turns its
//! keys into [`Key`], so a typo is a compile error) and stands in for any
//! key another catalog lacks.
//!
//! Sentences are written with a [`Catalog`] the caller passes in
//! (`sentences.rs`): which language a page speaks is the app's to know.

mod catalog;
mod plural;
mod sentences;

pub use catalog::{Catalog, Direction, Problem};
pub use plural::{Category, PluralRules};
pub use sentences::{fill_in, placeholders};

use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/keys.rs"));

/// The English catalog's text, the one compiled into the app (without its
/// comments: `build.rs`).
pub const ENGLISH_SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/en.txt"));

/// The English catalog's language tag.
pub const ENGLISH: &str = "en";

/// The English catalog, parsed once.
pub fn english() -> &'static Catalog {
    static ENGLISH_CATALOG: OnceLock<Catalog> = OnceLock::new();
    ENGLISH_CATALOG.get_or_init(|| Catalog::parse(ENGLISH_SOURCE).0)
}

#[cfg(test)]
mod tests;

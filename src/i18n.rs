//! The page's language. A page keeps its language while it is open (a link
//! to another language loads that page afresh), so its catalog is a plain
//! per-thread value, set once before the app mounts (`crate::boot`, or the
//! pre-renderer for each page), not reactive state. The words themselves
//! come from the core's catalogs (`tocsin_core::i18n`); the functions here
//! write them in the page's language.

pub use tocsin_core::i18n::{
    Catalog, Category, Direction, ENGLISH, ENGLISH_SOURCE, Key, PluralRules, Problem, english,
    fill_in, placeholders,
};

use crate::model::{Date, Month};
use std::cell::Cell;

/// The language a page is in.
#[derive(Debug, Clone, Copy)]
struct PageLanguage {
    tag: &'static str,
    catalog: &'static Catalog,
    /// The segment the page's addresses carry: the tag, in every language
    /// but the site's first.
    prefix: Option<&'static str>,
    /// The language the page's address asked for when its catalog could not
    /// be loaded, so the page speaks English instead.
    missed: Option<&'static str>,
}

thread_local! {
    static CURRENT: Cell<Option<PageLanguage>> = const { Cell::new(None) };
}

/// Keeps `catalog` for as long as the program runs: a page keeps its
/// language while it is open, and pre-rendering reads each catalog once.
pub fn leak(catalog: Catalog) -> &'static Catalog {
    Box::leak(Box::new(catalog))
}

/// Makes `tag`, with its `catalog`, the language of every lookup on this
/// thread from now on; `prefixed` when the page's addresses carry the tag
/// (`/ru/articles/x`), as they do for every language but the site's first.
pub fn use_language(tag: &str, catalog: &'static Catalog, prefixed: bool) {
    let tag = keep(tag);
    let page = PageLanguage {
        tag,
        catalog,
        prefix: prefixed.then_some(tag),
        missed: None,
    };
    CURRENT.with(|current| current.set(Some(page)));
}

/// Makes the page speak English because the catalog of `wanted` could not
/// be loaded; its addresses keep `wanted`'s segment when `prefixed`, so the
/// next page tries again.
pub fn use_fallback(wanted: &str, prefixed: bool) {
    let wanted = keep(wanted);
    let page = PageLanguage {
        tag: ENGLISH,
        catalog: english(),
        prefix: prefixed.then_some(wanted),
        missed: Some(wanted),
    };
    CURRENT.with(|current| current.set(Some(page)));
}

/// The language whose catalog could not be loaded, when the page speaks
/// English for want of it.
pub fn missed() -> Option<&'static str> {
    CURRENT.with(Cell::get).and_then(|page| page.missed)
}

fn keep(tag: &str) -> &'static str {
    Box::leak(tag.to_owned().into_boxed_str())
}

/// The catalog in use: the page language's, or English.
pub fn catalog() -> &'static Catalog {
    CURRENT
        .with(Cell::get)
        .map_or_else(english, |page| page.catalog)
}

/// The page language's tag, such as `ru`.
pub fn language() -> &'static str {
    CURRENT.with(Cell::get).map_or(ENGLISH, |page| page.tag)
}

/// The language the page's address names (its segment, or the site's
/// first language), even when the page speaks English for want of its
/// catalog.
pub fn address_language() -> &'static str {
    CURRENT.with(Cell::get).map_or(ENGLISH, |page| {
        page.missed.or(page.prefix).unwrap_or(page.tag)
    })
}

/// The segment the page's addresses carry (`ru` in `/ru/articles/x`);
/// `None` in the site's first language.
pub fn prefix() -> Option<&'static str> {
    CURRENT.with(Cell::get).and_then(|page| page.prefix)
}

/// The text of `key` in the page's language.
pub fn t(key: Key) -> &'static str {
    catalog().t(key)
}

/// The text of `key` with its `{name}` placeholders filled from `values`.
pub fn fill(key: Key, values: &[(&str, &str)]) -> String {
    catalog().fill(key, values)
}

/// The form of the plural key `key` for `n` in the page's language, with
/// `{n}` in its digits: "1 минута", "5 минут".
pub fn plural(key: Key, n: u64, values: &[(&str, &str)]) -> String {
    catalog().plural(key, n, values)
}

/// `items` as one list of the page's language: "A, B and C".
pub fn list(items: &[String]) -> String {
    catalog().list(items)
}

/// A whole number in the page language's digits and grouping.
pub fn number(n: u64) -> String {
    catalog().number(n)
}

/// `date` as the page's language writes it: "15 April 2010", "15 апреля 2010 г.".
pub fn date(date: &Date) -> String {
    catalog().date(date.parts())
}

/// `month` as a heading: "April 2010", "апрель 2010".
pub fn month(month: &Month) -> String {
    catalog().month(month.parts())
}

#[cfg(test)]
mod tests;

//! The interface in the reader's language. Every string a reader sees is a
//! [`Key`] into the page language's catalog (`public/i18n/<tag>.txt`); the
//! keys are those of the English catalog, which is compiled in (the build
//! script turns its keys into [`Key`], so a typo is a compile error) and
//! stands in for any key another catalog lacks. Other catalogs are fetched
//! when a page in their language starts (`crate::boot`).
//!
//! A page's language never changes while it is open (a link to another
//! language loads that page afresh), so the catalog in use is a plain
//! per-thread value, set once before the app mounts, not reactive state.
//! Pure: no DOM, no network.

mod catalog;
mod plural;

pub use catalog::{Catalog, Direction, Problem};
pub use plural::{Category, PluralRules};

use crate::model::{Date, Month};
use std::cell::Cell;

include!(concat!(env!("OUT_DIR"), "/keys.rs"));

/// The English catalog's text, the one compiled into the app (without its
/// comments: `build.rs`).
pub const ENGLISH_SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/en.txt"));

/// The English catalog's language tag.
pub const ENGLISH: &str = "en";

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
    static ENGLISH_CATALOG: &'static Catalog = leak(Catalog::parse(ENGLISH_SOURCE).0);
    static CURRENT: Cell<Option<PageLanguage>> = const { Cell::new(None) };
}

/// The English catalog.
pub fn english() -> &'static Catalog {
    ENGLISH_CATALOG.with(|c| *c)
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
    catalog()
        .text(key)
        .or_else(|| english().text(key))
        .unwrap_or_default()
}

/// The text of `key` with its `{name}` placeholders filled from `values`.
pub fn fill(key: Key, values: &[(&str, &str)]) -> String {
    fill_in(t(key), values)
}

/// The form of the plural key `key` for `n`, with `{n}` written in the
/// language's digits and other placeholders filled from `values`:
/// "1 минута", "5 минут".
pub fn plural(key: Key, n: u64, values: &[(&str, &str)]) -> String {
    let form = catalog()
        .form(key, n)
        .or_else(|| english().form(key, n))
        .unwrap_or_default();
    let number = catalog().number(n);
    let mut all = vec![("n", number.as_str())];
    all.extend_from_slice(values);
    fill_in(form, &all)
}

/// `items` as one list of the page's language: "A, B and C".
pub fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [first, middle @ .., last] => {
            let rest = middle.iter().fold(first.clone(), |rest, next| {
                fill(Key::ListComma, &[("rest", &rest), ("next", next)])
            });
            fill(Key::ListAnd, &[("rest", &rest), ("last", last)])
        }
    }
}

/// A whole number in the page language's digits and grouping.
pub fn number(n: u64) -> String {
    catalog().number(n)
}

/// `date` as the page's language writes it: "15 April 2010", "15 апреля 2010 г.".
pub fn date(date: &Date) -> String {
    let (year, month, day) = date.parts();
    let catalog = catalog();
    fill(
        Key::DatePattern,
        &[
            ("day", &catalog.digits(day.into())),
            ("month", month_name(Key::MonthsInDate, month)),
            ("year", &catalog.digits(year.into())),
        ],
    )
}

/// `month` as a heading: "April 2010", "Апрель 2010".
pub fn month(month: &Month) -> String {
    let (year, number) = month.parts();
    fill(
        Key::MonthPattern,
        &[
            ("month", month_name(Key::Months, number)),
            ("year", &catalog().digits(year.into())),
        ],
    )
}

/// The name of month `number` (1 to 12) from a key listing all twelve,
/// separated by `|`.
fn month_name(key: Key, number: u32) -> &'static str {
    let index = (number as usize).saturating_sub(1);
    t(key).split('|').nth(index).unwrap_or_default().trim()
}

/// `template` with each `{name}` replaced by its value; an unknown name
/// stays as written, so a translator's slip shows rather than vanishes.
pub fn fill_in(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}` placeholders a text uses, for checking translations.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

#[cfg(test)]
mod tests;

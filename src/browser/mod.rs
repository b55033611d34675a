//! The one door to the browser outside `api/` and `boot`: storage,
//! clipboard, Web Share, the reader's language and clock, printing, focus,
//! and what the page says about the site. Each call has a native stand-in
//! (`native.rs`), so the components the pre-renderer runs outside a
//! browser can never reach a browser-only function; a test
//! (`tests/boundaries.rs`) fails on any such call elsewhere in `src/`.

use crate::model::{BasePath, Date};

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(not(target_arch = "wasm32"))]
use native as imp;
#[cfg(target_arch = "wasm32")]
use web as imp;

/// The standard `<meta>` naming the site, written by `cargo xtask build`
/// from `site.json`.
pub const NAME_META: &str = "application-name";

/// The `<meta>` naming the site's languages, first the default, each as
/// `tag:name` (`en:English ru:Русский`), written by `cargo xtask build`
/// from `site.json` and the catalogs.
pub const LANGUAGES_META: &str = "tocsin-languages";

/// One of the site's languages: its tag and its name in itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteLanguage {
    /// The BCP 47 tag, as in addresses: `ru`.
    pub tag: String,
    /// The name readers of it know it by: `Русский`.
    pub name: String,
}

/// The site's languages as the page names them, the default first; English
/// alone where the page names none (as under `trunk serve`).
pub fn site_languages() -> Vec<SiteLanguage> {
    let named = imp::meta(LANGUAGES_META).unwrap_or_default();
    let languages: Vec<SiteLanguage> = named
        .split_whitespace()
        .filter_map(|pair| pair.split_once(':'))
        .map(|(tag, name)| SiteLanguage {
            tag: tag.to_owned(),
            name: name.to_owned(),
        })
        .collect();
    match languages.is_empty() {
        true => vec![SiteLanguage {
            tag: crate::i18n::ENGLISH.to_owned(),
            name: "English".to_owned(),
        }],
        false => languages,
    }
}

/// The browser's user agent string; empty outside a browser.
pub fn user_agent() -> String {
    imp::user_agent()
}

/// The page's path, such as `/ru/articles/x`; `/` outside a browser.
pub fn path() -> String {
    imp::path()
}

/// Sets the document's title and, when given, its description `<meta>`,
/// as a page the app shows inside the tab asks.
pub fn set_head(title: &str, description: Option<&str>) {
    imp::set_head(title, description);
}

/// Writes the page language's tag and direction on the document, for a
/// page the app builds from the bare shell.
pub fn mark_language(tag: &str, direction: &str) {
    imp::mark_language(tag, direction);
}

/// Where the site lives on its host, as the page says; the root when it
/// says nothing usable. Read once: the page does not change its base.
pub fn site_base() -> BasePath {
    thread_local! {
        static BASE: BasePath = imp::meta(crate::takeover::BASE_META)
            .and_then(|content| BasePath::parse(&content))
            .unwrap_or_default();
    }
    BASE.with(Clone::clone)
}

/// The site's name, as the page says (the title it started with, where no
/// `<meta>` names it, as under `trunk serve`). Read once, before the app
/// sets titles of its own.
pub fn site_name() -> String {
    thread_local! {
        static NAME: String = imp::meta(NAME_META).or_else(imp::title).unwrap_or_default();
    }
    NAME.with(Clone::clone)
}

/// `https://host[:port]`, the page's origin; empty outside a browser.
pub fn origin() -> String {
    imp::origin()
}

/// The site's absolute address with its base path, for share links.
pub fn site_root() -> String {
    origin() + site_base().as_str()
}

/// The reader's preferred language (a BCP 47 tag), if the browser says.
pub fn language() -> Option<String> {
    imp::language()
}

/// Today's date where the reader is, from the clock and time zone; behind
/// a page rendered ahead of time, the day it was rendered for, so that the
/// app takes it over with the same deadlines passed and nothing moves
/// (`takeover::RENDERED_DAY`).
pub fn today() -> Option<Date> {
    imp::rendered_day().or_else(imp::today)
}

/// Now, as an RFC 5322 mail date (`Thu, 15 Apr 2010 10:00:00 GMT`).
pub fn mail_date() -> String {
    imp::mail_date()
}

/// A random number in `[0, 1)`; 0 outside a browser.
pub fn random() -> f64 {
    imp::random()
}

/// Where a value is kept on the device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Store {
    /// Until the reader clears it (`localStorage`).
    Device,
    /// For this tab (`sessionStorage`).
    Tab,
}

/// The value under `key` in `store`; `None` when absent, or when storage is
/// refused (private modes, a page outside a browser).
pub fn load(store: Store, key: &str) -> Option<String> {
    imp::load(store, key)
}

/// Keeps `value` under `key` in `store`; false when storage refused.
pub fn save(store: Store, key: &str, value: &str) -> bool {
    imp::save(store, key, value)
}

/// Removes `key` from `store`; a key that is not there is no error.
pub fn remove(store: Store, key: &str) {
    imp::remove(store, key);
}

/// Every key in `store` (of every site on this origin); none when storage
/// is refused.
pub fn keys(store: Store) -> Vec<String> {
    imp::keys(store)
}

/// Copies `text` to the clipboard; true when it worked.
pub async fn copy(text: &str) -> bool {
    imp::copy(text).await
}

/// Whether this browser has the Web Share API.
pub fn can_share() -> bool {
    imp::can_share()
}

/// Opens the system's share sheet; a reader who cancels it is no error.
pub fn share(title: &str, text: &str, url: &str) {
    imp::share(title, text, url);
}

/// Opens the print dialog; a browser may refuse (kiosk mode).
pub fn print() {
    imp::print();
}

/// Moves the focus to the element with `id`, if there is one.
pub fn focus(id: &str) {
    imp::focus(id);
}

/// Moves the focus to the element with `id` on the next frame: for an
/// element of a view being built, which is in the page only then.
pub fn focus_next_frame(id: &str) {
    imp::focus_next_frame(id);
}

//! Tocsin's pure core: what the readers' app, the site builder and the desk
//! share. The content model and its rules (`model`), the JSON reader the app
//! decodes content with (`json`), addresses and the files each page reads
//! (`route`), list pages and titles (`listing`), the composer (`compose`),
//! share links (`share`), search's reading side (`search`), the catalogs
//! with their plural rules (`i18n`), the rules content must follow beyond
//! its types (`validate`) and text hygiene for mail (`mail_text`).
//!
//! Nothing here touches a browser or the network, and nothing reads the
//! page's language from shared state: a function that writes words for a
//! reader takes the catalog to write them in.

pub mod compose;
pub mod i18n;
pub mod json;
pub mod listing;
pub mod mail_text;
pub mod model;
pub mod route;
pub mod search;
pub mod share;
pub mod validate;

// The demo content as published, for the composer's native tests.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod demo;
// The build script's reading of the English catalog, tested here.
#[cfg(test)]
#[path = "../build/keys.rs"]
mod build_keys;

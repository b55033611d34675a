//! Tocsin: read the case, send a protest email from your own mailbox, share the link.
//!
//! The readers' app. Its pure core (the content model, addresses, the
//! composer, search and the catalogs) is the `tocsin-core` crate, re-exported
//! here under the same names; `api` fetches and decodes content; `pages` are
//! the pages; `components` only render.
// Pre-rendering (`prerender`) instantiates deeply nested view types.
#![recursion_limit = "512"]

pub mod api;
pub mod app;
pub mod boot;
pub mod browser;
pub mod components;
pub mod i18n;
pub mod pages;
#[cfg(feature = "prerender")]
pub mod prerender;
pub mod takeover;

pub use tocsin_core::{compose, json, listing, mail_text, model, route, search, share, validate};

//! Tocsin: read the case, send a protest email from your own mailbox, share the link.
//!
//! `model` is pure (no DOM, no network) and tested natively; `api` fetches and
//! decodes content; `routes` are the pages; `components` only render.
// Pre-rendering (`prerender`) instantiates deeply nested view types.
#![recursion_limit = "512"]

pub mod api;
pub mod app;
pub mod boot;
pub mod browser;
pub mod components;
pub mod compose;
pub mod i18n;
pub mod json;
pub mod listing;
pub mod model;
#[cfg(feature = "prerender")]
pub mod prerender;
pub mod route;
pub mod routes;
pub mod search;
pub mod share;

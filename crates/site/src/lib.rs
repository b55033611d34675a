//! Tocsin's site builder: what a newsroom runs on every deploy. The release
//! build (Trunk, then the pre-rendered pages, lists, feeds, sitemap and
//! search index: `build`), the content checker and its schema (`content`)
//! and the WordPress import (`import`). `commands` reads the command line of
//! the `tocsin-site` binary, which `cargo xtask` forwards to.

pub mod build;
pub mod commands;
pub mod content;
pub mod desk;
mod feeds;
mod icon;
pub mod import;
pub mod loader;
mod minify;
mod output;
pub mod prerender;
pub mod project;
#[cfg(test)]
mod scratch;
pub mod style;
pub mod tools;
mod usage;

use std::path::Path;

/// The text of the file at `path`, or a message naming it.
fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

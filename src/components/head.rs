//! The document's title and description, set by every page from
//! `crate::listing`'s one wording of them.

use crate::browser;
use crate::i18n;
use crate::listing::{PageContent, PageHead, page_title};
use crate::route::Route;
use leptos::prelude::*;

/// The site's name, provided once by the app (from the page) or the
/// pre-render (from `site.json`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteName(pub String);

/// The site's name from context; empty when none was provided.
pub fn use_site_name() -> String {
    use_context::<SiteName>().unwrap_or_default().0
}

/// Sets the tab's title and description of `route` showing `content` once
/// the page is in place; the pre-rendered page carries its own.
pub fn page_head(route: &Route, content: PageContent<'_>) {
    let title = page_title(&use_site_name(), route, content, i18n::catalog());
    let description = PageHead::of(route, content, i18n::catalog()).description;
    Effect::new(move || browser::set_head(&title, Some(&description)));
}

//! The `<head>` of a pre-rendered page: title, description, canonical
//! address and the tags link previews read.

use super::{SiteFrame, lead_image};
use crate::components::page_url;
use crate::i18n::{self, Direction};
use crate::listing::{PageContent, PageHead, page_title};
use crate::model::Date;
use crate::route::{DataFile, OgKind, Route, asset_href, catalog_href, language_root};
use crate::takeover::PRERENDERED_TAG;

/// What a page's `<head>` says about it, for search engines and link previews.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageMeta {
    /// The document title, with the site's name.
    pub title: String,
    /// The page's own title, for previews: the site's name on the front page.
    pub own_title: String,
    /// One or two sentences: the meta and Open Graph description.
    pub description: String,
    /// The page's canonical, absolute address.
    pub url: String,
    /// The site's name.
    pub site_name: String,
    /// An article (articles and campaigns) or a website (lists).
    pub kind: OgKind,
    /// When an article was published.
    pub published: Option<Date>,
    /// The absolute address of the page's lead image and its text
    /// alternative, for the preview card.
    pub image: Option<PreviewImage>,
    /// Addresses of the files the app will fetch first, which the page's
    /// loader preloads after the first paint (`takeover::APP_FETCHES`).
    pub app_fetches: Vec<String>,
    /// The page's language: its tag, for `<html lang>`.
    pub language: String,
    /// Which way the language runs, for `<html dir>`.
    pub direction: Direction,
    /// Its language and territory, for `og:locale`.
    pub locale: String,
    /// The same page in each of the site's languages, as (tag, absolute
    /// address), the default first: `hreflang` alternates.
    pub alternates: Vec<(String, String)>,
}

/// The image a link preview shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreviewImage {
    /// Its absolute address.
    pub url: String,
    /// Its text alternative.
    pub alt: String,
}

impl PageMeta {
    /// The head of `route` showing `content` on `site`.
    pub fn new(site: &SiteFrame, route: &Route, content: PageContent<'_>) -> PageMeta {
        let head = PageHead::of(route, content, i18n::catalog());
        let own_title = if head.title.is_empty() {
            site.name.clone()
        } else {
            head.title
        };
        let article = match content {
            PageContent::Article(article) => Some(article),
            _ => None,
        };
        let image = article.and_then(lead_image).map(|(src, alt)| {
            let origin = site
                .root
                .strip_suffix(site.base.as_str())
                .unwrap_or(&site.root);
            PreviewImage {
                url: origin.to_owned() + &asset_href(&site.base, src.as_str()),
                alt: alt.to_owned(),
            }
        });
        PageMeta {
            title: page_title(&site.name, route, content, i18n::catalog()),
            own_title,
            description: head.description,
            url: page_url(route, &site.root),
            site_name: site.name.clone(),
            kind: route.og_kind(),
            published: article.map(|a| a.published.clone()),
            image,
            app_fetches: Vec::new(),
            language: i18n::language().to_owned(),
            direction: i18n::catalog().direction,
            locale: i18n::catalog().locale.clone(),
            alternates: site
                .languages
                .iter()
                .enumerate()
                .map(|(index, language)| {
                    let prefix = (index > 0).then_some(language.tag.as_str());
                    let url = route.url(&language_root(&site.root, prefix));
                    (language.tag.clone(), url)
                })
                .collect(),
        }
    }

    /// The same head, for a page whose app fetches `files` first and, in a
    /// language other than the English compiled in, its catalog.
    pub fn fetching(mut self, site: &SiteFrame, files: &[DataFile]) -> PageMeta {
        self.app_fetches = files.iter().map(|file| file.href(&site.base)).collect();
        if self.language != i18n::ENGLISH {
            self.app_fetches
                .push(catalog_href(&site.base, &self.language));
        }
        self
    }

    /// The tags for the `<head>`: title, description, canonical link, Open
    /// Graph and the X card's kind, every value escaped.
    pub fn head_tags(&self) -> String {
        let mut tags = format!("<title>{}</title>", escape(&self.title));
        let own_title = &self.own_title;
        // `PRERENDERED_TAG` lets the app remove these when it takes over,
        // since its own page metadata then follows the reader around.
        let mut meta = |attr: &str, key: &str, value: &str| {
            tags.push_str(&format!(
                "<meta {attr}=\"{key}\" content=\"{}\" {PRERENDERED_TAG}>",
                escape(value)
            ));
        };
        meta("name", "description", &self.description);
        meta("property", "og:type", self.kind.as_str());
        meta("property", "og:title", own_title);
        meta("property", "og:description", &self.description);
        meta("property", "og:url", &self.url);
        meta("property", "og:site_name", &self.site_name);
        if !self.locale.is_empty() {
            meta("property", "og:locale", &self.locale);
        }
        if let Some(date) = &self.published {
            meta("property", "article:published_time", date.as_str());
        }
        let card = match &self.image {
            Some(image) => {
                meta("property", "og:image", &image.url);
                meta("property", "og:image:alt", &image.alt);
                "summary_large_image"
            }
            None => "summary",
        };
        // X reads the title, description and image from Open Graph where
        // its own tags are missing: only the card's kind is its own.
        meta("name", "twitter:card", card);
        tags.push_str(&format!(
            "<link rel=\"canonical\" href=\"{}\" {PRERENDERED_TAG}>",
            escape(&self.url)
        ));
        // Alternates name the page in every language, itself included, and
        // the site's first language as the default (Google's hreflang rules).
        let first = self
            .alternates
            .first()
            .map(|(_, url)| ("x-default".to_owned(), url.clone()));
        for (tag, url) in self.alternates.iter().cloned().chain(first) {
            tags.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" {PRERENDERED_TAG}>",
                escape(&tag),
                escape(&url)
            ));
        }
        tags
    }
}

/// Text made safe for element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

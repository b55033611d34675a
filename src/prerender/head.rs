//! The `<head>` of a pre-rendered page: title, description, canonical
//! address and the tags link previews read.

use crate::model::Date;

/// What a page's `<head>` says about it, for search engines and link previews.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageMeta {
    /// The page title, without the site name.
    pub title: String,
    /// One or two sentences: the meta and Open Graph description.
    pub description: String,
    /// The page's canonical, absolute address.
    pub url: String,
    /// The site's name.
    pub site_name: String,
    /// `article` for articles and campaigns, `website` for lists.
    pub kind: &'static str,
    /// When an article was published.
    pub published: Option<Date>,
    /// The absolute address of the page's lead image and its text
    /// alternative, for the preview card.
    pub image: Option<(String, String)>,
    /// JSON files the app will fetch first, preloaded by the page.
    pub preload: Vec<String>,
}

impl PageMeta {
    /// The tags for the `<head>`: title, description, canonical link, Open
    /// Graph and Twitter card, and preloads, every value escaped.
    pub fn head_tags(&self) -> String {
        // The front page is the site itself, with no title of its own.
        let title = if self.title.is_empty() {
            self.site_name.clone()
        } else {
            format!("{} · {}", self.title, self.site_name)
        };
        let mut tags = format!("<title>{}</title>", escape(&title));
        let own_title = if self.title.is_empty() {
            &self.site_name
        } else {
            &self.title
        };
        // `data-prerendered` lets the app remove these when it takes over,
        // since its own page metadata then follows the reader around.
        let mut meta = |attr: &str, key: &str, value: &str| {
            tags.push_str(&format!(
                "<meta {attr}=\"{key}\" content=\"{}\" data-prerendered>",
                escape(value)
            ));
        };
        meta("name", "description", &self.description);
        meta("property", "og:type", self.kind);
        meta("property", "og:title", own_title);
        meta("property", "og:description", &self.description);
        meta("property", "og:url", &self.url);
        meta("property", "og:site_name", &self.site_name);
        if let Some(date) = &self.published {
            meta("property", "article:published_time", date.as_str());
        }
        let card = match &self.image {
            Some((url, alt)) => {
                meta("property", "og:image", url);
                meta("property", "og:image:alt", alt);
                "summary_large_image"
            }
            None => "summary",
        };
        meta("name", "twitter:card", card);
        meta("name", "twitter:title", own_title);
        meta("name", "twitter:description", &self.description);
        tags.push_str(&format!(
            "<link rel=\"canonical\" href=\"{}\" data-prerendered>",
            escape(&self.url)
        ));
        for file in &self.preload {
            tags.push_str(&format!(
                "<link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin>",
                escape(file)
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

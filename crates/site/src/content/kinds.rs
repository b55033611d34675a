//! What each file of a content folder is, by its path, and what is wrong
//! with a file that is none of them.

use std::collections::BTreeMap;
use tocsin::model::{IMAGE_EXTENSIONS, is_raster_image, is_slug};

/// Which kind of content a path holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `site.json`.
    Site,
    /// `articles/<slug>.json`.
    Article,
    /// `articles/<slug>.md`.
    MarkdownArticle,
    /// `campaigns/<slug>.json`.
    Campaign,
    /// `directories/<id>.json`.
    Directory,
}

impl Kind {
    /// The kind of the file at `path`, if it is content.
    pub fn of(path: &str) -> Option<Kind> {
        let named = |dir: &str, extension: &str| {
            (path.strip_prefix(dir)?.strip_suffix(extension)).filter(|s| is_slug(s))
        };
        match path {
            "site.json" => Some(Kind::Site),
            _ if named("articles/", ".json").is_some() => Some(Kind::Article),
            _ if named("articles/", ".md").is_some() => Some(Kind::MarkdownArticle),
            _ if named("campaigns/", ".json").is_some() => Some(Kind::Campaign),
            _ if named("directories/", ".json").is_some() => Some(Kind::Directory),
            _ => None,
        }
    }
}

/// What is wrong with the file at `path` in `files`: one that is no
/// content, or an article in Markdown and JSON both.
pub fn unexpected(path: &str, files: &BTreeMap<String, Vec<u8>>) -> Option<String> {
    if let Some(stem) = path
        .strip_prefix("articles/")
        .and_then(|p| p.strip_suffix(".md"))
        && files.contains_key(&format!("articles/{stem}.json"))
    {
        return Some(format!(
            "articles/{stem}.json is the same article: keep one of the two files \
                (cargo xtask content migrate turns JSON articles into Markdown)"
        ));
    }
    if Kind::of(path).is_some() {
        return None;
    }
    let named = ["articles/", "campaigns/", "directories/"]
        .iter()
        .find_map(|dir| {
            let name = path.strip_prefix(dir)?;
            let (stem, extension) = name.rsplit_once('.')?;
            (["json", "md"].contains(&extension) && !stem.contains('/'))
                .then_some((dir, stem, extension))
        });
    if let Some((dir, stem, extension)) = named {
        return Some(format!(
            "the file's name is its address: lowercase Latin letters, digits and hyphens; rename it \
                {dir}{}.{extension}",
            suggested_slug(stem)
        ));
    }
    Some(
        if path == "index.json" || path.starts_with("index/") || path.starts_with("lists/") {
            "the build derives the lists from the articles and campaigns: delete this file (see docs/content.md)"
            .into()
        } else if path.ends_with(".json") || path.ends_with(".md") {
            "unexpected file: content is site.json, articles/<slug>.md, campaigns/<slug>.json and \
            directories/<id>.json"
                .into()
        } else if !is_raster_image(path) {
            let images = IMAGE_EXTENSIONS.map(|e| [".", e].concat()).join(", ");
            format!(
                "this kind of file cannot be published: the data folder holds content and images ({images}, \
                lowercase) only, since any other file could run as a page on the site"
            )
        } else {
            return None;
        },
    )
}

/// A slug for the name `stem`, in Latin letters: `Суд в Алматы` becomes
/// `sud-v-almaty`.
pub fn suggested_slug(stem: &str) -> String {
    let latin = deunicode::deunicode(stem).to_lowercase();
    let words: Vec<&str> = latin
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut slug = words.join("-");
    slug.truncate(80);
    slug.trim_end_matches('-').to_owned()
}

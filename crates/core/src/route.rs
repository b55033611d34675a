//! The map of the site: every page as one [`Route`], and every content file
//! as one [`DataFile`]. An address is written and read back here and nowhere
//! else (the grammar itself is one table, in `address`): internal links, the
//! router's table, the pre-rendered pages and the data their loader fetches,
//! the sitemap, the feed and share links all come from these two types. Pure:
//! no DOM, no network, tested natively.

use crate::model::{Article, BasePath, Month, Slug};

mod address;
mod examples;
mod language;

pub use address::{ADDRESSES, PageKind};
pub use language::{
    address_language, catalog_file, catalog_href, language_base, language_root, rebase,
};

/// One page of the site.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Route {
    /// `/` and `/page/<n>`: the active urgent actions and the latest articles.
    Home {
        /// The page of the latest articles, from 1.
        page: usize,
    },
    /// `/articles/<slug>`: the reading view.
    Article {
        /// The article's slug.
        slug: Slug,
    },
    /// `/campaigns`: every campaign.
    Campaigns,
    /// `/campaigns/<slug>`: the case and the composer.
    Campaign {
        /// The campaign's slug.
        slug: Slug,
    },
    /// `/campaigns/<slug>/flyer`: a printable flyer of a share link.
    Flyer {
        /// The campaign's slug.
        slug: Slug,
    },
    /// `/archive/<year>/<month>` and `/archive/<year>/<month>/page/<n>`:
    /// one month's articles.
    Month {
        /// The month.
        month: Month,
        /// The page of its articles, from 1.
        page: usize,
    },
    /// `/tags/<tag>` and `/tags/<tag>/page/<n>`: the articles with a tag.
    Tag {
        /// The tag.
        tag: Slug,
        /// The page of its articles, from 1.
        page: usize,
    },
    /// `/search`, with the words in its query (`/search?q=…`): the archive
    /// searched in the browser (`crate::search`).
    Search,
    /// Any address that names no page; the bare app, `/404.html`, shows it.
    NotFound,
}

/// What a page is, for Open Graph's `og:type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OgKind {
    /// A list or the site itself.
    Website,
    /// An article or a campaign: a piece of writing of its own.
    Article,
}

impl OgKind {
    /// The `og:type` value.
    pub fn as_str(self) -> &'static str {
        match self {
            OgKind::Website => "website",
            OgKind::Article => "article",
        }
    }
}

/// One content file under the data folder.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DataFile {
    /// `site.json`: the site's name, languages and appeals.
    Site,
    /// A list page's one file, which the build derives from the articles
    /// and campaigns (`cargo xtask content publish`).
    List(ListOf),
    /// `articles/<slug>.json`.
    Article(Slug),
    /// `campaigns/<slug>.json`.
    Campaign(Slug),
    /// `directories/<id>.json`: a shared directory of addresses, which the
    /// build also writes into each campaign that names it.
    Directory(Slug),
    /// `search/index.txt`: the search index's list of word files
    /// (`crate::search::index`).
    SearchIndex,
    /// `search/words/<name>.txt`: one of the search index's word files.
    SearchWords(String),
    /// `search/articles/<n>.txt`: the slugs of the search index's articles,
    /// the `n`th file of them.
    SearchArticles(usize),
}

impl DataFile {
    /// The file's path relative to the data folder, such as `site.json`.
    pub fn path(&self) -> String {
        let page = |n: &usize| n.to_string();
        match self {
            DataFile::Site => "site.json".to_owned(),
            DataFile::List(ListOf::Front { page: n }) => {
                [LISTS, "front/", &page(n), ".json"].concat()
            }
            DataFile::List(ListOf::Campaigns) => [LISTS, "campaigns.json"].concat(),
            DataFile::List(ListOf::Month { month, page: n }) => {
                [LISTS, "archive/", month.as_str(), "/", &page(n), ".json"].concat()
            }
            DataFile::List(ListOf::Tag { tag, page: n }) => {
                [LISTS, "tags/", tag.as_str(), "/", &page(n), ".json"].concat()
            }
            DataFile::Article(slug) => ["articles/", slug.as_str(), ".json"].concat(),
            DataFile::Campaign(slug) => ["campaigns/", slug.as_str(), ".json"].concat(),
            DataFile::Directory(id) => ["directories/", id.as_str(), ".json"].concat(),
            DataFile::SearchIndex => [SEARCH_INDEX, "index.txt"].concat(),
            DataFile::SearchWords(name) => [SEARCH_INDEX, "words/", name, ".txt"].concat(),
            DataFile::SearchArticles(n) => [SEARCH_INDEX, "articles/", &page(n), ".txt"].concat(),
        }
    }

    /// The file of the campaign `article` calls its readers to, which its
    /// page reads once it has the article.
    pub fn campaign_of(article: &Article) -> Option<DataFile> {
        article.campaign.clone().map(DataFile::Campaign)
    }

    /// The file's address on the site, under `base`: `/tocsin/data/site.json`.
    pub fn href(&self, base: &BasePath) -> String {
        asset_href(base, &self.path())
    }
}

/// Which list a derived list file holds, and which page of it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListOf {
    /// `lists/front/<n>.json`: the front page's page `n`.
    Front {
        /// The page, from 1.
        page: usize,
    },
    /// `lists/campaigns.json`: every campaign.
    Campaigns,
    /// `lists/archive/<YYYY-MM>/<n>.json`: page `n` of one month's articles.
    Month {
        /// The month.
        month: Month,
        /// The page, from 1.
        page: usize,
    },
    /// `lists/tags/<tag>/<n>.json`: page `n` of the articles with a tag.
    Tag {
        /// The tag.
        tag: Slug,
        /// The page, from 1.
        page: usize,
    },
}

impl ListOf {
    /// The page that shows this list.
    pub fn route(&self) -> Route {
        match self.clone() {
            ListOf::Front { page } => Route::Home { page },
            ListOf::Campaigns => Route::Campaigns,
            ListOf::Month { month, page } => Route::Month { month, page },
            ListOf::Tag { tag, page } => Route::Tag { tag, page },
        }
    }
}

/// The field of the search form, and of the search page's fragment: `#q=`.
pub const SEARCH_FIELD: &str = "q";

/// The search page for `words`, under `base` (a language's base):
/// `/search#q=free%20Ainur`. The words go in the fragment, which no request
/// carries: the host never sees what a reader searched for.
pub fn search_href(base: &BasePath, words: &str) -> String {
    let words = percent_encoding::utf8_percent_encode(words, percent_encoding::NON_ALPHANUMERIC);
    [
        Route::Search.href(base),
        "#".into(),
        SEARCH_FIELD.into(),
        "=".into(),
        words.to_string(),
    ]
    .concat()
}

/// The words a search page's fragment (`#q=free%20Ainur`, with or without
/// its `#`) asks for, decoded; `None` when it asks for none. Bytes that do
/// not decode to text become U+FFFD.
pub fn fragment_words(fragment: &str) -> Option<String> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let encoded = fragment
        .split('&')
        .find_map(|pair| pair.strip_prefix(SEARCH_FIELD)?.strip_prefix('='))?;
    Some(
        percent_encoding::percent_decode_str(encoded)
            .decode_utf8_lossy()
            .into_owned(),
    )
}

/// The folder of the search index in the data folder, which the build
/// writes (`cargo xtask build`).
pub const SEARCH_INDEX: &str = "search/";

/// The folder of the derived list files, in the data folder.
pub const LISTS: &str = "lists/";

/// The folder of the data folder where `cargo xtask import wordpress` puts
/// the images of the old site's `wp-content/uploads/`.
pub const UPLOADS: &str = "uploads/";

/// The data folder's path on the site, below the base path.
const DATA: &str = "/data";

/// The path of a file of the site's own, such as an image, relative to the
/// data folder, as an address under `base`.
pub fn asset_href(base: &BasePath, asset: &str) -> String {
    base.href(&format!("{DATA}/{asset}"))
}

/// A file at the site's root that the build writes (`feed.xml`, the
/// loader), as an address under `base`.
pub fn root_file_href(base: &BasePath, name: &str) -> String {
    base.href(&format!("/{name}"))
}

/// The file name of part `n` (from 1) of a sitemap too big for one file:
/// `sitemap-2.xml`, at the site's root beside the index `sitemap.xml`.
pub fn sitemap_part(n: usize) -> String {
    format!("sitemap-{n}.xml")
}

/// A file at the site's root as an absolute address; `site_root` as for
/// [`Route::url`].
pub fn root_file_url(site_root: &str, name: &str) -> String {
    format!("{site_root}/{name}")
}

impl Route {
    /// The front page.
    pub const HOME: Route = Route::Home { page: 1 };

    /// The address under `base`, for a link: `/tocsin/articles/x`.
    pub fn href(&self, base: &BasePath) -> String {
        base.href(&self.path())
    }

    /// The absolute address, for sharing, canonical links, the sitemap and
    /// the feed; `site_root` is the site's address with its base path and no
    /// trailing slash, such as `https://example.org/tocsin`.
    pub fn url(&self, site_root: &str) -> String {
        format!("{site_root}{}", self.path())
    }

    /// The same list at another page; other routes have one page.
    pub fn at_page(&self, page: usize) -> Route {
        match self {
            Route::Home { .. } => Route::Home { page },
            Route::Tag { tag, .. } => Route::Tag {
                tag: tag.clone(),
                page,
            },
            Route::Month { month, .. } => Route::Month {
                month: month.clone(),
                page,
            },
            other => other.clone(),
        }
    }

    /// The list file of a list page; `None` for any other page.
    pub fn list(&self) -> Option<ListOf> {
        Some(match self.clone() {
            Route::Home { page } => ListOf::Front { page },
            Route::Campaigns => ListOf::Campaigns,
            Route::Month { month, page } => ListOf::Month { month, page },
            Route::Tag { tag, page } => ListOf::Tag { tag, page },
            _ => return None,
        })
    }

    /// The page's own content file: a list page's list file, an article's
    /// or a campaign's file (a flyer's too); `None` for a page without one.
    pub fn content_file(&self) -> Option<DataFile> {
        if let Some(list) = self.list() {
            return Some(DataFile::List(list));
        }
        match self {
            Route::Article { slug } => Some(DataFile::Article(slug.clone())),
            Route::Campaign { slug } | Route::Flyer { slug } => {
                Some(DataFile::Campaign(slug.clone()))
            }
            _ => None,
        }
    }

    /// The site file, for a page that shows the site's appeals: an article.
    pub fn site_file(&self) -> Option<DataFile> {
        matches!(self, Route::Article { .. }).then_some(DataFile::Site)
    }

    /// The content files the page reads before it can show anything, which
    /// the pre-rendered page's loader preloads after the first paint: its
    /// content file, then the site file.
    /// The files that follow from those (an article's campaign, the search's
    /// word files) are named from what they hold: [`DataFile::campaign_of`],
    /// `crate::search::Query::files`.
    pub fn data_files(&self) -> Vec<DataFile> {
        self.content_file()
            .into_iter()
            .chain(self.site_file())
            .collect()
    }

    /// What the page is, for link previews.
    pub fn og_kind(&self) -> OgKind {
        match self {
            Route::Article { .. } | Route::Campaign { .. } => OgKind::Article,
            _ => OgKind::Website,
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties;
#[cfg(test)]
pub(crate) mod tests;

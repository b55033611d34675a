//! One article, `data/articles/<slug>.json`: headline, metadata and a body of
//! typed blocks, rendered through views and never as raw HTML.

use super::{AssetPath, ByLanguage, Date, LanguageTag, Rich, SafeLink, Slug};
use serde::{Deserialize, Serialize};

/// An article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Article {
    /// The file name and URL segment.
    pub slug: Slug,
    /// The headline.
    pub title: String,
    /// One or two sentences under the headline.
    pub standfirst: String,
    /// Publication date.
    pub published: Date,
    /// The author or the organisation.
    pub byline: String,
    /// The section it belongs to, such as "Asia".
    pub section: String,
    /// Tags; each has a page at `/tags/<tag>`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Slug>,
    /// The text, block by block.
    pub body: Vec<Block>,
    /// Earlier reports this article builds on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
    /// The campaign this article calls readers to join.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<Slug>,
    /// The site appeal (by id) shown at the end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appeal: Option<Slug>,
    /// The language it is written in, when not the site's first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<LanguageTag>,
    /// Its translations, each an article of its own: the slug by language.
    #[serde(default, skip_serializing_if = "ByLanguage::is_empty")]
    pub translations: ByLanguage<Slug>,
}

/// One block of an article body, written as an object with one key, such as
/// `{"paragraph": "…"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Block {
    /// A paragraph.
    Paragraph(Rich),
    /// A sub-heading.
    Heading(String),
    /// A quotation, with who said it.
    Quote {
        /// The words quoted.
        text: Rich,
        /// Who said or wrote them.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cite: Option<String>,
    },
    /// A bulleted or numbered list.
    List {
        /// Numbered when true.
        #[serde(default)]
        ordered: bool,
        /// The items.
        items: Vec<Rich>,
    },
    /// An image of the site's own, with the text that replaces it.
    Image {
        /// The file, relative to the data folder.
        src: AssetPath,
        /// What the image shows, for readers who cannot see it. Required.
        alt: String,
        /// A caption under the image.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        caption: Option<String>,
        /// Width in pixels, so the page keeps its place while it loads.
        width: u32,
        /// Height in pixels.
        height: u32,
    },
}

/// An earlier report this article refers to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Reference {
    /// The report's title.
    pub title: String,
    /// Where it was published.
    pub source: String,
    /// When it was published.
    pub date: Date,
    /// Where to read it, if it is online.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<SafeLink>,
}

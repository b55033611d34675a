//! One article: its headline, metadata and a body of typed blocks.

use serde::Deserialize;

/// An article as stored in `data/articles/<slug>.json`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Article {
    /// The file name and URL segment.
    pub slug: String,
    /// The headline.
    pub title: String,
    /// One or two sentences under the headline.
    pub standfirst: String,
    /// Publication date, ISO 8601.
    pub published: String,
    /// The author or organisation.
    pub byline: String,
    /// The text, block by block.
    pub body: Vec<Block>,
    /// The campaign this article calls readers to join, if any.
    #[serde(default)]
    pub campaign: Option<String>,
}

/// One block of an article body; rendered through views, never as raw HTML.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// A paragraph of plain text.
    Paragraph {
        /// The paragraph's text.
        text: String,
    },
    /// A sub-heading.
    Heading {
        /// The heading's text.
        text: String,
    },
}

//! The site file, `data/site.json`: who publishes, in which languages, and the
//! donation appeals articles may carry.

use super::{LanguageTag, SafeLink, Slug};
use serde::{Deserialize, Serialize};

/// The site as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Site {
    /// The site's name, shown in the header and page titles.
    pub name: String,
    /// One line saying what the site is.
    pub tagline: String,
    /// The languages the site publishes in; the first is the default.
    pub languages: Vec<LanguageTag>,
    /// The public address of the site, for canonical and share links.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<SafeLink>,
    /// Donation appeals, referred to by articles through their `id`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub appeals: Vec<Appeal>,
}

/// A donation appeal shown at the end of an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Appeal {
    /// How articles refer to this appeal.
    pub id: Slug,
    /// The appeal's heading.
    pub title: String,
    /// Why to give, in a paragraph or two.
    pub text: String,
    /// Where to give.
    pub links: Vec<LabelledLink>,
}

/// A link with the words to show for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LabelledLink {
    /// The link text.
    pub label: String,
    /// Where it goes (https or mailto only).
    pub url: SafeLink,
}

impl Site {
    /// The appeal with this id, if the site has one.
    pub fn appeal(&self, id: &Slug) -> Option<&Appeal> {
        self.appeals.iter().find(|a| &a.id == id)
    }
}

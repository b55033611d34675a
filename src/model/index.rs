//! The index: short summaries that list pages show without loading each file.

use serde::Deserialize;

/// Summaries of every article and campaign.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Index {
    /// Articles, in any order; see [`Index::latest_articles`].
    pub articles: Vec<ArticleSummary>,
    /// Campaigns, in any order.
    #[serde(default)]
    pub campaigns: Vec<CampaignSummary>,
}

/// What a list shows of one article.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ArticleSummary {
    /// The article's file name and URL segment.
    pub slug: String,
    /// The headline.
    pub title: String,
    /// One or two sentences under the headline.
    pub standfirst: String,
    /// Publication date, ISO 8601 (`YYYY-MM-DD`).
    pub published: String,
}

/// What a list shows of one campaign.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CampaignSummary {
    /// The campaign's file name and URL segment.
    pub slug: String,
    /// The campaign's title.
    pub title: String,
}

impl Index {
    /// Articles newest first; ISO dates sort as text.
    pub fn latest_articles(&self) -> Vec<&ArticleSummary> {
        let mut list: Vec<_> = self.articles.iter().collect();
        list.sort_by(|a, b| b.published.cmp(&a.published));
        list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latest_articles_come_first_and_unknown_fields_are_ignored() {
        let index: Index = serde_json::from_str(
            r#"{"articles": [
                {"slug": "old", "title": "Old", "standfirst": "", "published": "2010-03-26"},
                {"slug": "new", "title": "New", "standfirst": "", "published": "2010-04-15", "extra": 1}
            ]}"#,
        )
        .unwrap();
        let slugs: Vec<_> = index
            .latest_articles()
            .iter()
            .map(|a| a.slug.as_str())
            .collect();
        assert_eq!(slugs, ["new", "old"]);
        assert!(index.campaigns.is_empty());
    }
}

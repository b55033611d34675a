//! The list files: one per page of every list (the front page, the
//! campaigns, a month of the archive, a tag), derived by the build from the
//! articles and campaigns (`cargo xtask content publish`), so a list page
//! fetches one small file however many articles the site has.

use super::{Campaign, Date, Month, Slug, Status};
use serde::{Deserialize, Serialize};

/// `data/lists/…`: one page of a list, in the order it shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ListFile {
    /// This page, from 1.
    pub page: usize,
    /// How many pages the list has, at least 1.
    pub pages: usize,
    /// The page's articles, newest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub articles: Vec<ArticleSummary>,
    /// The front page's urgent actions: the active campaigns, whole, soonest
    /// deadline first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Campaign>,
    /// The campaigns page's list: active ones first, soonest deadline first
    /// (open-ended last), then won, then closed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub campaigns: Vec<CampaignSummary>,
    /// A month's page: the nearest earlier month with articles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub older: Option<Month>,
    /// A month's page: the nearest later month with articles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newer: Option<Month>,
}

/// What a list shows of one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ArticleSummary {
    /// The article's file name and URL segment.
    pub slug: Slug,
    /// The headline.
    pub title: String,
    /// One or two sentences under the headline.
    pub standfirst: String,
    /// Publication date.
    pub published: Date,
    /// Tags, as in the article.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Slug>,
    /// The language it is written in, when not the site's first, so a
    /// list marks a headline in another language as such.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<super::LanguageTag>,
}

/// What a list shows of one campaign.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CampaignSummary {
    /// The campaign's file name and URL segment.
    pub slug: Slug,
    /// The campaign's title.
    pub title: String,
    /// Active, won or closed, as in the campaign file.
    pub status: Status,
    /// The deadline, as in the campaign file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
}

/// The nearest months with articles on either side of a month.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Neighbours {
    /// The nearest earlier month with articles.
    pub older: Option<Month>,
    /// The nearest later month with articles.
    pub newer: Option<Month>,
}

impl ArticleSummary {
    /// What a list shows of `article`.
    pub fn of(article: &super::Article) -> Self {
        Self {
            slug: article.slug.clone(),
            title: article.title.clone(),
            standfirst: article.standfirst.clone(),
            published: article.published.clone(),
            tags: article.tags.clone(),
            language: article.language.clone(),
        }
    }
}

impl CampaignSummary {
    /// What a list shows of `campaign`.
    pub fn of(campaign: &Campaign) -> Self {
        Self {
            slug: campaign.slug.clone(),
            title: campaign.title.clone(),
            status: campaign.status,
            deadline: campaign.deadline.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_file_leaves_out_what_it_lacks_and_ignores_unknown_fields() {
        let file: ListFile = serde_json::from_str(
            r#"{"page": 2, "pages": 3, "future_field": true, "articles": [
                {"slug": "new", "title": "New", "standfirst": "", "published": "2010-04-15", "extra": 1}
            ]}"#,
        )
        .unwrap();
        assert_eq!((file.page, file.pages, file.articles.len()), (2, 3, 1));
        assert!(file.actions.is_empty() && file.campaigns.is_empty() && file.older.is_none());
        let again: ListFile = serde_json::from_str(&serde_json::to_string(&file).unwrap()).unwrap();
        assert_eq!(again, file);
        assert!(!serde_json::to_string(&file).unwrap().contains("actions"));
    }
}

//! The index: a small manifest of monthly shards plus the campaigns, so list
//! pages never load one giant file however many articles the site has.

use super::{Date, Month, Slug, Status, sort_short};
use serde::{Deserialize, Serialize};

/// `data/index.json`: which months have articles, and every campaign.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct IndexManifest {
    /// Months that have articles, each naming the shard `index/<month>.json`.
    pub months: Vec<MonthEntry>,
    /// Every campaign, briefly.
    #[serde(default)]
    pub campaigns: Vec<CampaignSummary>,
}

/// One month of the manifest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MonthEntry {
    /// The month, `YYYY-MM`.
    pub month: Month,
    /// How many articles its shard lists.
    pub articles: usize,
}

/// `data/index/<YYYY-MM>.json`: the articles published in one month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct IndexShard {
    /// The month this shard covers; also its file name.
    pub month: Month,
    /// The month's articles.
    pub articles: Vec<ArticleSummary>,
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
    #[serde(default)]
    pub tags: Vec<Slug>,
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

impl IndexManifest {
    /// Months newest first; ISO months sort as text.
    pub fn months_newest_first(&self) -> Vec<&MonthEntry> {
        let mut months: Vec<_> = self.months.iter().collect();
        sort_short(&mut months, |a, b| b.month.cmp(&a.month));
        months
    }
}

impl IndexManifest {
    /// The nearest months with articles before and after `month`.
    pub fn neighbours(&self, month: &Month) -> Neighbours {
        let listed = self
            .months
            .iter()
            .filter(|m| m.articles > 0)
            .map(|m| &m.month);
        let older = listed.clone().filter(|m| *m < month).max().cloned();
        let newer = listed.filter(|m| *m > month).min().cloned();
        Neighbours { older, newer }
    }
}

/// The nearest months with articles on either side of a month.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Neighbours {
    /// The nearest earlier month with articles.
    pub older: Option<Month>,
    /// The nearest later month with articles.
    pub newer: Option<Month>,
}

/// Campaigns as the campaigns page lists them: active ones first, soonest
/// deadline first (open-ended last), then won, then closed.
pub fn campaigns_in_order(mut campaigns: Vec<CampaignSummary>) -> Vec<CampaignSummary> {
    sort_short(&mut campaigns, |a, b| {
        let key = |c: &CampaignSummary| (c.status, c.deadline.is_none(), c.deadline.clone());
        key(a).cmp(&key(b)).then_with(|| a.title.cmp(&b.title))
    });
    campaigns
}

/// The articles of `shards` that carry `tag`, newest first.
pub fn articles_tagged(shards: &[IndexShard], tag: &Slug) -> Vec<ArticleSummary> {
    let mut found: Vec<_> = shards
        .iter()
        .flat_map(|s| &s.articles)
        .filter(|a| a.tags.contains(tag))
        .cloned()
        .collect();
    sort_short(&mut found, |a, b| b.published.cmp(&a.published));
    found
}

impl IndexShard {
    /// The shard's articles newest first.
    pub fn latest_articles(&self) -> Vec<&ArticleSummary> {
        let mut list: Vec<_> = self.articles.iter().collect();
        sort_short(&mut list, |a, b| b.published.cmp(&a.published));
        list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_and_unknown_fields_are_ignored() {
        let shard: IndexShard = serde_json::from_str(
            r#"{"month": "2010-04", "future_field": true, "articles": [
                {"slug": "old", "title": "Old", "standfirst": "", "published": "2010-04-01"},
                {"slug": "new", "title": "New", "standfirst": "", "published": "2010-04-15", "extra": 1}
            ]}"#,
        )
        .unwrap();
        let slugs: Vec<_> = shard
            .latest_articles()
            .iter()
            .map(|a| a.slug.as_str())
            .collect();
        assert_eq!(slugs, ["new", "old"]);
        let manifest: IndexManifest = serde_json::from_str(
            r#"{"months": [{"month": "2010-03", "articles": 1}, {"month": "2010-04",
                "articles": 2}]}"#,
        )
        .unwrap();
        let months: Vec<_> = manifest
            .months_newest_first()
            .iter()
            .map(|m| m.month.as_str())
            .collect();
        assert_eq!(months, ["2010-04", "2010-03"]);
        assert!(manifest.campaigns.is_empty());
        let april = Month::parse("2010-04").unwrap();
        assert_eq!(
            manifest.neighbours(&april),
            Neighbours {
                older: Some(Month::parse("2010-03").unwrap()),
                newer: None
            }
        );
        let tagged = articles_tagged(&[shard], &Slug::parse("kazakhstan").unwrap());
        assert!(tagged.is_empty());
    }

    #[test]
    fn campaigns_active_by_deadline_then_won_then_closed() {
        let list: Vec<CampaignSummary> = serde_json::from_str(
            r#"[{"slug": "closed", "title": "A", "status": "closed"},
                {"slug": "open-ended", "title": "B", "status": "active"},
                {"slug": "won", "title": "C", "status": "won", "deadline": "2010-01-01"},
                {"slug": "later", "title": "D", "status": "active", "deadline": "2010-05-01"},
                {"slug": "sooner", "title": "E", "status": "active", "deadline": "2010-04-29"}]"#,
        )
        .unwrap();
        let order: Vec<_> = campaigns_in_order(list)
            .into_iter()
            .map(|c| c.slug.to_string())
            .collect();
        assert_eq!(order, ["sooner", "later", "open-ended", "won", "closed"]);
    }
}

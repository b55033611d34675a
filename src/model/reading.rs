//! What the reading view derives from content: reading time, language
//! names, and which index shards make up a page of the list.

use super::{Article, ArticleSummary, Block, IndexShard, LanguageTag, Month, MonthEntry, Rich};

/// Words a reader reads in a minute, a common figure for news on screens.
const WORDS_PER_MINUTE: usize = 200;

/// Articles on one page of a list.
pub const PAGE_SIZE: usize = 10;

impl Article {
    /// Average reading time in whole minutes, at least one.
    pub fn reading_minutes(&self) -> usize {
        let words = |text: &str| text.split_whitespace().count();
        let rich = |r: &Rich| words(&r.plain_text());
        let body: usize = self
            .body
            .iter()
            .map(|block| match block {
                Block::Paragraph(text) | Block::Quote { text, .. } => rich(text),
                Block::Heading(text) => words(text),
                Block::List { items, .. } => items.iter().map(rich).sum(),
                Block::Image { caption, .. } => caption.as_deref().map_or(0, words),
            })
            .sum();
        let total = body + words(&self.title) + words(&self.standfirst);
        total.div_ceil(WORDS_PER_MINUTE).max(1)
    }
}

/// Which shards hold one page of the newest-first article list, and which
/// of their articles (once each shard is sorted newest first) to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PagePlan {
    /// The page shown, from 1.
    pub page: usize,
    /// How many pages there are, at least 1.
    pub pages: usize,
    /// The shards to load, newest first.
    pub months: Vec<Month>,
    /// Articles to skip at the start of the first shard's list.
    pub skip: usize,
    /// Articles to show in all.
    pub take: usize,
}

impl PagePlan {
    /// The page's articles, given the planned shards in the planned order.
    pub fn select(&self, shards: &[IndexShard]) -> Vec<ArticleSummary> {
        shards
            .iter()
            .flat_map(IndexShard::latest_articles)
            .skip(self.skip)
            .take(self.take)
            .cloned()
            .collect()
    }
}

/// Plans page `page` (from 1) of `months` (newest first), `per_page` at a time.
/// A page past the end plans no shards.
pub fn plan_page(months: &[&MonthEntry], page: usize, per_page: usize) -> PagePlan {
    let per_page = per_page.max(1);
    let total: usize = months.iter().map(|m| m.articles).sum();
    let page = page.max(1);
    let start = (page - 1).saturating_mul(per_page);
    let end = start.saturating_add(per_page).min(total);
    let mut plan = PagePlan {
        page,
        pages: total.div_ceil(per_page).max(1),
        months: Vec::new(),
        skip: 0,
        take: end.saturating_sub(start),
    };
    let mut offset = 0;
    for entry in months {
        let next = offset + entry.articles;
        if entry.articles > 0 && next > start && offset < end {
            if plan.months.is_empty() {
                plan.skip = start - offset;
            }
            plan.months.push(entry.month.clone());
        }
        offset = next;
    }
    plan
}

/// A language's own name for the tags the demo letters use; others show the tag.
pub fn language_name(tag: &LanguageTag) -> String {
    match tag
        .as_str()
        .split('-')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
        .as_str()
    {
        "en" => "English".to_owned(),
        "ru" => "Русский".to_owned(),
        "de" => "Deutsch".to_owned(),
        "fr" => "Français".to_owned(),
        "es" => "Español".to_owned(),
        "kk" => "Қазақша".to_owned(),
        "ar" => "العربية".to_owned(),
        _ => tag.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;

    fn entry(month: &str, articles: usize) -> MonthEntry {
        MonthEntry {
            month: Month::parse(month).unwrap(),
            articles,
        }
    }

    #[test]
    fn pages_span_shards() {
        let owned = [
            entry("2010-06", 4),
            entry("2010-05", 0),
            entry("2010-04", 7),
            entry("2010-03", 3),
        ];
        let months: Vec<_> = owned.iter().collect();
        let names = |plan: &PagePlan| plan.months.iter().map(Month::to_string).collect::<Vec<_>>();
        let first = plan_page(&months, 1, 5);
        assert_eq!(
            (first.pages, first.skip, first.take, names(&first)),
            (3, 0, 5, vec!["2010-06".into(), "2010-04".into()])
        );
        let second = plan_page(&months, 2, 5);
        assert_eq!(
            (second.skip, second.take, names(&second)),
            (1, 5, vec!["2010-04".to_string()])
        );
        let third = plan_page(&months, 3, 5);
        assert_eq!(
            (third.skip, third.take, names(&third)),
            (6, 4, vec!["2010-04".into(), "2010-03".into()])
        );
        let shard = |month: &str, n: usize| IndexShard {
            month: Month::parse(month).unwrap(),
            articles: (0..n)
                .map(|i| ArticleSummary {
                    slug: crate::model::Slug::parse(&format!("{month}-{i}")).unwrap(),
                    title: String::new(),
                    standfirst: String::new(),
                    published: Date::parse(&format!("{month}-{:02}", 20 - i)).unwrap(),
                    tags: Vec::new(),
                })
                .collect(),
        };
        let slugs: Vec<_> = third
            .select(&[shard("2010-04", 7), shard("2010-03", 3)])
            .into_iter()
            .map(|a| a.slug.to_string())
            .collect();
        assert_eq!(slugs, ["2010-04-6", "2010-03-0", "2010-03-1", "2010-03-2"]);
        let beyond = plan_page(&months, 9, 5);
        assert_eq!((beyond.take, beyond.months.len()), (0, 0));
        assert_eq!(plan_page(&[], 1, 10).pages, 1);
    }

    #[test]
    fn reading_time_counts_body_words() {
        let mut article: Article = serde_json::from_str(
            r#"{"slug": "a", "title": "One two", "standfirst": "three", "published": "2010-04-15",
                "byline": "b", "section": "s", "body": [{"paragraph": "four"}]}"#,
        )
        .unwrap();
        assert_eq!(article.reading_minutes(), 1);
        let long = "word ".repeat(450);
        article
            .body
            .push(Block::Paragraph(Rich(vec![super::super::Inline::Text(
                long,
            )])));
        assert_eq!(article.reading_minutes(), 3);
    }
}

//! The list files derived from the articles and campaigns, for the build
//! (`cargo xtask content publish`) and the pre-renderer; the app only reads
//! them (`super::list_page`).

use crate::model::{
    Article, ArticleSummary, Campaign, CampaignSummary, Date, DeadlineState, ListFile, Month,
    PAGE_SIZE, Slug, Status, deadline_state,
};
use crate::route::ListOf;
use std::collections::BTreeMap;

/// Every list file of a site with `articles` and `campaigns` on `today`
/// (the day of the build), in address order: the front page's pages (at
/// least one, with the urgent actions: the active campaigns whose deadline
/// has not passed), the campaigns, every month with articles, every page
/// of every tag in use.
pub fn derive(
    articles: &[Article],
    campaigns: &[Campaign],
    today: &Date,
) -> Vec<(ListOf, ListFile)> {
    let mut by_date: Vec<&Article> = articles.iter().collect();
    // Newest first; on one day, those in the site's first language (no
    // `language`) before their translations, then by slug, so every build
    // agrees.
    by_date.sort_by(|a, b| {
        (b.published.cmp(&a.published))
            .then_with(|| a.language.is_some().cmp(&b.language.is_some()))
            .then_with(|| a.slug.cmp(&b.slug))
    });
    let newest: Vec<ArticleSummary> = by_date.into_iter().map(ArticleSummary::of).collect();
    let mut summaries: Vec<CampaignSummary> = campaigns.iter().map(CampaignSummary::of).collect();
    summaries.sort_by(|a, b| {
        (a.status.cmp(&b.status))
            .then_with(|| a.deadline.is_none().cmp(&b.deadline.is_none()))
            .then_with(|| a.deadline.cmp(&b.deadline))
            .then_with(|| a.title.cmp(&b.title))
    });
    let urgent = |s: &&CampaignSummary| {
        s.status == Status::Active
            && (s.deadline.as_ref())
                .is_none_or(|d| deadline_state(d, today) != DeadlineState::Passed)
    };
    let actions: Vec<Campaign> = (summaries.iter())
        .filter(urgent)
        .filter_map(|s| campaigns.iter().find(|c| c.slug == s.slug).cloned())
        .collect();
    let mut lists = Vec::new();
    for (page, pages, articles) in paged(&newest) {
        let mut file = list_file(page, pages, articles);
        file.actions = actions.clone();
        lists.push((ListOf::Front { page }, file));
    }
    let mut all = list_file(1, 1, Vec::new());
    all.campaigns = summaries;
    lists.push((ListOf::Campaigns, all));
    let mut months: BTreeMap<Month, Vec<ArticleSummary>> = BTreeMap::new();
    let mut tags: BTreeMap<Slug, Vec<ArticleSummary>> = BTreeMap::new();
    for article in &newest {
        let month = months.entry(article.published.month()).or_default();
        month.push(article.clone());
        for tag in &article.tags {
            tags.entry(tag.clone()).or_default().push(article.clone());
        }
    }
    let order: Vec<Month> = months.keys().cloned().collect();
    for (at, (month, articles)) in months.into_iter().enumerate() {
        for (page, pages, articles) in paged(&articles) {
            let mut file = list_file(page, pages, articles);
            file.older = at.checked_sub(1).map(|i| order[i].clone());
            file.newer = order.get(at + 1).cloned();
            let month = month.clone();
            lists.push((ListOf::Month { month, page }, file));
        }
    }
    for (tag, articles) in tags {
        for (page, pages, articles) in paged(&articles) {
            let tag = tag.clone();
            lists.push((ListOf::Tag { tag, page }, list_file(page, pages, articles)));
        }
    }
    lists
}

/// `articles` in pages of [`PAGE_SIZE`]: each page's number, the count of
/// pages and its articles; one empty page when there are none.
fn paged(articles: &[ArticleSummary]) -> Vec<(usize, usize, Vec<ArticleSummary>)> {
    let pages = articles.len().div_ceil(PAGE_SIZE).max(1);
    (1..=pages)
        .map(|page| {
            let start = (page - 1) * PAGE_SIZE;
            let end = (start + PAGE_SIZE).min(articles.len());
            (page, pages, articles[start..end].to_vec())
        })
        .collect()
}

fn list_file(page: usize, pages: usize, articles: Vec<ArticleSummary>) -> ListFile {
    ListFile {
        page,
        pages,
        articles,
        actions: Vec::new(),
        campaigns: Vec::new(),
        older: None,
        newer: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `per_month` articles in each of three months, every third tagged
    /// `union`, and three campaigns, two active.
    fn site(per_month: usize) -> (Vec<Article>, Vec<Campaign>) {
        let mut articles = Vec::new();
        for month in ["2010-03", "2010-05", "2010-04"] {
            for i in 0..per_month {
                let tags = if i % 3 == 0 { r#"["union"]"# } else { "[]" };
                let json = format!(
                    r#"{{"slug": "a-{month}-{i}", "title": "{month} {i}", "standfirst": "",
                        "published": "{month}-{:02}", "tags": {tags}, "byline": "b",
                        "section": "s", "body": []}}"#,
                    i % 28 + 1
                );
                articles.push(serde_json::from_str(&json).unwrap());
            }
        }
        let demo: Campaign = serde_json::from_str(include_str!(
            "../../../../public/data/campaigns/free-ainur-kurmanov.json"
        ))
        .unwrap();
        let with = |slug: &str, status: Status, deadline: Option<&str>| {
            let mut c = demo.clone();
            c.slug = Slug::parse(slug).unwrap();
            c.status = status;
            c.deadline = deadline.map(|d| crate::model::Date::parse(d).unwrap());
            c
        };
        let campaigns = vec![
            with("won-case", Status::Won, None),
            with("open-ended", Status::Active, None),
            with("soon", Status::Active, Some("2010-04-29")),
            with("closed-case", Status::Closed, None),
        ];
        (articles, campaigns)
    }

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn a_campaign_past_its_deadline_is_no_longer_urgent() {
        let (articles, campaigns) = site(2);
        let urgent = |today: &str| -> Vec<String> {
            let lists = derive(&articles, &campaigns, &day(today));
            let (_, front) = &lists[0];
            front.actions.iter().map(|c| c.slug.to_string()).collect()
        };
        // The last day is still urgent; the day after, only the campaign
        // without a deadline is.
        assert_eq!(urgent("2010-04-29"), ["soon", "open-ended"]);
        assert_eq!(urgent("2010-04-30"), ["open-ended"]);
    }

    fn slugs(file: &ListFile) -> Vec<&str> {
        file.articles.iter().map(|a| a.slug.as_str()).collect()
    }

    #[test]
    fn every_list_page_once_in_address_order() {
        let (articles, campaigns) = site(30);
        let addresses: Vec<String> = derive(&articles, &campaigns, &day("2010-04-20"))
            .iter()
            .map(|(list, _)| list.route().path())
            .collect();
        let mut expected: Vec<String> = (1..=9)
            .map(|p| {
                if p == 1 {
                    "/".into()
                } else {
                    format!("/page/{p}")
                }
            })
            .collect();
        expected.push("/campaigns".into());
        for month in ["03", "04", "05"] {
            expected.push(format!("/archive/2010/{month}"));
            expected.extend((2..=3).map(|p| format!("/archive/2010/{month}/page/{p}")));
        }
        expected
            .extend(["/tags/union", "/tags/union/page/2", "/tags/union/page/3"].map(String::from));
        assert_eq!(addresses, expected);
    }

    #[test]
    fn pages_hold_ten_newest_first_with_the_active_campaigns_soonest_first() {
        let (articles, campaigns) = site(9);
        let lists = derive(&articles, &campaigns, &day("2010-04-20"));
        let (_, second) = &lists[1];
        assert_eq!((second.page, second.pages), (2, 3));
        // Articles 11 to 20, newest first, run from April into March.
        assert_eq!(slugs(second)[0], "a-2010-04-7");
        assert_eq!(slugs(second)[9], "a-2010-03-7");
        let actions: Vec<&str> = second.actions.iter().map(|c| c.slug.as_str()).collect();
        assert_eq!(actions, ["soon", "open-ended"]);
        let (_, all) = &lists[3];
        let order: Vec<&str> = all.campaigns.iter().map(|c| c.slug.as_str()).collect();
        assert_eq!(order, ["soon", "open-ended", "won-case", "closed-case"]);
    }

    #[test]
    fn months_page_and_link_their_neighbours_and_tags_page() {
        let (articles, campaigns) = site(30);
        let lists = derive(&articles, &campaigns, &day("2010-04-20"));
        let month = |m: &str, page: usize| {
            let month = Month::parse(m).unwrap();
            let found = lists.iter().find(|(l, _)| {
                *l == ListOf::Month {
                    month: month.clone(),
                    page,
                }
            });
            found.map(|(_, file)| file.clone()).unwrap()
        };
        let april = month("2010-04", 1);
        assert_eq!((april.articles.len(), april.pages), (10, 3));
        assert_eq!(slugs(&april)[0], "a-2010-04-27");
        let last = month("2010-04", 3);
        assert_eq!(slugs(&last)[9], "a-2010-04-28");
        assert_eq!(last.older, april.older);
        let names = |m: &Option<Month>| m.as_ref().map(Month::to_string);
        assert_eq!(names(&april.older).as_deref(), Some("2010-03"));
        assert_eq!(names(&april.newer).as_deref(), Some("2010-05"));
        assert_eq!(month("2010-03", 1).older, None);
        let tag = Slug::parse("union").unwrap();
        let third = lists.iter().find(|(l, _)| {
            *l == ListOf::Tag {
                tag: tag.clone(),
                page: 3,
            }
        });
        let (_, third) = third.unwrap();
        assert_eq!((third.pages, third.articles.len()), (3, 10));
        assert!(third.articles.iter().all(|a| a.tags.contains(&tag)));
    }

    #[test]
    fn on_one_day_the_sites_own_language_comes_before_a_translation() {
        let (mut articles, campaigns) = site(2);
        articles[0].language = Some(crate::model::LanguageTag::parse("ru").unwrap());
        articles[1].published = articles[0].published.clone();
        let lists = derive(&articles[..2], &campaigns, &day("2010-04-20"));
        assert_eq!(slugs(&lists[0].1)[..2], ["a-2010-03-1", "a-2010-03-0"]);
    }

    #[test]
    fn a_site_without_articles_still_has_its_front_page() {
        let lists = derive(&[], &[], &day("2010-04-20"));
        let lists: Vec<(String, usize)> = lists
            .iter()
            .map(|(list, file)| (list.route().path(), file.pages))
            .collect();
        assert_eq!(lists, [("/".to_owned(), 1), ("/campaigns".to_owned(), 1)]);
    }
}

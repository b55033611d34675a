//! What each list page shows (the front page, the campaigns, a month of the
//! archive, a tag), assembled by one pure function from the content files,
//! and every page's title. The app's pages and the pre-renderer both call
//! these, so a page reads the same however it reaches the reader.

use crate::i18n::{self, Key, fill, t};
use crate::model::{
    Article, ArticleSummary, Campaign, CampaignSummary, IndexManifest, IndexShard, Month,
    Neighbours, PAGE_SIZE, Slug, Status, articles_tagged, campaigns_in_order, plan_page,
};
use crate::route::{DataFile, Route};
use std::collections::BTreeMap;

/// The front page and its later pages.
#[derive(Debug, Clone, PartialEq)]
pub struct FrontList {
    /// The active campaigns, soonest deadline first.
    pub campaigns: Vec<Campaign>,
    /// The page's articles, newest first.
    pub articles: Vec<ArticleSummary>,
    /// The page, from 1, and how many there are.
    pub paging: Paging,
}

/// One month of the archive.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthList {
    /// The month.
    pub month: Month,
    /// Its articles, newest first.
    pub articles: Vec<ArticleSummary>,
    /// The nearest months with articles on either side.
    pub neighbours: Neighbours,
}

/// One page of the articles with a tag.
#[derive(Debug, Clone, PartialEq)]
pub struct TagList {
    /// The tag.
    pub tag: Slug,
    /// The page's articles, newest first.
    pub articles: Vec<ArticleSummary>,
    /// The page, from 1, and how many there are.
    pub paging: Paging,
}

/// Where a paged list is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    /// The page shown, from 1.
    pub page: usize,
    /// How many pages there are, at least 1.
    pub pages: usize,
}

/// A list page and what it lists.
#[derive(Debug, Clone, PartialEq)]
pub enum ListPage {
    /// `/` and `/page/<n>`.
    Front(FrontList),
    /// `/campaigns`: every campaign, active ones first.
    Campaigns(Vec<CampaignSummary>),
    /// `/archive/<year>/<month>`.
    Month(MonthList),
    /// `/tags/<tag>`.
    Tag(TagList),
}

/// The content a list page is made from: the manifest, and the files
/// [`list_files`] names (a campaign file that failed to load is left out).
#[derive(Debug, Clone)]
pub struct ListContent {
    /// `index.json`.
    pub manifest: IndexManifest,
    /// Month shards.
    pub shards: Vec<IndexShard>,
    /// Whole campaigns, for the front page's urgent actions.
    pub campaigns: Vec<Campaign>,
}

/// The files list page `route` needs beyond the manifest, in the order it
/// shows them; `None` when `route` is not a list page.
pub fn list_files(route: &Route, manifest: &IndexManifest) -> Option<Vec<DataFile>> {
    let listed = |month: &Month| {
        manifest
            .months
            .iter()
            .any(|m| &m.month == month && m.articles > 0)
    };
    Some(match route {
        Route::Home { page } => {
            let plan = plan_page(&manifest.months_newest_first(), *page, PAGE_SIZE);
            let shards = plan.months.into_iter().map(DataFile::Shard);
            let campaigns = active(&manifest.campaigns).map(|c| DataFile::Campaign(c.slug.clone()));
            shards.chain(campaigns).collect()
        }
        Route::Campaigns => Vec::new(),
        Route::Month { month } if listed(month) => vec![DataFile::Shard(month.clone())],
        Route::Month { .. } => Vec::new(),
        Route::Tag { .. } => {
            let months = manifest
                .months_newest_first()
                .into_iter()
                .filter(|m| m.articles > 0);
            months.map(|m| DataFile::Shard(m.month.clone())).collect()
        }
        _ => return None,
    })
}

/// The list page `route` shows, from `content`; `None` when `route` is not a
/// list page or names a page past the end of a tag's list.
pub fn list_page(route: &Route, content: &ListContent) -> Option<ListPage> {
    let manifest = &content.manifest;
    Some(match route {
        Route::Home { page } => {
            let plan = plan_page(&manifest.months_newest_first(), *page, PAGE_SIZE);
            let shards: Vec<IndexShard> = (plan.months.iter())
                .filter_map(|m| content.shards.iter().find(|s| &s.month == m).cloned())
                .collect();
            let campaigns = active(&manifest.campaigns)
                .filter_map(|c| content.campaigns.iter().find(|full| full.slug == c.slug))
                .cloned()
                .collect();
            ListPage::Front(FrontList {
                campaigns,
                articles: plan.select(&shards),
                paging: Paging {
                    page: plan.page,
                    pages: plan.pages,
                },
            })
        }
        Route::Campaigns => ListPage::Campaigns(campaigns_in_order(manifest.campaigns.clone())),
        Route::Month { month } => {
            let shard = content.shards.iter().find(|s| &s.month == month);
            let articles = shard.map_or_else(Vec::new, |s| {
                s.latest_articles().into_iter().cloned().collect()
            });
            ListPage::Month(MonthList {
                month: month.clone(),
                articles,
                neighbours: manifest.neighbours(month),
            })
        }
        Route::Tag { tag, page } => {
            let all = articles_tagged(&content.shards, tag);
            let pages = all.len().div_ceil(PAGE_SIZE).max(1);
            if *page > pages {
                return None;
            }
            let articles = all
                .into_iter()
                .skip((page - 1) * PAGE_SIZE)
                .take(PAGE_SIZE)
                .collect();
            ListPage::Tag(TagList {
                tag: tag.clone(),
                articles,
                paging: Paging { page: *page, pages },
            })
        }
        _ => return None,
    })
}

/// Every list page there is: each page of the front page, the campaigns,
/// every month with articles and each page of every tag in use.
pub fn list_routes(content: &ListContent) -> Vec<Route> {
    let manifest = &content.manifest;
    let pages = plan_page(&manifest.months_newest_first(), 1, PAGE_SIZE).pages;
    let mut routes: Vec<Route> = (1..=pages).map(|page| Route::Home { page }).collect();
    routes.push(Route::Campaigns);
    let months = manifest.months.iter().filter(|m| m.articles > 0);
    routes.extend(months.map(|m| Route::Month {
        month: m.month.clone(),
    }));
    let mut tagged: BTreeMap<&Slug, usize> = BTreeMap::new();
    for tag in content
        .shards
        .iter()
        .flat_map(|s| &s.articles)
        .flat_map(|a| &a.tags)
    {
        *tagged.entry(tag).or_default() += 1;
    }
    for (tag, count) in tagged {
        let pages = count.div_ceil(PAGE_SIZE).max(1);
        routes.extend((1..=pages).map(|page| Route::Tag {
            tag: tag.clone(),
            page,
        }));
    }
    routes
}

/// The active campaigns among `campaigns`, in the campaigns page's order.
fn active(campaigns: &[CampaignSummary]) -> impl Iterator<Item = CampaignSummary> {
    campaigns_in_order(campaigns.to_vec())
        .into_iter()
        .filter(|c| c.status == Status::Active)
}

/// What a page shows, as far as its title and description go.
#[derive(Debug, Clone, Copy)]
pub enum PageContent<'a> {
    /// An article.
    Article(&'a Article),
    /// A campaign, on its page or its flyer.
    Campaign(&'a Campaign),
    /// A list page.
    List(&'a ListPage),
    /// The address names nothing.
    Missing,
    /// The content failed to load.
    Failed,
}

/// A page's own title (without the site's name) and its description, in
/// the page's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageHead {
    /// The page title without the site name; empty on the front page.
    pub title: String,
    /// The meta description.
    pub description: String,
}

impl PageHead {
    /// The head of `route` showing `content`.
    pub fn of(route: &Route, content: PageContent<'_>) -> PageHead {
        let head = |title: String, description: String| PageHead { title, description };
        match content {
            PageContent::Article(a) => head(a.title.clone(), a.standfirst.clone()),
            PageContent::Campaign(c) if matches!(route, Route::Flyer { .. }) => head(
                fill(Key::FlyerTitle, &[("title", &c.title)]),
                c.summary.clone(),
            ),
            PageContent::Campaign(c) => head(c.title.clone(), c.summary.clone()),
            PageContent::List(list) => list_head(list),
            PageContent::Missing => {
                head(t(Key::NotFound).into(), t(Key::NotFoundDescription).into())
            }
            PageContent::Failed => head(t(Key::SomethingWentWrong).into(), String::new()),
        }
    }
}

fn list_head(list: &ListPage) -> PageHead {
    let head = |title: String, description: String| PageHead { title, description };
    let paged = |title: String, paging: &Paging| match paging.page {
        1 => title,
        n => fill(
            Key::TitlePage,
            &[("title", &title), ("n", &i18n::number(n as u64))],
        ),
    };
    match list {
        ListPage::Front(front) => head(
            match front.paging.page {
                1 => String::new(),
                _ => paged(t(Key::LatestArticles).into(), &front.paging),
            },
            t(Key::FrontDescription).into(),
        ),
        ListPage::Campaigns(_) => head(
            t(Key::Campaigns).into(),
            t(Key::CampaignsDescription).into(),
        ),
        ListPage::Month(m) => {
            let name = i18n::month(&m.month);
            head(
                fill(Key::ArchiveHeading, &[("month", &name)]),
                fill(Key::ArchiveDescription, &[("month", &name)]),
            )
        }
        ListPage::Tag(t) => head(
            paged(format!("#{}", t.tag), &t.paging),
            fill(Key::TagDescription, &[("tag", t.tag.as_str())]),
        ),
    }
}

/// The document title of a page: its own title and the site's name, or the
/// site's name alone on the front page.
pub fn page_title(site_name: &str, route: &Route, content: PageContent<'_>) -> String {
    let own = PageHead::of(route, content).title;
    match (own.is_empty(), site_name.is_empty()) {
        (true, _) => site_name.to_owned(),
        (false, true) => own,
        (false, false) => format!("{own} · {site_name}"),
    }
}

#[cfg(test)]
mod tests;

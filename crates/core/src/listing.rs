//! What each list page shows (the front page, the campaigns, a month of the
//! archive, a tag), read by one pure function from its list file, and every
//! page's title. The app's pages and the pre-renderer both call these, so a
//! page reads the same however it reaches the reader.

use crate::i18n::{Catalog, Key};
use crate::model::{
    Article, ArticleSummary, Campaign, CampaignSummary, ListFile, Month, Neighbours, Slug,
};
use crate::route::Route;

mod derive;
pub use derive::derive;

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
    /// The page, from 1, and how many there are.
    pub paging: Paging,
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

/// The list page `route` shows from `file`, its list file; `None` when
/// `route` is not a list page.
pub fn list_page(route: &Route, file: ListFile) -> Option<ListPage> {
    let paging = Paging {
        page: file.page,
        pages: file.pages.max(1),
    };
    Some(match route {
        Route::Home { .. } => ListPage::Front(FrontList {
            campaigns: file.actions,
            articles: file.articles,
            paging,
        }),
        Route::Campaigns => ListPage::Campaigns(file.campaigns),
        Route::Month { month, .. } => ListPage::Month(MonthList {
            month: month.clone(),
            paging,
            articles: file.articles,
            neighbours: Neighbours {
                older: file.older,
                newer: file.newer,
            },
        }),
        Route::Tag { tag, .. } => ListPage::Tag(TagList {
            tag: tag.clone(),
            articles: file.articles,
            paging,
        }),
        _ => return None,
    })
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
    /// The search page.
    Search,
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
    /// The head of `route` showing `content`, in `words`' language.
    pub fn of(route: &Route, content: PageContent<'_>, words: &Catalog) -> PageHead {
        let head = |title: String, description: String| PageHead { title, description };
        match content {
            PageContent::Article(a) => head(a.title.clone(), a.standfirst.clone()),
            PageContent::Campaign(c) if matches!(route, Route::Flyer { .. }) => head(
                words.fill(Key::FlyerTitle, &[("title", &c.title)]),
                c.summary.clone(),
            ),
            PageContent::Campaign(c) => head(c.title.clone(), c.summary.clone()),
            PageContent::List(list) => list_head(list, words),
            PageContent::Search => head(
                words.t(Key::Search).into(),
                words.t(Key::SearchDescription).into(),
            ),
            PageContent::Missing => head(
                words.t(Key::NotFound).into(),
                words.t(Key::NotFoundDescription).into(),
            ),
            PageContent::Failed => head(words.t(Key::SomethingWentWrong).into(), String::new()),
        }
    }
}

fn list_head(list: &ListPage, words: &Catalog) -> PageHead {
    let head = |title: String, description: String| PageHead { title, description };
    let paged = |title: String, paging: &Paging| match paging.page {
        1 => title,
        n => words.fill(
            Key::TitlePage,
            &[("title", &title), ("n", &words.number(n as u64))],
        ),
    };
    match list {
        ListPage::Front(front) => head(
            match front.paging.page {
                1 => String::new(),
                _ => paged(words.t(Key::LatestArticles).into(), &front.paging),
            },
            words.t(Key::FrontDescription).into(),
        ),
        ListPage::Campaigns(_) => head(
            words.t(Key::Campaigns).into(),
            words.t(Key::CampaignsDescription).into(),
        ),
        ListPage::Month(m) => {
            let name = words.month(m.month.parts());
            head(
                paged(
                    words.fill(Key::ArchiveHeading, &[("month", &name)]),
                    &m.paging,
                ),
                words.fill(Key::ArchiveDescription, &[("month", &name)]),
            )
        }
        ListPage::Tag(t) => head(
            paged(format!("#{}", t.tag), &t.paging),
            words.fill(Key::TagDescription, &[("tag", t.tag.as_str())]),
        ),
    }
}

/// The document title of a page: its own title and the site's name, or the
/// site's name alone on the front page; in `words`' language.
pub fn page_title(
    site_name: &str,
    route: &Route,
    content: PageContent<'_>,
    words: &Catalog,
) -> String {
    let own = PageHead::of(route, content, words).title;
    match (own.is_empty(), site_name.is_empty()) {
        (true, _) => site_name.to_owned(),
        (false, true) => own,
        (false, false) => format!("{own} · {site_name}"),
    }
}

#[cfg(test)]
mod tests;

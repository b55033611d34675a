//! The list pages' content, whole: the front page, the campaigns, a month of
//! the archive and a tag, as `crate::listing` assembles them. Pages hand
//! them what they fetched; the pre-render hands them the same values read
//! from the content files.

use super::{ArticleList, CampaignStrip, DateTime, Pager, StatusBadge, href, page_head};
use crate::i18n::{self, Key, fill, t};
use crate::listing::{FrontList, ListPage, MonthList, PageContent, TagList};
use crate::model::{CampaignSummary, Month};
use crate::route::Route;
use leptos::prelude::*;

/// Any list page, with its title and description.
#[component]
pub fn ListView(
    /// The page's address.
    route: Route,
    /// What it lists.
    page: ListPage,
) -> impl IntoView {
    page_head(&route, PageContent::List(&page));
    let list = match page {
        ListPage::Front(list) => view! { <FrontPage list /> }.into_any(),
        ListPage::Campaigns(campaigns) => view! { <CampaignIndex campaigns /> }.into_any(),
        ListPage::Month(list) => view! { <MonthArchive list /> }.into_any(),
        ListPage::Tag(list) => view! { <TaggedArticles list /> }.into_any(),
    };
    view! { {list} }
}

/// The front page: the active urgent actions, one page of the latest
/// articles and the pager.
#[component]
pub fn FrontPage(
    /// What the page lists.
    list: FrontList,
) -> impl IntoView {
    view! {
        <CampaignStrip campaigns=list.campaigns />
        <ArticleList
            heading=t(Key::LatestArticles).into()
            articles=list.articles
            empty=t(Key::NoArticlesOnPage)
        />
        <Pager route=Route::HOME paging=list.paging />
    }
}

/// Every campaign with its status and deadline, in the order given.
#[component]
pub fn CampaignIndex(
    /// The campaigns, active ones first.
    campaigns: Vec<CampaignSummary>,
) -> impl IntoView {
    let empty = campaigns
        .is_empty()
        .then(|| view! { <p class="empty">{t(Key::NoCampaigns)}</p> });
    let items = campaigns
        .into_iter()
        .map(|c| {
            let deadline = c.deadline.map(|date| {
                view! { <p class="meta">{t(Key::Deadline)}" " <DateTime date /></p> }
            });
            view! {
                <li>
                    <StatusBadge status=c.status />
                    <h2>
                        <a href=href(&Route::Campaign { slug: c.slug })>{c.title}</a>
                    </h2>
                    {deadline}
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{t(Key::Campaigns)}</h1>
        <ul class="campaign-list">{items}</ul>
        {empty}
    }
}

/// One month of the archive, with links to the nearest months that have
/// articles.
#[component]
pub fn MonthArchive(
    /// What the page lists.
    list: MonthList,
) -> impl IntoView {
    let name = i18n::month(&list.month);
    let link = |month: Month, rel: &'static str| {
        let key = if rel == "prev" {
            Key::NewerMonth
        } else {
            Key::OlderMonth
        };
        let text = fill(key, &[("month", &i18n::month(&month))]);
        view! {
            <a href=href(&Route::Month { month, page: 1 }) rel=rel>
                {text}
            </a>
        }
    };
    let route = Route::Month {
        month: list.month.clone(),
        page: 1,
    };
    view! {
        <ArticleList
            heading=fill(Key::ArchiveHeading, &[("month", &name)])
            articles=list.articles
            empty=fill(Key::NoArticlesInMonth, &[("month", &name)])
        />
        <Pager route paging=list.paging />
        <nav class="pager" aria-label=t(Key::MonthsMenu)>
            {list.neighbours.newer.map(|m| link(m, "prev"))}
            {list.neighbours.older.map(|m| link(m, "next"))}
        </nav>
    }
}

/// One page of the articles carrying one tag.
#[component]
pub fn TaggedArticles(
    /// What the page lists.
    list: TagList,
) -> impl IntoView {
    let tag = list.tag;
    let route = Route::Tag {
        tag: tag.clone(),
        page: 1,
    };
    view! {
        <ArticleList
            heading=fill(Key::TagHeading, &[("tag", tag.as_str())])
            articles=list.articles
            empty=fill(Key::NoArticlesTagged, &[("tag", tag.as_str())])
        />
        <Pager route paging=list.paging />
    }
}

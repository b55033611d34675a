//! The list pages' content, whole: the front page, the campaigns, a month of
//! the archive and a tag. Pages hand them what they fetched; the pre-render
//! hands them the same values read from the content files.

use super::{ArticleList, CampaignStrip, DateTime, Pager, StatusBadge, site_href, use_locale};
use crate::model::{ArticleSummary, Campaign, CampaignSummary, Month, Slug, format_month};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// What a list page's head says. The app sets it as the reader moves
/// around; the pre-rendered page carries the same words for link previews.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListHead {
    /// The page title without the site name; empty on the front page.
    pub title: String,
    /// The meta description.
    pub description: String,
}

impl ListHead {
    /// The front page's, or that of its later page `page`.
    pub fn front(page: usize) -> Self {
        let title = if page > 1 {
            format!("Latest articles, page {page}")
        } else {
            String::new()
        };
        Self::new(
            title,
            "Urgent protests for people in danger: read the case, send a protest email from your own mailbox, share the link.",
        )
    }

    /// The campaigns page's.
    pub fn campaigns() -> Self {
        Self::new(
            "Campaigns",
            "Urgent actions: active cases first, then campaigns won and closed.",
        )
    }

    /// A month's archive page's; `name` is the month in words.
    pub fn month(name: &str) -> Self {
        Self::new(
            format!("Archive: {name}"),
            format!("Articles published in {name}."),
        )
    }

    /// A tag page's.
    pub fn tag(tag: &Slug) -> Self {
        Self::new(format!("#{tag}"), format!("Articles tagged #{tag}."))
    }

    fn new(title: impl Into<String>, description: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            description: description.into(),
        }
    }
}

/// Sets the page's title and description from `head`.
#[component]
fn ListMeta(head: ListHead) -> impl IntoView {
    view! {
        <Title text=head.title />
        <Meta name="description" content=head.description />
    }
}

/// The front page: the active urgent actions, one page of the latest
/// articles and the pager.
#[component]
pub fn FrontPage(
    /// The active campaigns, soonest deadline first.
    campaigns: Vec<Campaign>,
    /// The page's articles, newest first.
    articles: Vec<ArticleSummary>,
    /// The page shown, from 1.
    page: usize,
    /// How many pages there are.
    pages: usize,
) -> impl IntoView {
    view! {
        <ListMeta head=ListHead::front(page) />
        <CampaignStrip campaigns />
        <ArticleList heading="Latest articles".into() articles empty="There are no articles on this page." />
        <Pager page pages />
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
        .then(|| view! { <p class="empty">"There are no campaigns yet."</p> });
    view! {
        <ListMeta head=ListHead::campaigns() />
        <h1>"Campaigns"</h1>
        <ul class="campaign-list">
            {campaigns
                .into_iter()
                .map(|c| {
                    view! {
                        <li>
                            <StatusBadge status=c.status />
                            <h2><a href=site_href(&format!("/campaigns/{}", c.slug))>{c.title}</a></h2>
                            {c.deadline.map(|date| view! { <p class="meta">"Deadline: " <DateTime date /></p> })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        {empty}
    }
}

/// One month of the archive, with links to the nearest months that have
/// articles.
#[component]
pub fn MonthArchive(
    /// The month shown.
    month: Month,
    /// Its articles, newest first.
    articles: Vec<ArticleSummary>,
    /// The nearest earlier month with articles.
    older: Option<Month>,
    /// The nearest later month with articles.
    newer: Option<Month>,
) -> impl IntoView {
    let locale = use_locale();
    let name = format_month(&month, &locale);
    let link = |m: Month, rel: &'static str, arrow: &str| {
        let (year, number) = m.parts();
        let text = if rel == "prev" {
            format!("{arrow} {}", format_month(&m, &locale))
        } else {
            format!("{} {arrow}", format_month(&m, &locale))
        };
        view! { <a href=site_href(&format!("/archive/{year}/{number:02}")) rel=rel>{text}</a> }
    };
    view! {
        <ListMeta head=ListHead::month(&name) />
        <ArticleList heading=format!("Archive: {name}") articles empty=format!("No articles were published in {name}.") />
        <nav class="pager" aria-label="Months">
            {newer.map(|m| link(m, "prev", "←"))}
            {older.map(|m| link(m, "next", "→"))}
        </nav>
    }
}

/// Every article carrying one tag.
#[component]
pub fn TaggedArticles(
    /// The tag.
    tag: Slug,
    /// Its articles, newest first.
    articles: Vec<ArticleSummary>,
) -> impl IntoView {
    view! {
        <ListMeta head=ListHead::tag(&tag) />
        <ArticleList heading=format!("Articles tagged #{tag}") articles empty=format!("No articles are tagged #{tag} yet.") />
    }
}

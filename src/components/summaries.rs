//! Lists of article and campaign summaries, tag links and the pager.

use super::{CallToAction, DateTime, dir_for, href, own_language};
use crate::i18n::{self, Key, fill, number, t};
use crate::listing::Paging;
use crate::model::{ArticleSummary, Campaign, Slug};
use crate::route::Route;
use leptos::prelude::*;

/// A list of article summaries under a heading, or `empty` when there are none.
#[component]
pub fn ArticleList(
    /// The list's heading (the page's `h1`).
    heading: String,
    /// Summaries in the order to show them.
    articles: Vec<ArticleSummary>,
    /// What to say when the list is empty.
    #[prop(into)]
    empty: String,
) -> impl IntoView {
    let items = (!articles.is_empty()).then(|| {
        let items = articles
            .into_iter()
            .map(|a| view! { <ArticleItem article=a /> })
            .collect_view();
        view! { <ul class="article-list">{items}</ul> }
    });
    let empty = items
        .is_none()
        .then(|| view! { <p class="empty">{empty}</p> });
    view! {
        <section aria-labelledby="list-heading">
            <h1 id="list-heading">{heading}</h1>
            {items}
            {empty}
        </section>
    }
}

#[component]
fn ArticleItem(article: ArticleSummary) -> impl IntoView {
    // A headline in another language than the page's is marked as such.
    let tag = article
        .language
        .map_or_else(own_language, |l| l.to_string());
    let lang = (tag != i18n::language()).then_some(tag);
    let dir = dir_for(lang.as_deref());
    view! {
        <li>
            <h2 lang=lang.clone() dir=dir>
                <a href=href(
                    &Route::Article {
                        slug: article.slug,
                    },
                )>{article.title}</a>
            </h2>
            <p class="meta">
                <DateTime date=article.published />
            </p>
            <p lang=lang dir=dir>
                {article.standfirst}
            </p>
            <TagLinks tags=article.tags />
        </li>
    }
}

/// Links to the tag pages; nothing when there are no tags.
#[component]
pub fn TagLinks(
    /// The tags.
    tags: Vec<Slug>,
) -> impl IntoView {
    (!tags.is_empty()).then(|| {
        view! {
            <ul class="tags" aria-label=t(Key::TagsMenu)>
                {tags
                    .into_iter()
                    .map(|tag| {
                        let text = format!("#{tag}");
                        view! {
                            <li>
                                <a href=href(&Route::Tag { tag, page: 1 })>
                                    <bdi>{text}</bdi>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

/// The active urgent actions, each as a call to action; nothing when none is active.
#[component]
pub fn CampaignStrip(
    /// The active campaigns, soonest deadline first.
    campaigns: Vec<Campaign>,
) -> impl IntoView {
    (!campaigns.is_empty()).then(|| {
        view! {
            <section class="campaign-strip" aria-labelledby="actions-heading">
                <h2 id="actions-heading">{t(Key::UrgentActions)}</h2>
                {campaigns
                    .into_iter()
                    .map(|campaign| view! { <CallToAction campaign /> })
                    .collect_view()}
            </section>
        }
    })
}

/// Newer and older links between pages of a list, with "page n of m".
#[component]
pub fn Pager(
    /// The list, at any of its pages.
    route: Route,
    /// Where the reader is in it.
    paging: Paging,
) -> impl IntoView {
    let Paging { page, pages } = paging;
    let link = move |page: usize| href(&route.at_page(page));
    (pages > 1).then(|| {
        view! {
            <nav class="pager" aria-label=t(Key::PagesMenu)>
                {(page > 1)
                    .then(|| {
                        view! {
                            <a href=link(page - 1) rel="prev">
                                {t(Key::NewerArticles)}
                            </a>
                        }
                    })}
                <span>
                    {fill(
                        Key::PageOf,
                        &[("page", &number(page as u64)), ("pages", &number(pages as u64))],
                    )}
                </span>
                {(page < pages)
                    .then(|| {
                        view! {
                            <a href=link(page + 1) rel="next">
                                {t(Key::OlderArticles)}
                            </a>
                        }
                    })}
            </nav>
        }
    })
}

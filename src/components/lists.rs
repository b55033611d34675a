//! Lists of article and campaign summaries.

use super::DateTime;
use crate::model::{ArticleSummary, CampaignSummary};
use leptos::prelude::*;

/// The latest articles, each linking to its reading view.
#[component]
pub fn ArticleList(
    /// Summaries in the order to show them.
    articles: Vec<ArticleSummary>,
) -> impl IntoView {
    view! {
        <section class="article-list" aria-labelledby="latest-heading">
            <h1 id="latest-heading">"Latest articles"</h1>
            <ul>
                {articles
                    .into_iter()
                    .map(|a| {
                        view! {
                            <li>
                                <h2><a href=format!("/articles/{}", a.slug)>{a.title}</a></h2>
                                <p><DateTime date=a.published /></p>
                                <p>{a.standfirst}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// The campaigns, each linking to its page; nothing when there are none.
#[component]
pub fn CampaignList(
    /// Summaries in the order to show them.
    campaigns: Vec<CampaignSummary>,
) -> impl IntoView {
    (!campaigns.is_empty()).then(|| {
        view! {
            <section class="campaign-strip" aria-labelledby="actions-heading">
                <h2 id="actions-heading">"Urgent actions"</h2>
                <ul>
                    {campaigns
                        .into_iter()
                        .map(|c| view! { <li><a href=format!("/campaigns/{}", c.slug)>{c.title}</a></li> })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

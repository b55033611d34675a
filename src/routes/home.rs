//! `/`: the latest articles and the campaigns.

use super::content_states;
use crate::api;
use crate::components::{ArticleList, CampaignList};
use leptos::prelude::*;
use leptos_meta::Title;

/// The front page.
#[component]
pub fn HomePage() -> impl IntoView {
    let front = LocalResource::new(|| async {
        let manifest = api::manifest().await?;
        let latest = match manifest.months_newest_first().first() {
            Some(entry) => api::shard(&entry.month)
                .await?
                .latest_articles()
                .into_iter()
                .cloned()
                .collect(),
            None => Vec::new(),
        };
        Ok((manifest.campaigns, latest))
    });
    view! {
        <Title text="" />
        {content_states(front, |(campaigns, articles)| {
            view! {
                <CampaignList campaigns />
                <ArticleList articles />
            }
        })}
    }
}

//! `/`: the latest articles and the campaigns.

use super::content_states;
use crate::api;
use crate::components::{ArticleList, CampaignList};
use leptos::prelude::*;
use leptos_meta::Title;

/// The front page.
#[component]
pub fn HomePage() -> impl IntoView {
    let index = LocalResource::new(api::index);
    view! {
        <Title text="" />
        {content_states(index, |index| {
            view! {
                <CampaignList campaigns=index.campaigns.clone() />
                <ArticleList articles=index.latest_articles().into_iter().cloned().collect() />
            }
        })}
    }
}

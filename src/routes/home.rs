//! `/`: the active urgent actions and the latest articles, a page at a time
//! through the monthly index shards (`?page=2`).

use super::content_states;
use crate::api;
use crate::components::{ArticleList, CampaignStrip, Pager};
use crate::model::{PAGE_SIZE, plan_page};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

/// The front page.
#[component]
pub fn HomePage() -> impl IntoView {
    let query = use_query_map();
    let page = move || {
        query
            .read()
            .get("page")
            .and_then(|p| p.parse::<usize>().ok())
            .unwrap_or(1)
    };
    let front = LocalResource::new(move || {
        let page = page();
        async move {
            let manifest = api::manifest().await?;
            let plan = plan_page(&manifest.months_newest_first(), page, PAGE_SIZE);
            let articles = plan.select(&api::shards(&plan.months).await?);
            Ok((manifest.campaigns, articles, plan.page, plan.pages))
        }
    });
    view! {
        <Title text="" />
        <Meta name="description" content="Urgent protests for people in danger: read the case, send a protest email from your own mailbox, share the link." />
        {content_states(front, |(campaigns, articles, page, pages)| {
            view! {
                <CampaignStrip campaigns />
                <ArticleList heading="Latest articles".into() articles empty="There are no articles on this page." />
                <Pager page pages />
            }
        })}
    }
}

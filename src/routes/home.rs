//! `/` and `/page/:page`: the active urgent actions and the latest
//! articles, a page at a time through the monthly index shards. Later pages
//! are paths, not queries, so each can be pre-rendered like any other page.

use super::content_states;
use crate::api;
use crate::components::FrontPage;
use crate::model::{PAGE_SIZE, Status, campaigns_in_order, plan_page};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The front page; a page number that is not one (`/page/0`, `/page/x`) is
/// not found.
#[component]
pub fn HomePage() -> impl IntoView {
    let params = use_params_map();
    let page = move || match params.read().get("page") {
        None => Some(1),
        Some(p) => p.parse::<usize>().ok().filter(|&n| n >= 1),
    };
    let front = LocalResource::new(move || {
        let page = page();
        async move {
            let Some(page) = page else {
                return Err(api::LoadError::NotFound {
                    what: "This page".into(),
                });
            };
            let manifest = api::manifest().await?;
            let plan = plan_page(&manifest.months_newest_first(), page, PAGE_SIZE);
            let active: Vec<_> = campaigns_in_order(manifest.campaigns)
                .into_iter()
                .filter(|c| c.status == Status::Active)
                .collect();
            // The strip shows each action in full, so it needs the campaign
            // files; one that fails to load is left out, not the whole page.
            let (shards, campaigns) = futures::join!(
                api::shards(&plan.months),
                futures::future::join_all(active.iter().map(|c| api::campaign(c.slug.as_str())))
            );
            let campaigns: Vec<_> = campaigns.into_iter().filter_map(Result::ok).collect();
            Ok((campaigns, plan.select(&shards?), plan.page, plan.pages))
        }
    });
    content_states(front, |(campaigns, articles, page, pages)| {
        view! { <FrontPage campaigns articles page pages /> }
    })
}

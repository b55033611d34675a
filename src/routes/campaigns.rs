//! `/campaigns`: every campaign, active ones first by deadline.

use super::content_states;
use crate::api;
use crate::components::{DateTime, StatusBadge};
use crate::model::campaigns_in_order;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The list of campaigns with their status and deadline.
#[component]
pub fn CampaignsPage() -> impl IntoView {
    let list =
        LocalResource::new(|| async { Ok(campaigns_in_order(api::manifest().await?.campaigns)) });
    content_states(list, |campaigns| {
        let empty = campaigns
            .is_empty()
            .then(|| view! { <p class="empty">"There are no campaigns yet."</p> });
        view! {
            <Title text="Campaigns" />
            <Meta name="description" content="Urgent actions: active cases first, then campaigns won and closed." />
            <h1>"Campaigns"</h1>
            <ul class="campaign-list">
                {campaigns
                    .into_iter()
                    .map(|c| {
                        view! {
                            <li>
                                <StatusBadge status=c.status />
                                <h2><a href=format!("/campaigns/{}", c.slug)>{c.title}</a></h2>
                                {c.deadline.map(|date| view! { <p class="meta">"Deadline: " <DateTime date /></p> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {empty}
        }
    })
}

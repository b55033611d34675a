//! `/campaigns`: every campaign, active ones first by deadline.

use super::content_states;
use crate::api;
use crate::components::CampaignIndex;
use crate::model::campaigns_in_order;
use leptos::prelude::*;

/// The list of campaigns with their status and deadline.
#[component]
pub fn CampaignsPage() -> impl IntoView {
    let list =
        LocalResource::new(|| async { Ok(campaigns_in_order(api::manifest().await?.campaigns)) });
    content_states(list, |campaigns| view! { <CampaignIndex campaigns /> })
}

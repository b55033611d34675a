//! The campaign page's content.

use crate::model::Campaign;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// A campaign: its title and the case in brief.
#[component]
pub fn CampaignView(
    /// The campaign to show.
    campaign: Campaign,
) -> impl IntoView {
    view! {
        <Title text=campaign.title.clone() />
        <Meta name="description" content=campaign.summary.clone() />
        <article class="campaign">
            <h1>{campaign.title}</h1>
            <p class="standfirst">{campaign.summary}</p>
        </article>
    }
}

//! `/campaigns/:slug`: the case and what to do about it.

use super::{content_states, slug_param};
use crate::api;
use crate::components::CampaignView;
use leptos::prelude::*;

/// Loads the campaign named in the URL and shows it.
#[component]
pub fn CampaignPage() -> impl IntoView {
    let slug = slug_param();
    let campaign = LocalResource::new(move || {
        let slug = slug();
        async move { api::campaign(&slug).await }
    });
    content_states(campaign, |campaign| view! { <CampaignView campaign /> })
}

//! `/campaigns/:slug`: the case and what to do about it.

use super::{campaign_and_preset, content_states, use_route};
use crate::browser;
use crate::components::CampaignView;
use crate::route::PageKind;
use crate::share::LinkChoices;
use leptos::prelude::*;

/// Loads the campaign named in the URL and shows it, with the share link's preset.
#[component]
pub fn CampaignPage() -> impl IntoView {
    let route = use_route(PageKind::Campaign);
    let load = campaign_and_preset(route);
    let read_preset = load.read_preset;
    content_states(route, load.campaign, move |campaign| {
        let LinkChoices { preset, ignored } = read_preset(&campaign);
        let (today, site_root) = (browser::today(), browser::site_root());
        view! { <CampaignView campaign today preset ignored site_root /> }
    })
}

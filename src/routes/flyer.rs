//! `/campaigns/:slug/flyer`: a printable flyer of a campaign's share link.

use super::{campaign_and_preset, content_states, site_root};
use crate::components::QrCode;
use leptos::prelude::*;
use leptos_meta::Title;

/// Title, demand, QR code and the link in short, ready to print.
#[component]
pub fn FlyerPage() -> impl IntoView {
    let (campaign, read_preset) = campaign_and_preset();
    content_states(campaign, move |campaign| {
        let (preset, _) = read_preset(&campaign);
        let url = format!(
            "{}/campaigns/{}{}",
            site_root(),
            campaign.slug,
            preset.to_query()
        );
        let short = url
            .split_once("://")
            .map_or(url.as_str(), |(_, rest)| rest)
            .to_owned();
        let print = move |_| {
            if let Some(window) = web_sys::window() {
                // Printing can be refused (kiosk mode); the flyer is still on screen.
                let _ = window.print();
            }
        };
        view! {
            <Title text=format!("Flyer: {}", campaign.title) />
            <article class="flyer">
                <h1>{campaign.title.clone()}</h1>
                <p class="flyer-demand">{campaign.demands.first().cloned()}</p>
                <p>{campaign.recipients_sentence()}</p>
                <QrCode text=url.clone() />
                <p class="flyer-url">{short}</p>
                <button type="button" class="flyer-print" on:click=print>"Print this flyer"</button>
            </article>
        }
    })
}

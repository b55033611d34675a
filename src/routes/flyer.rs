//! `/campaigns/:slug/flyer`: a printable flyer of a campaign's share link.

use super::{content_states, site_origin, slug_param};
use crate::api;
use crate::components::QrCode;
use crate::share::Preset;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// Title, demand, QR code and the link in short, ready to print.
#[component]
pub fn FlyerPage() -> impl IntoView {
    let slug = slug_param();
    let campaign = LocalResource::new(move || {
        let slug = slug();
        async move { api::campaign(&slug).await }
    });
    let query = use_query_map();
    content_states(campaign, move |campaign| {
        let pairs = query.with_untracked(|q| {
            q.into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<Vec<_>>()
        });
        let (preset, _) = Preset::parse(
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            &campaign,
        );
        let origin = site_origin();
        let url = format!("{origin}/campaigns/{}{}", campaign.slug, preset.to_query());
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

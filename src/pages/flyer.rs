//! `/campaigns/:campaign/flyer`: a printable flyer of a campaign's share link.

use super::{campaign_and_preset, content_states, use_route};
use crate::browser;
use crate::components::{QrCode, dir_for, fallback_lang, own_language, page_head, page_url};
use crate::i18n::{self, Key, t};
use crate::listing::PageContent;
use crate::route::{PageKind, Route};
use leptos::prelude::*;

/// Title, demand, QR code and the link in short, ready to print.
#[component]
pub fn FlyerPage() -> impl IntoView {
    let route = use_route(PageKind::Flyer);
    let load = campaign_and_preset(route);
    let read_preset = load.read_preset;
    content_states(route, load.campaign, move |campaign| {
        let preset = read_preset(&campaign).preset;
        let (campaign, fallbacks) = campaign.in_language(i18n::language(), &own_language());
        let lang = fallback_lang(fallbacks.head || fallbacks.demands);
        let page = Route::Campaign {
            slug: campaign.slug.clone(),
        };
        let url = page_url(&page, &browser::site_root()) + &preset.to_query();
        let short = url
            .split_once("://")
            .map_or(url.as_str(), |(_, rest)| rest)
            .to_owned();
        page_head(&route.get_untracked(), PageContent::Campaign(&campaign));
        view! {
            <article class="flyer">
                <div dir=dir_for(lang.as_deref()) lang=lang>
                    <h1>{campaign.title.clone()}</h1>
                    <p class="flyer-demand">{campaign.demands.first().cloned()}</p>
                </div>
                <p>{campaign.recipients_sentence(i18n::catalog())}</p>
                <QrCode text=url.clone() />
                <p class="flyer-url">{short}</p>
                <button type="button" class="flyer-print" on:click=|_| browser::print()>
                    {t(Key::PrintFlyer)}
                </button>
            </article>
        }
    })
}

//! `/campaigns/:slug`: the case and what to do about it.

use super::{content_states, site_origin, slug_param};
use crate::api;
use crate::components::CampaignView;
use crate::model::{Date, local_date};
use crate::share::Preset;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Loads the campaign named in the URL and shows it.
#[component]
pub fn CampaignPage() -> impl IntoView {
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
        let (preset, ignored) = Preset::parse(
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            &campaign,
        );
        view! { <CampaignView campaign today=reader_today() preset ignored origin=site_origin() /> }
    })
}

/// Today's date where the reader is, from the browser's clock and time zone.
fn reader_today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    // getTimezoneOffset is minutes *behind* UTC; local_date wants minutes ahead.
    local_date(now.get_time(), -(now.get_timezone_offset() as i64))
}

//! `/campaigns/:slug`: the case and what to do about it.

use super::{campaign_and_preset, content_states, site_root};
use crate::components::CampaignView;
use crate::model::{Date, local_date};
use leptos::prelude::*;

/// Loads the campaign named in the URL and shows it, with the share link's preset.
#[component]
pub fn CampaignPage() -> impl IntoView {
    let (campaign, read_preset) = campaign_and_preset();
    content_states(campaign, move |campaign| {
        let (preset, ignored) = read_preset(&campaign);
        view! { <CampaignView campaign today=reader_today() preset ignored site_root=site_root() /> }
    })
}

/// Today's date where the reader is, from the browser's clock and time zone.
fn reader_today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    // getTimezoneOffset is minutes *behind* UTC; local_date wants minutes ahead.
    local_date(now.get_time(), -(now.get_timezone_offset() as i64))
}

//! Inside the preview's frame: the desk's page started as a reader page in
//! one language (`?preview=ru`), which draws whatever campaign file the
//! desk around it sends with the readers' own campaign page.

use super::READY;
use leptos::prelude::*;
use tocsin::browser;
use tocsin::components::{CampaignView, Drafts, SiteLanguages, SiteName};
use tocsin::model::Campaign;
use tocsin::share::Preset;
use wasm_bindgen::JsValue;

/// Speaks `tag` as a reader page of the site would (its catalog loaded,
/// English when it cannot be), then mounts the preview.
#[cfg(target_arch = "wasm32")]
pub fn start(tag: String) {
    let first = browser::site_languages().first().map(|l| l.tag.clone());
    let prefixed = first.as_deref() != Some(tag.as_str());
    tocsin::boot::speak(tag, prefixed, || {
        // A reader page, without the desk's own layout.
        if let Some(body) = document().body() {
            let _ = body.remove_attribute("class");
        }
        leptos::mount::mount_to_body(PreviewPage);
    });
}

/// The campaign page of the file the desk last sent. Without the site's
/// header and footer: inside the desk a second banner and main landmark
/// would confuse whoever navigates by them, and the preview is of the
/// campaign, not of the site around it.
#[component]
fn PreviewPage() -> impl IntoView {
    provide_context(SiteName(browser::site_name()));
    provide_context(SiteLanguages(browser::site_languages()));
    provide_context(Drafts::new());
    provide_context(browser::site_base());
    let (campaign, set_campaign) = signal(None::<Campaign>);
    let origin = window().location().origin().unwrap_or_default();
    let listener = {
        let origin = origin.clone();
        window_event_listener(leptos::ev::message, move |event| {
            let file = event
                .data()
                .as_string()
                .filter(|_| event.origin() == origin);
            // What cannot be read yet keeps the last page that could.
            if let Some(read) = file.and_then(|file| serde_json::from_str(&file).ok()) {
                set_campaign.set(Some(read));
            }
        })
    };
    on_cleanup(move || listener.remove());
    if let Ok(Some(desk)) = window().parent() {
        let _ = desk.post_message(&JsValue::from_str(READY), &origin);
    }
    let page = move || {
        campaign.get().map(|campaign| {
            let (today, site_root) = (browser::today(), browser::site_root());
            view! { <CampaignView campaign today preset=Preset::default() ignored=Vec::new() site_root /> }
        })
    };
    view! { <div class="desk-preview-page">{page}</div> }
}

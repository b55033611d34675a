//! The share panel: copy the link, the Web Share API where the browser has
//! it, plain links for messengers, a QR code and a printable flyer. No share
//! script or image from a third party.

use super::{CopyButton, QrCode};
use crate::share::Channel;
use leptos::prelude::*;

/// Ways to pass `url` on, with `text` as the message.
#[component]
pub fn SharePanel(
    /// The full link to share, preset included.
    #[prop(into)]
    url: Signal<String>,
    /// The campaign's share text.
    text: String,
    /// The title, for the Web Share API and the mail subject.
    title: String,
    /// Where the printable flyer of this link is, if it has one.
    #[prop(optional, into)]
    flyer: Option<Signal<String>>,
) -> impl IntoView {
    let can_share = browser_can_share();
    let (share_title, share_text) = (title.clone(), text.clone());
    let native_share = move |_| {
        let data = web_sys::ShareData::new();
        data.set_title(&share_title);
        data.set_text(&share_text);
        data.set_url(&url.get_untracked());
        if let Some(window) = web_sys::window() {
            // A reader who cancels the share sheet is not an error.
            let _ = window.navigator().share_with_data(&data);
        }
    };
    let links = move || {
        Channel::ALL
            .into_iter()
            .map(|channel| {
                let href = channel.link(&text, &url.get(), &title);
                view! { <li><a href=href rel="noopener noreferrer" target="_blank">{channel.name()}</a></li> }
            })
            .collect_view()
    };
    view! {
        // Marked for the loader: on a pre-rendered article, the app starts
        // when this panel comes near the view (xtask/src/loader.rs).
        <section class="share" aria-labelledby="share-heading" data-needs-app="">
            <h2 id="share-heading">"Pass it on"</h2>
            <label for="share-url">"Link to share"</label>
            <input id="share-url" class="share-url" type="text" readonly prop:value=url />
            <div class="share-actions">
                <CopyButton label="Copy link" text=url done="Link copied." />
                {can_share.then(|| view! { <button type="button" on:click=native_share>"Share…"</button> })}
            </div>
            <ul class="share-links" aria-label="Share on">{links}</ul>
            <QrCode text=url />
            {flyer.map(|flyer| view! { <p><a href=flyer>"Print a flyer with this QR code"</a></p> })}
        </section>
    }
}

/// Whether this browser has the Web Share API; never when the page is
/// rendered ahead of time, outside a browser.
fn browser_can_share() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window().is_some_and(|w| {
            js_sys::Reflect::has(&w.navigator(), &wasm_bindgen::JsValue::from_str("share"))
                .unwrap_or(false)
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}

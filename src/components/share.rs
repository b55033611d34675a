//! The share panel: copy the link, the Web Share API where the browser has
//! it, plain links for messengers, a QR code and a printable flyer. No share
//! script or image from a third party.

use super::{CopyButton, QrCode};
use crate::browser;
use crate::i18n::{self, Key, t};
use crate::share::Channel;
use crate::takeover::NEEDS_APP;
use leptos::attr::custom::custom_attribute;
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
    let can_share = browser::can_share();
    let (share_title, share_text) = (title.clone(), text.clone());
    let native_share = move |_| browser::share(&share_title, &share_text, &url.get_untracked());
    let links = move || {
        Channel::ALL
            .into_iter()
            .map(|channel| {
                let href = channel.link(&text, &url.get(), &title);
                view! {
                    <li>
                        <a href=href rel="noopener noreferrer" target="_blank">
                            {channel.name(i18n::catalog())}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        // Marked for the loader: on a pre-rendered article, the app starts
        // when this panel comes near the view (src/boot/loader.js).
        <section class="share" aria-labelledby="share-heading" {..custom_attribute(NEEDS_APP, "")}>
            <h2 id="share-heading">{t(Key::PassItOn)}</h2>
            <label for="share-url">{t(Key::LinkToShare)}</label>
            <input id="share-url" class="share-url" type="text" readonly prop:value=url />
            <div class="share-actions">
                <CopyButton label=t(Key::CopyLink) text=url done=t(Key::LinkCopied) />
                {can_share
                    .then(|| {
                        view! {
                            <button type="button" on:click=native_share>
                                {t(Key::Share)}
                            </button>
                        }
                    })}
            </div>
            <ul class="share-links" aria-label=t(Key::ShareOn)>
                {links}
            </ul>
            <QrCode text=url />
            {flyer
                .map(|flyer| {
                    view! {
                        <p>
                            <a href=flyer>{t(Key::PrintFlyerLink)}</a>
                        </p>
                    }
                })}
        </section>
    }
}

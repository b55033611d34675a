//! Share links for messengers and mail: plain links, no third-party script.

use crate::i18n::{Catalog, Key};
use crate::mail_text::sanitize_header;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Everything but RFC 3986's unreserved characters is encoded, so spaces are
/// `%20` (never `+`) and `&`, `#`, `?` cannot end a parameter early.
pub const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes `text` as UTF-8 for a URL query value.
pub fn encode(text: &str) -> String {
    utf8_percent_encode(text, COMPONENT).to_string()
}

/// Where a link can be shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    /// WhatsApp's click-to-chat link.
    WhatsApp,
    /// Telegram's share link.
    Telegram,
    /// X's post intent.
    X,
    /// Facebook's sharer.
    Facebook,
    /// A mail from the reader's own mail app.
    Email,
}

impl Channel {
    /// Every channel, in the order the share panel shows them.
    pub const ALL: [Channel; 5] = [
        Channel::WhatsApp,
        Channel::Telegram,
        Channel::X,
        Channel::Facebook,
        Channel::Email,
    ];

    /// The channel's name as shown on its link, in `words`' language.
    pub fn name(self, words: &Catalog) -> &str {
        match self {
            Channel::WhatsApp => "WhatsApp",
            Channel::Telegram => "Telegram",
            Channel::X => "X",
            Channel::Facebook => "Facebook",
            Channel::Email => words.t(Key::ShareByEmail),
        }
    }

    /// The link that shares `url` with `text` on this channel.
    pub fn link(self, text: &str, url: &str, subject: &str) -> String {
        let (t, u) = (encode(text), encode(url));
        match self {
            Channel::WhatsApp => {
                format!("https://wa.me/?text={}", encode(&format!("{text} {url}")))
            }
            Channel::Telegram => format!("https://t.me/share/url?url={u}&text={t}"),
            Channel::X => format!("https://x.com/intent/post?text={t}&url={u}"),
            Channel::Facebook => format!("https://www.facebook.com/sharer/sharer.php?u={u}"),
            // The subject is a mail header: one clean line, whatever the
            // title holds.
            Channel::Email => format!(
                "mailto:?subject={}&body={}",
                encode(&sanitize_header(subject)),
                encode(&format!("{text}\r\n\r\n{url}"))
            ),
        }
    }
}

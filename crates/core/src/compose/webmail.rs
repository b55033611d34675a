//! Compose links for webmail, and the length budget that decides whether a
//! link may be offered at all: a link over its client's limit fails
//! silently, so it is replaced by the copy buttons and a plain explanation.

use super::mailto::address_list;
use super::{Message, Platform, mailto, normalize_body, sanitize_header};
use crate::i18n::{Catalog, Key};
use crate::share::encode;

/// Where the reader sends from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Client {
    /// The device's own mail app, through a mailto link.
    MailApp,
    /// Gmail on the web.
    Gmail,
    /// Outlook.com.
    Outlook,
    /// Yahoo Mail.
    Yahoo,
    /// Mail.ru, through its compose page's `mailto=` handler form.
    MailRu,
}

impl Client {
    /// Every client, in the order the composer offers them.
    pub const ALL: [Client; 5] = [
        Client::MailApp,
        Client::Gmail,
        Client::Outlook,
        Client::Yahoo,
        Client::MailRu,
    ];

    /// The button's words, in `words`' language.
    pub fn label(self, words: &Catalog) -> &str {
        match self {
            Client::MailApp => words.t(Key::OpenMailApp),
            Client::Gmail => "Gmail",
            Client::Outlook => "Outlook",
            Client::Yahoo => "Yahoo",
            Client::MailRu => "Mail.ru",
        }
    }

    /// The longest link the client reliably opens on `platform`. A mailto
    /// link's budget is the platform's (`Platform::mailto_limit`).
    /// Internet Explorer's 2,083 is the usual figure for Outlook.com and
    /// Yahoo. Google's front end answers "414 URI Too Long" for request
    /// lines over 8 KiB, so Gmail gets 8,000 with room for its own
    /// parameters, and Mail.ru, behind the same common 8 KiB default of
    /// web servers, the same.
    pub fn limit(self, platform: Platform) -> usize {
        match self {
            Client::MailApp => platform.mailto_limit(),
            Client::Gmail | Client::MailRu => 8_000,
            Client::Outlook | Client::Yahoo => 2_000,
        }
    }

    /// What the reader should know before choosing this client: Mail.ru
    /// answers to Russia's authorities, whom readers of a campaign against
    /// them, or against their allies, may have reason to fear.
    pub fn warning(self) -> Option<Key> {
        matches!(self, Client::MailRu).then_some(Key::MailRuJurisdiction)
    }

    /// Whether this client's link carries the copies (cc).
    pub fn carries_copies(self) -> bool {
        matches!(self, Client::MailApp | Client::Gmail | Client::MailRu)
    }

    /// The client's compose link for `message`, however long.
    pub fn link(self, message: &Message) -> String {
        let to = address_list(&message.to);
        let subject = encode(&sanitize_header(&message.subject));
        let body = encode(&normalize_body(&message.body));
        match self {
            Client::MailApp => mailto(message),
            Client::Gmail => {
                let cc = if message.cc.is_empty() {
                    String::new()
                } else {
                    format!("&cc={}", address_list(&message.cc))
                };
                format!(
                    "https://mail.google.com/mail/?view=cm&fs=1&to={to}&su={subject}&body={body}{cc}"
                )
            }
            Client::Outlook => format!(
                "https://outlook.live.com/mail/0/deeplink/compose?to={to}&subject={subject}&body={body}"
            ),
            Client::Yahoo => {
                format!("https://compose.mail.yahoo.com/?to={to}&subject={subject}&body={body}")
            }
            // The page takes a whole mailto link, as a web mail handler does.
            Client::MailRu => format!(
                "https://e.mail.ru/compose/?mailto={}",
                encode(&mailto(message))
            ),
        }
    }
}

/// What the composer may offer for one client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Offer {
    /// A link that fits the client's limit.
    Link(String),
    /// The link would be `length` characters, over the client's `limit`.
    TooLong {
        /// The link's length.
        length: usize,
        /// The client's limit.
        limit: usize,
    },
}

/// The link for `client` on `platform`, or why it cannot be offered.
pub fn offer(client: Client, message: &Message, platform: Platform) -> Offer {
    let link = client.link(message);
    let (length, limit) = (link.len(), client.limit(platform));
    if length <= limit {
        Offer::Link(link)
    } else {
        Offer::TooLong { length, limit }
    }
}

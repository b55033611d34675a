//! What the reader has typed into the composer. It lives for the visit in the
//! app's context (so moving around the app loses nothing), and in the
//! browser's storage only when the reader asks for that.

use crate::model::CountryCode;
use leptos::prelude::*;
use std::collections::HashMap;

/// One campaign's draft.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    /// The reader's name.
    pub name: String,
    /// The reader's town or city.
    pub city: String,
    /// The reader's country, as they write it in the letter.
    pub country: String,
    /// The country picked for the reader-supplied target's directory.
    pub directory_country: Option<CountryCode>,
    /// An address the reader typed for the reader-supplied target.
    pub typed_address: String,
    /// The letter's language.
    pub lang: String,
    /// The subject, once the reader edits it.
    pub subject: Option<String>,
    /// The body, once the reader edits it.
    pub body: Option<String>,
    /// Picks this reader's subject line among the variants.
    pub seed: u64,
    /// One email per recipient instead of one to all.
    pub in_turn: bool,
    /// Which recipient the reader is on when sending in turn.
    pub step: usize,
    /// Whether name, city and country are kept on this device.
    pub remember: bool,
}

/// Drafts of this visit by campaign slug, provided once by the app.
#[derive(Clone, Copy)]
pub struct Drafts(pub RwSignal<HashMap<String, Draft>>);

impl Drafts {
    /// An empty set of drafts.
    pub fn new() -> Drafts {
        Drafts(RwSignal::new(HashMap::new()))
    }
}

impl Default for Drafts {
    fn default() -> Self {
        Drafts::new()
    }
}

const DETAILS_KEY: &str = "tocsin.details";

fn local_storage() -> Option<web_sys::Storage> {
    // Storage can be disabled or refused (private modes, full quota): then
    // nothing is remembered, and nothing fails. A page rendered ahead of
    // time, outside a browser, has none either.
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()?.local_storage().ok().flatten()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// The remembered name, city and country, if the reader chose to keep them.
pub fn remembered_details() -> Option<(String, String, String)> {
    let text = local_storage()?.get_item(DETAILS_KEY).ok().flatten()?;
    let mut parts = text.splitn(3, '\n').map(str::to_owned);
    Some((parts.next()?, parts.next()?, parts.next()?))
}

/// Keeps name, city and country on this device; false if storage refused.
pub fn remember_details(draft: &Draft) -> bool {
    let clean = |s: &str| s.replace('\n', " ");
    let text = format!(
        "{}\n{}\n{}",
        clean(&draft.name),
        clean(&draft.city),
        clean(&draft.country)
    );
    local_storage().is_some_and(|s| s.set_item(DETAILS_KEY, &text).is_ok())
}

/// Removes the remembered details from this device.
pub fn forget_details() {
    if let Some(storage) = local_storage() {
        // Removing a key that is not there is not an error worth showing.
        let _ = storage.remove_item(DETAILS_KEY);
    }
}

/// How many letters the reader has marked as sent for `slug`, in this browser only.
pub fn sent_count(slug: &str) -> u32 {
    local_storage()
        .and_then(|s| s.get_item(&format!("tocsin.sent.{slug}")).ok().flatten())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Adds one to the private tally; returns the new count, or `None` if storage refused.
pub fn count_sent(slug: &str) -> Option<u32> {
    let next = sent_count(slug).saturating_add(1);
    local_storage()?
        .set_item(&format!("tocsin.sent.{slug}"), &next.to_string())
        .ok()?;
    Some(next)
}

/// A subject seed kept for this tab, so a reload keeps the reader's subject.
pub fn session_seed() -> u64 {
    // Ahead of time, outside a browser: the first subject.
    if cfg!(not(target_arch = "wasm32")) {
        return 0;
    }
    let storage = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
    let stored = storage
        .as_ref()
        .and_then(|s| s.get_item("tocsin.seed").ok().flatten())
        .and_then(|s| s.parse().ok());
    stored.unwrap_or_else(|| {
        let seed = (js_sys::Math::random() * 1_000_000.0) as u64;
        if let Some(storage) = storage {
            // Without storage the seed lasts this page view only; fine.
            let _ = storage.set_item("tocsin.seed", &seed.to_string());
        }
        seed
    })
}

//! Where the reader's drafts live: for the visit in the app's context (so
//! moving around the app loses nothing), and on the device only when the
//! reader asks for that.

use crate::browser::{self, Store};
use crate::compose::{Details, Draft};
use leptos::prelude::*;
use std::collections::HashMap;

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
const SEED_KEY: &str = "tocsin.seed";

/// The key of the private "I've sent it" tally of campaign `slug`.
fn sent_key(slug: &str) -> String {
    ["tocsin.sent.", slug].concat()
}

/// The remembered name, city and country, if the reader chose to keep them.
pub fn remembered_details() -> Option<Details> {
    let text = browser::load(Store::Device, DETAILS_KEY)?;
    let mut parts = text.splitn(3, '\n').map(str::to_owned);
    Some(Details {
        name: parts.next()?,
        city: parts.next()?,
        country: parts.next()?,
    })
}

/// Keeps name, city and country on this device; false if storage refused.
pub fn remember_details(details: &Details) -> bool {
    let clean = |s: &str| s.replace('\n', " ");
    let text = [
        clean(&details.name),
        clean(&details.city),
        clean(&details.country),
    ]
    .join("\n");
    browser::save(Store::Device, DETAILS_KEY, &text)
}

/// Removes the remembered details from this device.
pub fn forget_details() {
    browser::remove(Store::Device, DETAILS_KEY);
}

/// How many letters the reader has marked as sent for `slug`, in this browser only.
pub fn sent_count(slug: &str) -> u32 {
    browser::load(Store::Device, &sent_key(slug))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Adds one to the private tally; returns the new count, or `None` if storage refused.
pub fn count_sent(slug: &str) -> Option<u32> {
    let next = sent_count(slug).saturating_add(1);
    browser::save(Store::Device, &sent_key(slug), &next.to_string()).then_some(next)
}

/// A subject seed kept for this tab, so a reload keeps the reader's subject;
/// 0 (the first subject) outside a browser.
pub fn session_seed() -> u64 {
    let stored = browser::load(Store::Tab, SEED_KEY).and_then(|s| s.parse().ok());
    stored.unwrap_or_else(|| {
        let seed = (browser::random() * 1_000_000.0) as u64;
        // Without storage the seed lasts this page view only; fine.
        browser::save(Store::Tab, SEED_KEY, &seed.to_string());
        seed
    })
}

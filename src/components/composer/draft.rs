//! Where the reader's drafts live: for the visit in the app's context (so
//! moving around the app loses nothing), and on the device only when the
//! reader asks for that. What the site keeps on the device or in the tab is
//! under keys of its own base path, so two sites on one host (two GitHub
//! Pages projects of one user) never read each other's.

use crate::browser::{self, Store};
use crate::compose::{Details, Draft};
use leptos::prelude::*;

/// Drafts of this visit by campaign slug, provided once by the app. A list,
/// not a map: a visit holds a few drafts, and a map's code costs the wasm
/// more than searching them.
#[derive(Clone, Copy)]
pub struct Drafts(RwSignal<Vec<(String, Draft)>>);

impl Drafts {
    /// An empty set of drafts.
    pub fn new() -> Drafts {
        Drafts(RwSignal::new(Vec::new()))
    }

    /// The draft of campaign `slug`, if this visit has one.
    pub fn get(&self, slug: &str) -> Option<Draft> {
        self.0.with_untracked(|all| {
            all.iter()
                .find(|(of, _)| of == slug)
                .map(|(_, draft)| draft.clone())
        })
    }

    /// Changes every draft of this visit, the open one's included (its
    /// composer keeps it here again at its next change): the reader's
    /// choice not to be remembered holds for every campaign, or a draft
    /// visited later would write their details back.
    pub fn change_all(&self, change: impl Fn(&mut Draft)) {
        self.0
            .update(|all| all.iter_mut().for_each(|(_, draft)| change(draft)));
    }

    /// Keeps `draft` as campaign `slug`'s for this visit.
    pub fn keep(&self, slug: &str, draft: Draft) {
        self.0
            .update(|all| match all.iter_mut().find(|(of, _)| of == slug) {
                Some((_, kept)) => *kept = draft,
                None => all.push((slug.to_owned(), draft)),
            });
    }
}

impl Default for Drafts {
    fn default() -> Self {
        Drafts::new()
    }
}

/// The start of every key this site keeps: `tocsin:<base path>:`.
fn prefix() -> String {
    ["tocsin:", browser::site_base().as_str(), ":"].concat()
}

/// The key of `name` for this site.
fn key(name: &str) -> String {
    prefix() + name
}

/// The key of the private "I've sent it" tally of campaign `slug`.
fn sent_key(slug: &str) -> String {
    key(&["sent:", slug].concat())
}

/// Where the tally is kept: on the device only when the reader chose to be
/// remembered, else for this tab.
fn tally_store(remember: bool) -> Store {
    if remember { Store::Device } else { Store::Tab }
}

/// The remembered name, city and country, if the reader chose to keep them.
pub fn remembered_details() -> Option<Details> {
    let text = browser::load(Store::Device, &key("details"))?;
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
    let kept = browser::save(Store::Device, &key("details"), &text);
    // The page's language is the reader's choice too, once they opt in.
    keep_language(crate::i18n::address_language());
    kept
}

/// Keeps `tag` as the reader's language on this device, only if they chose
/// to have the site remember them (the rule for everything kept there).
pub fn keep_language(tag: &str) {
    if remembered_details().is_some() {
        // Storage refused: the choice lasts this page view, like any link.
        browser::save(Store::Device, &key("language"), tag);
    }
}

/// The language the reader chose to be remembered with, if any.
pub fn kept_language() -> Option<String> {
    browser::load(Store::Device, &key("language"))
}

/// Whether the reader turned down the offer of their own language in this tab.
pub fn offer_dismissed() -> bool {
    browser::load(Store::Tab, &key("offer")).is_some()
}

/// Remembers for this tab that the reader turned the offer down.
pub fn dismiss_offer() {
    // Storage refused: the offer may come back on the next page; harmless.
    browser::save(Store::Tab, &key("offer"), "no");
}

/// Removes everything this site keeps on the device: the details and every
/// tally kept there.
pub fn forget_device() {
    forget(Store::Device);
}

/// Removes everything this site keeps, on the device and in the tab: the
/// details, every tally and the subject seed.
pub fn forget_everything() {
    forget(Store::Device);
    forget(Store::Tab);
}

fn forget(store: Store) {
    let ours = prefix();
    for name in browser::keys(store)
        .into_iter()
        .filter(|k| k.starts_with(&ours))
    {
        browser::remove(store, &name);
    }
}

/// How many letters the reader has marked as sent for `slug`, wherever the
/// tally is kept.
pub fn sent_count(slug: &str) -> u32 {
    let count = |store| browser::load(store, &sent_key(slug)).and_then(|n| n.parse().ok());
    count(Store::Device)
        .or_else(|| count(Store::Tab))
        .unwrap_or(0)
}

/// Keeps the tally `count` of `slug` where the reader's choice says, and
/// nowhere else; false if storage refused.
pub fn keep_tally(slug: &str, count: u32, remember: bool) -> bool {
    let (here, other) = (tally_store(remember), tally_store(!remember));
    browser::remove(other, &sent_key(slug));
    count == 0 || browser::save(here, &sent_key(slug), &count.to_string())
}

/// A subject seed kept for this tab, so a reload keeps the reader's subject;
/// 0 (the first subject) outside a browser.
pub fn session_seed() -> u64 {
    let stored = browser::load(Store::Tab, &key("seed")).and_then(|s| s.parse().ok());
    stored.unwrap_or_else(|| {
        let seed = (browser::random() * 1_000_000.0) as u64;
        // Without storage the seed lasts this page view only; fine.
        browser::save(Store::Tab, &key("seed"), &seed.to_string());
        seed
    })
}

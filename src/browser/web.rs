//! The browser's own answers, through web-sys and js-sys.

use super::Store;
use crate::model::{Date, local_date};
use crate::takeover::PRERENDERED_TAG;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub(super) fn meta(name: &str) -> Option<String> {
    let selector = format!("meta[name=\"{name}\"]");
    let document = web_sys::window()?.document()?;
    document
        .query_selector(&selector)
        .ok()??
        .get_attribute("content")
}

pub(super) fn title() -> Option<String> {
    Some(web_sys::window()?.document()?.title()).filter(|t| !t.is_empty())
}

pub(super) fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

pub(super) fn user_agent() -> String {
    web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .unwrap_or_default()
}

pub(super) fn path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".to_owned())
}

pub(super) fn set_head(title: &str, description: Option<&str>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    document.set_title(title);
    let Some(description) = description else {
        return;
    };
    // The pre-rendered page's own goes when the app takes over (`boot`).
    let own = format!("meta[name=\"description\"]:not([{PRERENDERED_TAG}])");
    let meta = document.query_selector(&own).ok().flatten().or_else(|| {
        let meta = document.create_element("meta").ok()?;
        let _ = meta.set_attribute("name", "description");
        document.head()?.append_child(&meta).ok()?;
        Some(meta)
    });
    if let Some(meta) = meta {
        // Setting an attribute on an element cannot fail.
        let _ = meta.set_attribute("content", description);
    }
}

pub(super) fn mark_language(tag: &str, direction: &str) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        // Setting an attribute on the root cannot fail.
        let _ = root.set_attribute("lang", tag);
        let _ = root.set_attribute("dir", direction);
    }
}

pub(super) fn language() -> Option<String> {
    web_sys::window()?.navigator().language()
}

pub(super) fn rendered_day() -> Option<Date> {
    use crate::takeover::{PRERENDERED_ID, RENDERED_DAY};
    let page = web_sys::window()?
        .document()?
        .get_element_by_id(PRERENDERED_ID)?;
    Date::parse(&page.get_attribute(RENDERED_DAY)?).ok()
}

pub(super) fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    // getTimezoneOffset is minutes *behind* UTC; local_date wants minutes ahead.
    local_date(now.get_time(), -(now.get_timezone_offset() as i64))
}

pub(super) fn mail_date() -> String {
    js_sys::Date::new_0()
        .to_utc_string()
        .as_string()
        .unwrap_or_default()
}

pub(super) fn random() -> f64 {
    js_sys::Math::random()
}

/// Storage can be disabled or refused (private modes, full quota): then
/// nothing is kept, and nothing fails.
fn storage(store: Store) -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    match store {
        Store::Device => window.local_storage(),
        Store::Tab => window.session_storage(),
    }
    .ok()
    .flatten()
}

pub(super) fn load(store: Store, key: &str) -> Option<String> {
    storage(store)?.get_item(key).ok().flatten()
}

pub(super) fn save(store: Store, key: &str, value: &str) -> bool {
    storage(store).is_some_and(|s| s.set_item(key, value).is_ok())
}

pub(super) fn remove(store: Store, key: &str) {
    if let Some(storage) = storage(store) {
        // Removing a key that is not there is not an error worth showing.
        let _ = storage.remove_item(key);
    }
}

pub(super) fn keys(store: Store) -> Vec<String> {
    let Some(storage) = storage(store) else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect()
}

pub(super) async fn copy(text: &str) -> bool {
    match web_sys::window().map(|w| w.navigator().clipboard().write_text(text)) {
        Some(promise) => JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}

pub(super) fn can_share() -> bool {
    web_sys::window().is_some_and(|w| {
        js_sys::Reflect::has(&w.navigator(), &wasm_bindgen::JsValue::from_str("share"))
            .unwrap_or(false)
    })
}

pub(super) fn share(title: &str, text: &str, url: &str) {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_text(text);
    data.set_url(url);
    if let Some(window) = web_sys::window() {
        // A reader who cancels the share sheet is not an error.
        let _ = window.navigator().share_with_data(&data);
    }
}

pub(super) fn print() {
    if let Some(window) = web_sys::window() {
        // Printing can be refused (kiosk mode); the page is still on screen.
        let _ = window.print();
    }
}

pub(super) fn focus(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        // Focus cannot fail on an element with tabindex; nothing to report.
        let _ = element.focus();
    }
}

pub(super) fn focus_next_frame(id: &str) {
    let id = id.to_owned();
    leptos::prelude::request_animation_frame(move || focus(&id));
}

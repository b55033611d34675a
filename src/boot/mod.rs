//! Start-up, and the takeover of a page rendered ahead of time. The app
//! starts hidden beside the pre-rendered markup and swaps itself in once its
//! page has settled (content, not found or an error), so the reader never
//! sees a skeleton replace the text they were reading, and nothing moves.
//! Outside a browser (pre-rendering) every function here does nothing.

#[cfg(target_arch = "wasm32")]
mod focus;
#[cfg(target_arch = "wasm32")]
mod typed;

use leptos::prelude::*;
use std::cell::Cell;

/// Provided while a page is rendered ahead of time: buttons that only work
/// once the app runs are disabled until it takes over; what the reader types
/// meanwhile is carried over to the app's form.
#[derive(Debug, Clone, Copy)]
pub struct AheadOfTime;

/// Learns the page's language from its address (`/ru/…`, or the site's
/// first language), loads its catalog unless it is the English compiled in,
/// then mounts `app`. A catalog that cannot be loaded leaves the page in
/// English, which it says (`crate::components::LanguageOffer`).
#[cfg(target_arch = "wasm32")]
pub fn start<V: IntoView + 'static>(app: fn() -> V) {
    use crate::{browser, i18n, route};
    let languages = browser::site_languages();
    let later: Vec<String> = languages.iter().skip(1).map(|l| l.tag.clone()).collect();
    let prefix =
        route::address_language(&browser::path(), &browser::site_base(), &later).map(str::to_owned);
    let tag = prefix
        .clone()
        .or_else(|| languages.first().map(|l| l.tag.clone()))
        .unwrap_or_else(|| i18n::ENGLISH.to_owned());
    // Leptos' executor starts with the app; this runs before it.
    speak(tag, prefix.is_some(), move || mount(app));
}

/// Makes `tag` the page's language, its catalog loaded unless it is the
/// English compiled in, says so on `<html>`, then runs `then`; a catalog
/// that cannot be loaded leaves the page in English. `prefixed` when the
/// page's addresses carry the tag.
#[cfg(target_arch = "wasm32")]
pub fn speak(tag: String, prefixed: bool, then: impl FnOnce() + 'static) {
    use crate::{browser, i18n};
    wasm_bindgen_futures::spawn_local(async move {
        let catalog = match tag.as_str() {
            i18n::ENGLISH => Some(i18n::english()),
            _ => crate::api::catalog(&tag)
                .await
                .map(|text| i18n::leak(i18n::Catalog::parse(&text).0)),
        };
        match catalog {
            Some(catalog) => i18n::use_language(&tag, catalog, prefixed),
            None => i18n::use_fallback(&tag, prefixed),
        }
        browser::mark_language(i18n::language(), i18n::catalog().direction.as_str());
        then();
    });
}

/// Mounts `app`: straight into the body on a plain page, or hidden beside
/// the pre-rendered markup until [`reveal_app`].
#[cfg(target_arch = "wasm32")]
fn mount<V: IntoView + 'static>(app: fn() -> V) {
    use wasm_bindgen::JsCast;
    let document = document();
    let host = behind_prerendered_page()
        .then(|| document.create_element("div").ok())
        .flatten()
        .and_then(|host| {
            host.set_id(crate::takeover::APP_ID);
            // Cannot fail on a new element; if it did, the app would show at once.
            let _ = host.set_attribute("hidden", "");
            document.body()?.append_child(&host).ok()?;
            host.dyn_into::<web_sys::HtmlElement>().ok()
        });
    match host {
        // The reader is already reading: starting the app in a task of its
        // own, after the one that compiled and instantiated the wasm, keeps
        // each short enough not to hold up a tap or a scroll.
        Some(host) => set_timeout(
            move || leptos::mount::mount_to(host, app).forget(),
            std::time::Duration::ZERO,
        ),
        None => leptos::mount::mount_to_body(app),
    }
}

/// Whether the app is starting behind a page rendered ahead of time.
fn behind_prerendered_page() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        document()
            .get_element_by_id(crate::takeover::PRERENDERED_ID)
            .is_some()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}

thread_local! {
    /// Parts of the app's page still waiting for their own task
    /// ([`InItsOwnTask`]); the takeover waits for them.
    static WAITING: Cell<usize> = const { Cell::new(0) };
}

/// Builds `children` in a task of its own, after the rest of the page, while
/// the app gets ready behind a pre-rendered page: a long page (a campaign,
/// with its letter form and share panel) is then built in slices, none of
/// which holds up a tap or a scroll for long, and the takeover waits for
/// every slice. Anywhere else (a page the app navigated to, rendering ahead
/// of time) it builds them at once, so nothing appears late.
#[component]
pub fn InItsOwnTask(children: ChildrenFn) -> impl IntoView {
    let later = use_context::<AheadOfTime>().is_none() && behind_prerendered_page();
    let (built, set_built) = signal(!later);
    if later {
        WAITING.with(|waiting| waiting.set(waiting.get() + 1));
        set_timeout(
            move || {
                // The page may have gone meanwhile; then there is nothing to build.
                let _ = set_built.try_set(true);
                WAITING.with(|waiting| waiting.set(waiting.get().saturating_sub(1)));
            },
            std::time::Duration::ZERO,
        );
    }
    move || built.get().then(|| children())
}

/// Shows the app in place of the pre-rendered page, once that page has been
/// painted (so the reader's first paint is never held back by the app); does
/// nothing when there is none (any later page, a plain start, or rendering
/// ahead of time).
pub fn reveal_app() {
    // The frame after next has certainly shown the pre-rendered page.
    #[cfg(target_arch = "wasm32")]
    if behind_prerendered_page() {
        request_animation_frame(|| request_animation_frame(swap_in));
    }
}

#[cfg(target_arch = "wasm32")]
fn swap_in() {
    use crate::takeover::{APP_ID, APP_STATE, PRERENDERED_ID, PRERENDERED_TAG};
    if WAITING.with(Cell::get) > 0 {
        request_animation_frame(swap_in);
        return;
    }
    let document = document();
    let mut focused = None;
    if let Some(prerendered) = document.get_element_by_id(PRERENDERED_ID) {
        focused = focus::focused_control(&prerendered, document.active_element());
        if let Some(host) = document.get_element_by_id(APP_ID) {
            typed::carry(&prerendered, &host);
        }
        prerendered.remove();
        // The page's own head tags go too: the app keeps its metadata current.
        if let Ok(tags) = document.query_selector_all(&format!("head [{PRERENDERED_TAG}]")) {
            for i in 0..tags.length() {
                use wasm_bindgen::JsCast;
                if let Some(tag) = tags
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    tag.remove();
                }
            }
        }
    }
    // The loader marks a page whose app is slow to come (`APP_LATE`); it has
    // come. Removing an attribute cannot fail.
    if let Some(root) = document.document_element() {
        let _ = root.remove_attribute(APP_STATE);
    }
    if let Some(host) = document.get_element_by_id(APP_ID) {
        // Removing an attribute cannot fail; an app left hidden would show on the next page.
        let _ = host.remove_attribute("hidden");
        // A reader who had tabbed into the pre-rendered page keeps their
        // place: the app's copy of that control takes the focus.
        if let Some(control) = focused.and_then(|control| focus::same_control(&host, control)) {
            let _ = control.focus();
        }
    }
}

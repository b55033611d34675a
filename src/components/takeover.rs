//! Taking over a page rendered ahead of time. The app starts hidden beside
//! the pre-rendered markup, and swaps itself in once its page has settled
//! (content, not found or an error), so the reader never sees a skeleton
//! replace the text they were reading, and nothing moves.

use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::JsCast;

/// Provided while a page is rendered ahead of time: controls that only work
/// once the app runs are disabled until it takes over, so nothing typed into
/// them is lost.
#[derive(Debug, Clone, Copy)]
pub struct AheadOfTime;

/// The element holding the pre-rendered page, written by `cargo xtask build`.
pub const PRERENDERED_ID: &str = "prerendered";
/// The element the app mounts into on a pre-rendered page.
const APP_ID: &str = "app";

/// Mounts `app`: straight into the body on a plain page, or hidden beside
/// the pre-rendered markup until [`reveal_app`].
pub fn mount<V: IntoView + 'static>(app: fn() -> V) {
    let document = document();
    let prerendered = document.get_element_by_id(PRERENDERED_ID).is_some();
    let host = prerendered
        .then(|| document.create_element("div").ok())
        .flatten()
        .and_then(|host| {
            host.set_id(APP_ID);
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
    let later = use_context::<AheadOfTime>().is_none()
        && document().get_element_by_id(PRERENDERED_ID).is_some();
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
/// nothing when there is none (any later page, or a plain start).
pub fn reveal_app() {
    if document().get_element_by_id(PRERENDERED_ID).is_none() {
        return;
    }
    // The frame after next has certainly shown the pre-rendered page.
    request_animation_frame(|| request_animation_frame(swap_in));
}

fn swap_in() {
    if WAITING.with(Cell::get) > 0 {
        request_animation_frame(swap_in);
        return;
    }
    let document = document();
    let mut focused = None;
    if let Some(prerendered) = document.get_element_by_id(PRERENDERED_ID) {
        focused = focused_control(&prerendered, document.active_element());
        prerendered.remove();
        // The page's own head tags go too: the app keeps its metadata current.
        if let Ok(tags) = document.query_selector_all("head [data-prerendered]") {
            for i in 0..tags.length() {
                if let Some(tag) = tags
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    tag.remove();
                }
            }
        }
    }
    // The loader marks a page whose app is slow to come (`data-app="late"`,
    // xtask/src/loader.rs); it has come. Removing an attribute cannot fail.
    if let Some(root) = document.document_element() {
        let _ = root.remove_attribute("data-app");
    }
    if let Some(host) = document.get_element_by_id(APP_ID) {
        // Removing an attribute cannot fail; an app left hidden would show on the next page.
        let _ = host.remove_attribute("hidden");
        // A reader who had tabbed into the pre-rendered page keeps their
        // place: the app's copy of that control takes the focus.
        if let Some(control) = focused.and_then(|control| same_control(&host, control)) {
            let _ = control.focus();
        }
    }
}

/// Controls a reader can focus, in document order.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, [tabindex]";

/// Which control had the focus: what it looks like, and how many controls
/// that look the same come before it (the call to action appears twice).
type Focused = (String, usize);

/// The control of `page` that is `active`, if it is one.
fn focused_control(page: &web_sys::Element, active: Option<web_sys::Element>) -> Option<Focused> {
    let active = active?;
    let controls = focusables(page);
    let at = controls
        .iter()
        .position(|control| control.is_same_node(Some(&active)))?;
    let looks = look(&controls[at]);
    let before = controls[..at].iter().filter(|c| look(c) == looks).count();
    Some((looks, before))
}

/// The app's copy of a control: the same occurrence of the same look. The
/// app may add controls the pre-rendered page lacks (the Web Share button),
/// so a plain position could point at a neighbour.
fn same_control(host: &web_sys::Element, (looks, before): Focused) -> Option<web_sys::HtmlElement> {
    focusables(host)
        .into_iter()
        .filter(|control| look(control) == looks)
        .nth(before)
}

/// A control's tag, id, link and words.
fn look(control: &web_sys::HtmlElement) -> String {
    let href = control.get_attribute("href").unwrap_or_default();
    let words = control.text_content().unwrap_or_default();
    format!("{}|{}|{href}|{words}", control.tag_name(), control.id())
}

/// The focusable controls in `page`, in document order.
fn focusables(page: &web_sys::Element) -> Vec<web_sys::HtmlElement> {
    let Ok(list) = page.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

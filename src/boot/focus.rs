//! Carrying the reader's focus across the takeover: the control they had
//! focused in the pre-rendered page is found again among the app's.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Controls a reader can focus, in document order.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, [tabindex]";

/// Which control had the focus: what it looks like, and how many controls
/// that look the same come before it (the call to action appears twice).
pub(super) struct Focused {
    looks: String,
    before: usize,
}

/// The control of `page` that is `active`, if it is one.
pub(super) fn focused_control(page: &Element, active: Option<Element>) -> Option<Focused> {
    let active = active?;
    let controls = focusables(page);
    let at = controls
        .iter()
        .position(|control| control.is_same_node(Some(&active)))?;
    let looks = look(&controls[at]);
    let before = controls[..at].iter().filter(|c| look(c) == looks).count();
    Some(Focused { looks, before })
}

/// The app's copy of a control: the same occurrence of the same look. The
/// app may add controls the pre-rendered page lacks (the Web Share button),
/// so a plain position could point at a neighbour.
pub(super) fn same_control(host: &Element, focused: Focused) -> Option<HtmlElement> {
    focusables(host)
        .into_iter()
        .filter(|control| look(control) == focused.looks)
        .nth(focused.before)
}

/// A control's tag, id, link and words.
fn look(control: &HtmlElement) -> String {
    let href = control.get_attribute("href").unwrap_or_default();
    let words = control.text_content().unwrap_or_default();
    [control.tag_name(), control.id(), href, words].join("|")
}

/// The focusable controls in `page`, in document order.
fn focusables(page: &Element) -> Vec<HtmlElement> {
    let Ok(list) = page.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .collect()
}

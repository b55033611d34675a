//! Carrying what the reader did in the pre-rendered page across the
//! takeover: its letter form works from the first paint, so a reader may
//! have written their name, changed the letter or opened "Write anyway"
//! before the app arrived. Each control the reader changed gives the app's
//! control of the same id its value, with an `input` and a `change` event,
//! so the app takes it as typed.

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event};

/// The form's controls whose value a reader can change, and the parts of
/// a page they can open.
const CONTROLS: &str = "form textarea[id], form input[id], form select[id], details[id]";

/// Gives the app's controls in `host` what the reader did in `page`. The
/// letter goes first: it is read against the prompts it showed, before a
/// name typed fills them.
pub(super) fn carry(page: &Element, host: &Element) {
    let Ok(list) = page.query_selector_all(CONTROLS) else {
        return;
    };
    let mut controls: Vec<Element> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect();
    controls.sort_by_key(|control| control.tag_name() != "TEXTAREA");
    for control in controls {
        let Ok(Some(own)) = host.query_selector(&format!("#{}", control.id())) else {
            continue;
        };
        // What the page started with: a select's option marked selected,
        // a field's default; a details element's open state is compared
        // with the app's alone.
        let (name, first) = match control.tag_name().as_str() {
            "DETAILS" => ("open", None),
            "SELECT" => {
                let marked = control.query_selector("option[selected]").ok().flatten();
                let first = marked.and_then(|option| option.get_attribute("value"));
                ("value", Some(JsValue::from(first.unwrap_or_default())))
            }
            _ if control.get_attribute("type").as_deref() == Some("checkbox") => {
                ("checked", Some(property(&control, "defaultChecked")))
            }
            _ => ("value", Some(property(&control, "defaultValue"))),
        };
        let value = property(&control, name);
        let untouched = first.is_some_and(|first| first == value);
        if untouched || value == property(&own, name) {
            continue;
        }
        if Reflect::set(&own, &JsValue::from(name), &value).is_err() {
            continue;
        }
        for kind in ["input", "change"] {
            if let Ok(event) = Event::new(kind) {
                let _ = own.dispatch_event(&event);
            }
        }
    }
}

fn property(control: &Element, name: &str) -> JsValue {
    Reflect::get(control, &JsValue::from(name)).unwrap_or(JsValue::UNDEFINED)
}

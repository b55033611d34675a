//! Outside a browser (pre-rendering, native tests) there is no page, no
//! storage and no clock of the reader's: every call is answered as a
//! browser with nothing to offer would answer it.

use super::Store;
use crate::model::Date;

pub(super) fn meta(_name: &str) -> Option<String> {
    None
}

pub(super) fn title() -> Option<String> {
    None
}

pub(super) fn origin() -> String {
    String::new()
}

pub(super) fn user_agent() -> String {
    String::new()
}

pub(super) fn path() -> String {
    "/".to_owned()
}

pub(super) fn set_head(_title: &str, _description: Option<&str>) {}

pub(super) fn mark_language(_tag: &str, _direction: &str) {}

pub(super) fn language() -> Option<String> {
    None
}

pub(super) fn rendered_day() -> Option<Date> {
    None
}

pub(super) fn today() -> Option<Date> {
    None
}

pub(super) fn mail_date() -> String {
    String::new()
}

pub(super) fn random() -> f64 {
    0.0
}

pub(super) fn load(_store: Store, _key: &str) -> Option<String> {
    None
}

pub(super) fn save(_store: Store, _key: &str, _value: &str) -> bool {
    false
}

pub(super) fn remove(_store: Store, _key: &str) {}

pub(super) fn keys(_store: Store) -> Vec<String> {
    Vec::new()
}

pub(super) async fn copy(_text: &str) -> bool {
    false
}

pub(super) fn can_share() -> bool {
    false
}

pub(super) fn share(_title: &str, _text: &str, _url: &str) {}

pub(super) fn print() {}

pub(super) fn focus(_id: &str) {}

pub(super) fn focus_next_frame(_id: &str) {}

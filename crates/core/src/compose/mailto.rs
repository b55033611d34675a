//! mailto links per RFC 6068, shaped by what real clients accept: the first
//! recipient in the path (iOS Gmail ignores `?to=`), commas between
//! recipients, `%20` for spaces, `%0D%0A` for line ends, UTF-8
//! percent-encoding, and only `subject`, a non-empty `body` and a non-empty
//! `cc`.

use super::{Message, normalize_body, sanitize_header};
use crate::share::{COMPONENT, encode};
use percent_encoding::{AsciiSet, utf8_percent_encode};

/// In an address, `@` may stay as it is; everything else outside the
/// unreserved set is encoded (RFC 6068 section 2).
const ADDRESS: &AsciiSet = &COMPONENT.remove(b'@');

/// A comma-separated, encoded list of addresses.
pub(super) fn address_list(addresses: &[crate::model::Email]) -> String {
    addresses
        .iter()
        .map(|a| utf8_percent_encode(a.as_str(), ADDRESS).to_string())
        .collect::<Vec<_>>()
        .join(",")
}

/// The mailto link of `message`.
pub fn mailto(message: &Message) -> String {
    let mut link = format!("mailto:{}", address_list(&message.to));
    link.push_str("?subject=");
    link.push_str(&encode(&sanitize_header(&message.subject)));
    if !message.cc.is_empty() {
        link.push_str("&cc=");
        link.push_str(&address_list(&message.cc));
    }
    let body = normalize_body(&message.body);
    if !body.is_empty() {
        link.push_str("&body=");
        link.push_str(&encode(&body));
    }
    link
}

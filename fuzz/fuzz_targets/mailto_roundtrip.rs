//! Any subject and body (split from arbitrary text at the first NUL) make a
//! mailto link that decodes back to exactly the clean subject and the CRLF
//! body, to the same recipients, with subject, cc and body once each and nothing else.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tocsin::compose::{Message, mailto, normalize_body, sanitize_header};
use tocsin::model::Email;

#[path = "../../crates/core/tests/support/mail.rs"]
mod mail;

fuzz_target!(|text: &str| {
    let (subject, body) = text.split_once('\0').unwrap_or((text, ""));
    let message = Message {
        to: vec![Email::parse("gp-rk@mail.online.kz").expect("a valid address")],
        cc: vec![Email::parse("copies@example.org").expect("a valid address")],
        subject: subject.to_owned(),
        body: body.to_owned(),
    };
    let link = mailto(&message);
    assert!(link.bytes().all(|b| (0x21..0x7f).contains(&b)), "{link}");
    assert!(link.starts_with("mailto:gp-rk@mail.online.kz"));
    let pairs = mail::query_pairs(&link).expect("our links decode to UTF-8");
    let keys: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["subject", "cc", "body"]);
    for (key, value) in pairs {
        match key.as_str() {
            "subject" => assert_eq!(value, sanitize_header(subject)),
            "body" => assert_eq!(value, normalize_body(body)),
            "cc" => assert_eq!(value, "copies@example.org"),
            other => panic!("unexpected parameter {other:?}"),
        }
    }
});

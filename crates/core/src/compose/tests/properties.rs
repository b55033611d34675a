//! Properties over arbitrary text, 10,000 cases each: the mailto link decodes
//! back to exactly the message, no header carries a line break, and no
//! parameter but subject, body and cc ever appears.

use super::super::*;
use super::decode_mailto;
use crate::model::Email;
use proptest::prelude::*;

fn address() -> impl Strategy<Value = Email> {
    (
        "[a-z0-9][a-z0-9.+_-]{0,12}",
        "[a-z0-9-]{1,10}\\.(org|kz|example)",
    )
        .prop_filter_map("an addr-spec", |(local, domain)| {
            Email::parse(&format!("{local}@{domain}")).ok()
        })
}

/// Any text, with line ends, controls, bidi marks and reserved characters mixed in.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            any::<char>().prop_map(String::from),
            Just("\r\n".to_owned()),
            Just("\r".to_owned()),
            Just("\n".to_owned()),
            Just("&cc=x@evil.example&bcc=".to_owned()),
            Just("%0D%0A".to_owned()),
            Just("+ # ? = %".to_owned()),
            Just("\u{2028}\u{85}\u{202E}".to_owned()),
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

fn message() -> impl Strategy<Value = Message> {
    (
        prop::collection::vec(address(), 1..5),
        prop::collection::vec(address(), 0..3),
        text(),
        text(),
    )
        .prop_map(|(to, cc, subject, body)| Message {
            to,
            cc,
            subject,
            body,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn mailto_decodes_back_to_the_message(m in message()) {
        let decoded = decode_mailto(&mailto(&m));
        let to: Vec<String> = m.to.iter().map(|a| a.to_string()).collect();
        prop_assert_eq!(&decoded.to, &to);
        let (subject, body) = (sanitize_header(&m.subject), normalize_body(&m.body));
        prop_assert_eq!(decoded.param("subject"), Some(subject.as_str()));
        // An empty body is left out of the link.
        prop_assert_eq!(decoded.param("body").unwrap_or_default(), body.as_str());
        let cc: Vec<String> = m.cc.iter().map(|a| a.to_string()).collect();
        prop_assert_eq!(decoded.param("cc").map(str::to_owned), (!cc.is_empty()).then(|| cc.join(",")));
    }

    #[test]
    fn no_header_ever_contains_a_line_break(m in message(), date in text()) {
        let subject = sanitize_header(&m.subject);
        prop_assert!(!subject.contains(['\r', '\n']));
        let eml = eml(&m, &date);
        let (headers, _) = eml.split_once("\r\n\r\n").unwrap();
        for line in headers.split("\r\n") {
            // Every header line is a field or the folded continuation of one.
            prop_assert!(line.starts_with(' ') || line.split_once(": ").is_some(), "{:?}", line);
            prop_assert!(!line.contains(['\r', '\n']));
        }
        prop_assert!(!headers.to_ascii_lowercase().contains("\nbcc:"));
    }

    #[test]
    fn only_subject_body_and_cc_appear(m in message()) {
        let decoded = decode_mailto(&mailto(&m));
        for (key, _) in &decoded.params {
            prop_assert!(["subject", "body", "cc"].contains(&key.as_str()), "{}", key);
        }
        prop_assert_eq!(decoded.params.iter().filter(|(k, _)| k == "cc").count(), usize::from(!m.cc.is_empty()));
        for client in [Client::Gmail, Client::Outlook, Client::Yahoo] {
            let link = client.link(&m);
            let query = link.split_once('?').unwrap().1;
            for pair in query.split('&') {
                let key = pair.split_once('=').map_or(pair, |(k, _)| k);
                prop_assert!(["view", "fs", "to", "su", "subject", "body", "cc"].contains(&key), "{}", key);
            }
        }
    }
}

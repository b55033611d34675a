//! The reader against serde_json, the reference: on the demo content, on
//! generated JSON written every way the grammar allows, and on damaged text.

use super::{Error, MAX_DEPTH, from_str};
use crate::model::{Article, Campaign, Rich, Site};
use proptest::prelude::*;
use serde::Deserialize;
use serde_json::{Map, Value};
use std::fmt::Write;

fn files(folder: &str) -> Vec<(String, String)> {
    let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join(folder);
    let mut found: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            (
                path.display().to_string(),
                std::fs::read_to_string(&path).unwrap(),
            )
        })
        .collect();
    found.sort();
    assert!(!found.is_empty(), "no files in {folder}");
    found
}

#[test]
fn reads_the_demo_content_as_serde_json_does() {
    for (path, text) in files("tests/fixtures") {
        let ours: Article = from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(
            ours,
            serde_json::from_str::<Article>(&text).unwrap(),
            "{path}"
        );
    }
    for (path, text) in files("public/data/campaigns") {
        let ours: Campaign = from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(
            ours,
            serde_json::from_str::<Campaign>(&text).unwrap(),
            "{path}"
        );
    }
    let site = include_str!("../../../../public/data/site.json");
    assert_eq!(
        from_str::<Site>(site).unwrap(),
        serde_json::from_str::<Site>(site).unwrap()
    );
}

fn message(text: &str) -> String {
    from_str::<Value>(text).unwrap_err().to_string()
}

#[test]
fn says_what_is_wrong_and_where() {
    assert_eq!(message(""), "EOF while parsing a value at line 1 column 1");
    assert_eq!(
        message("{\"slug\": ]"),
        "expected value at line 1 column 10"
    );
    assert_eq!(message("[1,\n 2,]"), "trailing comma at line 2 column 4");
    assert_eq!(message("{\"a\" 1}"), "expected `:` at line 1 column 6");
    assert_eq!(message("[1 2]"), "expected `,` or `]` at line 1 column 4");
    assert_eq!(
        message("{\"é\": 1 2}"),
        "expected `,` or `}` at line 1 column 9"
    );
    assert_eq!(message("[1] x"), "trailing characters at line 1 column 5");
    assert_eq!(
        message("\"a\u{1}\""),
        "control character in a string at line 1 column 3"
    );
    assert_eq!(message("\"\\x\""), "invalid escape at line 1 column 4");
    assert_eq!(
        message("\"\\ud800\""),
        "lone leading surrogate in hex escape at line 1 column 8"
    );
    assert_eq!(message("[01]"), "invalid number at line 1 column 2");
    assert_eq!(
        message("[1.5]"),
        "invalid type: a number with a fraction, expected an integer at line 1 column 2"
    );
    assert!(message("{\"a\": [1, \"b").starts_with("EOF while parsing"));
    assert_eq!(message("tru"), "expected value at line 1 column 1");
}

#[derive(Debug, Deserialize, PartialEq)]
struct Thing {
    name: String,
    #[serde(default)]
    count: u8,
    #[serde(default)]
    kind: Option<Kind>,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Plain,
    Sized { width: u32 },
    Named(String),
}

#[test]
fn reads_structs_and_enums_and_names_what_they_lack() {
    let thing = |text: &str| from_str::<Thing>(text).map_err(|e| e.to_string());
    let named = Thing {
        name: "x".into(),
        count: 0,
        kind: Some(Kind::Named("y".into())),
    };
    assert_eq!(
        thing(r#"{"name": "x", "kind": {"named": "y"}, "extra": [1.5e3, {}]}"#),
        Ok(named)
    );
    assert_eq!(
        thing(r#"{"name":"x","kind":"plain","count":7}"#)
            .unwrap()
            .kind,
        Some(Kind::Plain)
    );
    let sized = thing(r#"{"name":"x","kind":{"sized":{"width":4}},"count":0}"#).unwrap();
    assert_eq!(sized.kind, Some(Kind::Sized { width: 4 }));
    assert_eq!(
        thing("{\n\"count\": 1\n}"),
        Err("missing field `name` at line 3 column 2".into())
    );
    assert_eq!(
        thing(r#"{"name":"x","count":300}"#),
        Err("invalid value: integer `300`, expected u8 at line 1 column 24".into())
    );
    assert_eq!(
        thing(r#"{"name":"x","count":-1}"#),
        Err("invalid value: a negative number, expected zero or more at line 1 column 23".into())
    );
    assert_eq!(
        thing(r#"{"name":7}"#),
        Err("invalid type: a number, expected a string at line 1 column 9".into())
    );
    assert_eq!(
        thing(r#"{"name":"x","kind":{"plain":null,"sized":{}}}"#),
        Err("expected an object with one key at line 1 column 34".into())
    );
    assert!(
        thing(r#"{"name":"x","kind":"round"}"#)
            .unwrap_err()
            .starts_with("unknown variant `round`")
    );
    assert!(
        thing(r#"{"name":"x","name":"y"}"#)
            .unwrap_err()
            .starts_with("duplicate field `name`")
    );
}

#[test]
fn refuses_a_span_with_a_second_key() {
    let two = r#"["a ", {"em": "b", "strong": "c"}, "d"]"#;
    let error = from_str::<Rich>(two).unwrap_err().to_string();
    assert!(
        error.starts_with("a span has one key: em, strong, link or page"),
        "{error}"
    );
    assert!(serde_json::from_str::<Rich>(two).is_err());
    let one = r#"["a ", {"em": "b"}, "d"]"#;
    assert_eq!(
        from_str::<Rich>(one).unwrap(),
        serde_json::from_str::<Rich>(one).unwrap()
    );
}

#[test]
fn refuses_nesting_deeper_than_its_limit_without_overflowing() {
    let depth = usize::from(MAX_DEPTH);
    let nested = |n: usize| "[".repeat(n) + &"]".repeat(n);
    assert!(from_str::<Value>(&nested(depth)).is_ok());
    assert!(message(&nested(depth + 1)).starts_with("recursion limit exceeded"));
    // Skipped values are held to the same limit.
    let skipped = format!(r#"{{"name":"x","extra":{}}}"#, nested(depth * 100));
    assert!(
        from_str::<Thing>(&skipped)
            .unwrap_err()
            .to_string()
            .starts_with("recursion limit")
    );
}

/// JSON without fractions, as content holds.
fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((any::<String>(), inner), 0..6)
                .prop_map(|entries| Value::Object(entries.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Writes `value` with spaces and escapes chosen by `style`'s bits, so the
/// same value comes in every way the grammar allows.
fn write(value: &Value, style: &mut impl Iterator<Item = bool>, out: &mut String) {
    let space = |out: &mut String, style: &mut dyn Iterator<Item = bool>| {
        if style.next().unwrap_or(false) {
            out.push_str(if style.next().unwrap_or(false) {
                "\n\t"
            } else {
                " \r\n"
            });
        }
    };
    space(out, style);
    match value {
        Value::String(s) => write_string(s, style, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(item, style, out);
            }
            space(out, style);
            out.push(']');
        }
        Value::Object(entries) => {
            out.push('{');
            for (i, (key, item)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                space(out, style);
                write_string(key, style, out);
                space(out, style);
                out.push(':');
                write(item, style, out);
            }
            space(out, style);
            out.push('}');
        }
        other => out.push_str(&other.to_string()),
    }
    space(out, style);
}

fn write_string(s: &str, style: &mut impl Iterator<Item = bool>, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' if style.next().unwrap_or(false) => out.push_str("\\n"),
            '/' if style.next().unwrap_or(false) => out.push_str("\\/"),
            c if c < ' ' || style.next().unwrap_or(false) => {
                for unit in c.encode_utf16(&mut [0; 2]) {
                    write!(out, "\\u{unit:04x}").unwrap();
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Whether `value` holds a number serde_json could only read as a float.
fn has_float(value: &Value) -> bool {
    match value {
        Value::Number(n) => n.is_f64(),
        Value::Array(items) => items.iter().any(has_float),
        Value::Object(entries) => entries.values().any(has_float),
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn reads_what_is_written_whatever_the_spaces_and_escapes(
        value in value(),
        bits in prop::collection::vec(any::<bool>(), 0..400),
    ) {
        let mut text = String::new();
        write(&value, &mut bits.into_iter().cycle(), &mut text);
        prop_assert_eq!(from_str::<Value>(&text).map_err(|e: Error| e.to_string()), Ok(value));
    }

    #[test]
    fn accepts_and_refuses_what_serde_json_does(
        value in value(),
        at in any::<prop::sample::Index>(),
        damage in prop_oneof![Just(None), any::<char>().prop_map(Some)],
    ) {
        // A valid text, then the same with one character removed or replaced.
        let mut text = value.to_string();
        if !text.is_empty() {
            let cut = at.index(text.chars().count());
            let (byte, c) = text.char_indices().nth(cut).unwrap();
            text.replace_range(byte..byte + c.len_utf8(), &damage.map(String::from).unwrap_or_default());
        }
        let theirs = serde_json::from_str::<Value>(&text);
        let ours = from_str::<Value>(&text);
        // Fractions and numbers beyond 64 bits are floats to serde_json and
        // errors here: content holds neither.
        match (&theirs, &ours) {
            (Ok(theirs), Ok(ours)) => prop_assert_eq!(theirs, ours),
            (Ok(theirs), Err(_)) => prop_assert!(has_float(theirs), "refused {:?}", text),
            (Err(_), Ok(_)) => prop_assert!(false, "accepted {:?}", text),
            (Err(_), Err(_)) => {}
        }
    }
}

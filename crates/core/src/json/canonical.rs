//! Content files in their one canonical form: the model's own field order,
//! two-space indent, a final newline, and each optional field as the model
//! writes it (left out when empty). What the desk downloads, what `cargo
//! xtask content fmt` writes, and what the checker expects, so a campaign
//! opened and saved unchanged is the same file byte for byte.

use serde::Serialize;

/// `value` as its file's canonical text.
pub fn canonical<T: Serialize>(value: &T) -> String {
    // Serializing the model's own types cannot fail: every map key is a
    // string and no value is a float.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// Whether `text` (a JSON file) holds editors' notes: keys starting with
/// `_`, which the checker lets pass and the model has no field for, so the
/// canonical form would lose them.
pub fn has_notes(text: &str) -> bool {
    fn any_note(value: &serde_json::Value) -> bool {
        match value {
            serde_json::Value::Object(fields) => fields
                .iter()
                .any(|(key, value)| key.starts_with('_') || any_note(value)),
            serde_json::Value::Array(items) => items.iter().any(any_note),
            _ => false,
        }
    }
    serde_json::from_str(text).is_ok_and(|value| any_note(&value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Campaign, Directory};

    #[test]
    fn the_demo_campaigns_read_back_from_their_canonical_form() {
        let campaign: Campaign = serde_json::from_str(include_str!(
            "../../../../public/data/campaigns/free-ainur-kurmanov.json"
        ))
        .unwrap();
        let text = canonical(&campaign);
        assert!(text.ends_with("}\n") && text.starts_with("{\n  \"slug\": "));
        let again: Campaign = serde_json::from_str(&text).unwrap();
        assert_eq!(again, campaign);
        assert_eq!(canonical(&again), text);
        let directory: Directory = serde_json::from_str(include_str!(
            "../../../../public/data/directories/kazakhstan-embassies.json"
        ))
        .unwrap();
        assert_eq!(
            canonical(&directory),
            canonical(&serde_json::from_str::<Directory>(&canonical(&directory)).unwrap())
        );
    }

    #[test]
    fn notes_are_found_at_any_depth() {
        assert!(has_notes(r#"{"_comment": "x"}"#));
        assert!(has_notes(r#"{"a": [{"b": {"_why": 1}}]}"#));
        assert!(!has_notes(r#"{"a": "_not a key"}"#));
        assert!(!has_notes("not json"));
    }
}

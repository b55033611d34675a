//! Inline text with marks: a plain string, or a list of plain strings and
//! `{"em": …}`, `{"strong": …}`, `{"link": {"text": …, "href": …}}` and
//! `{"page": {"text": …, "path": …}}` spans.
//! Decoded by hand so that an error deep inside (a `javascript:` href) keeps
//! its exact path, which serde's untagged enums would lose.

use super::SafeLink;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A run of inline text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Rich(pub Vec<Inline>);

/// One span of inline text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// Text with a mark.
    Marked(Mark),
}

/// A marked span, written as an object with one key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// Emphasis, shown in italics.
    Em(String),
    /// Strong importance, shown in bold.
    Strong(String),
    /// A link; https and mailto only.
    Link {
        /// The words that are the link.
        text: String,
        /// Where it goes.
        href: SafeLink,
    },
    /// A link to a page of this site, by its path at the site's root
    /// (`/campaigns/free-ainur-kurmanov`), which the app writes through the
    /// route table: under the site's sub-path, in the reader's language and
    /// on a mirror alike.
    Page {
        /// The words that are the link.
        text: String,
        /// The page's path, which names a page of the route table
        /// (`crate::validate` checks it).
        path: String,
    },
}

impl Rich {
    /// The text without its marks, for word counts and summaries.
    pub fn plain_text(&self) -> String {
        self.0
            .iter()
            .map(|span| match span {
                Inline::Text(t) | Inline::Marked(Mark::Em(t) | Mark::Strong(t)) => t.as_str(),
                Inline::Marked(Mark::Link { text, .. } | Mark::Page { text, .. }) => text.as_str(),
            })
            .collect()
    }
}

impl<'de> Deserialize<'de> for Rich {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RichVisitor;
        impl<'de> Visitor<'de> for RichVisitor {
            type Value = Rich;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("text: a string, or a list of strings and {\"em\"}, {\"strong\"} or {\"link\"} spans")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Rich, E> {
                Ok(Rich(vec![Inline::Text(text.to_owned())]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Rich, A::Error> {
                let mut spans = Vec::new();
                while let Some(span) = seq.next_element()? {
                    spans.push(span);
                }
                Ok(Rich(spans))
            }
        }
        deserializer.deserialize_any(RichVisitor)
    }
}

impl<'de> Deserialize<'de> for Inline {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct InlineVisitor;
        impl<'de> Visitor<'de> for InlineVisitor {
            type Value = Inline;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string, or an object with one key: em, strong, link or page")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Inline, E> {
                Ok(Inline::Text(text.to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Inline, A::Error> {
                let mark = Mark::deserialize(de::value::MapAccessDeserializer::new(&mut map))?;
                // The span's object ends after its one key, read to the end
                // here since a reader may leave that to its visitor.
                match map.next_key::<de::IgnoredAny>()? {
                    None => Ok(Inline::Marked(mark)),
                    Some(_) => Err(de::Error::custom(
                        "a span has one key: em, strong, link or page",
                    )),
                }
            }
        }
        deserializer.deserialize_any(InlineVisitor)
    }
}

#[cfg(feature = "schema")]
mod schema {
    use super::{Inline, Mark, Rich};
    use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
    use std::borrow::Cow;

    impl JsonSchema for Inline {
        fn schema_name() -> Cow<'static, str> {
            "Inline".into()
        }
        fn json_schema(generator: &mut SchemaGenerator) -> Schema {
            let mark = generator.subschema_for::<Mark>();
            json_schema!({ "anyOf": [{ "type": "string" }, mark] })
        }
    }

    impl JsonSchema for Rich {
        fn schema_name() -> Cow<'static, str> {
            "Rich".into()
        }
        fn json_schema(generator: &mut SchemaGenerator) -> Schema {
            let inline = generator.subschema_for::<Inline>();
            json_schema!({
                "description": "Text: a plain string, or a list of strings and {\"em\": …}, {\"strong\": …}, \
                    {\"link\": {\"text\": …, \"href\": …}} spans",
                "anyOf": [{ "type": "string" }, { "type": "array", "items": inline }]
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_strings_and_spans() {
        let plain: Rich = serde_json::from_str(r#""Free Ainur""#).unwrap();
        assert_eq!(plain, Rich(vec![Inline::Text("Free Ainur".into())]));
        let spans: Rich = serde_json::from_str(
            r#"["Read ", {"em": "this"}, {"strong": "now"}, {"link": {"text": "here", "href":
                "https://example.org/"}}]"#,
        )
        .unwrap();
        assert_eq!(spans.0.len(), 4);
        assert_eq!(spans.plain_text(), "Read thisnowhere");
        let again: Rich = serde_json::from_str(&serde_json::to_string(&spans).unwrap()).unwrap();
        assert_eq!(again, spans);
    }

    #[test]
    fn bad_spans_keep_their_own_message() {
        let err = serde_json::from_str::<Rich>(
            r#"[{"link": {"text": "x", "href": "javascript:alert(1)"}}]"#,
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .contains("expected an https:// or mailto: link"),
            "{err}"
        );
        let err = serde_json::from_str::<Rich>(r#"[{"blink": "x"}]"#).unwrap_err();
        assert!(err.to_string().contains("unknown variant `blink`"), "{err}");
        assert!(serde_json::from_str::<Rich>("42").is_err());
    }
}

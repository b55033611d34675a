//! Letter templates: text with named placeholders such as `{sender_name}`.
//! A template is parsed when it is decoded, so an unknown or unclosed
//! placeholder is a content error, never a blank in someone's letter.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A value the reader or the recipient supplies when a letter is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Placeholder {
    /// The reader's name.
    SenderName,
    /// The reader's town or city.
    SenderCity,
    /// The reader's country.
    SenderCountry,
    /// The name of the person or office the letter goes to.
    TargetName,
    /// How the letter greets whom it goes to: their own salutation when it
    /// goes to one, the letter's collective greeting when to several.
    Salutation,
}

impl Placeholder {
    /// Every placeholder, in the order editors see them documented.
    pub const ALL: [Placeholder; 5] = [
        Placeholder::SenderName,
        Placeholder::SenderCity,
        Placeholder::SenderCountry,
        Placeholder::TargetName,
        Placeholder::Salutation,
    ];

    /// The name written between braces in a template.
    pub fn name(self) -> &'static str {
        match self {
            Placeholder::SenderName => "sender_name",
            Placeholder::SenderCity => "sender_city",
            Placeholder::SenderCountry => "sender_country",
            Placeholder::TargetName => "target_name",
            Placeholder::Salutation => "salutation",
        }
    }

    fn from_name(name: &str) -> Option<Placeholder> {
        Placeholder::ALL.into_iter().find(|p| p.name() == name)
    }
}

/// One piece of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Text copied as it is.
    Text(String),
    /// A value filled in when the letter is written.
    Field(Placeholder),
}

/// A parsed letter body. `{{` and `}}` stand for literal braces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Template {
    source: String,
    parts: Vec<Part>,
}

impl Template {
    /// Parses `source`; the error names the bad placeholder and lists the known ones.
    pub fn parse(source: &str) -> Result<Template, String> {
        let mut parts = Vec::new();
        let mut text = String::new();
        let mut chars = source.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            match c {
                '{' if chars.next_if(|&(_, n)| n == '{').is_some() => text.push('{'),
                '}' if chars.next_if(|&(_, n)| n == '}').is_some() => text.push('}'),
                '{' => {
                    let rest = &source[at + 1..];
                    let Some(end) = rest.find('}') else {
                        return Err(format!(
                            "unclosed placeholder at character {at}: write {{{{ for a literal brace"
                        ));
                    };
                    let name = &rest[..end];
                    let field = Placeholder::from_name(name).ok_or_else(|| unknown(name))?;
                    if !text.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut text)));
                    }
                    parts.push(Part::Field(field));
                    while chars.next_if(|&(i, _)| i <= at + end + 1).is_some() {}
                }
                '}' => {
                    return Err(format!(
                        "unmatched }} at character {at}: write }}}} for a literal brace"
                    ));
                }
                _ => text.push(c),
            }
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        Ok(Template {
            source: source.to_owned(),
            parts,
        })
    }

    /// The template as the editor wrote it.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Whether the template has the placeholder `field`.
    pub fn uses(&self, field: Placeholder) -> bool {
        self.parts.contains(&Part::Field(field))
    }

    /// The parsed pieces, in order.
    pub fn parts(&self) -> &[Part] {
        &self.parts
    }
}

fn unknown(name: &str) -> String {
    let known: Vec<_> = Placeholder::ALL
        .iter()
        .map(|p| format!("{{{}}}", p.name()))
        .collect();
    let shown: String = name.chars().take(40).collect();
    format!(
        "unknown placeholder {{{shown}}}; the known ones are {}",
        known.join(", ")
    )
}

impl TryFrom<String> for Template {
    type Error = String;
    fn try_from(source: String) -> Result<Self, String> {
        Template::parse(&source)
    }
}

impl From<Template> for String {
    fn from(template: Template) -> String {
        template.source
    }
}

impl fmt::Display for Template {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Template {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Template".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "Letter text. Placeholders: {sender_name}, {sender_city}, {sender_country}, \
                {target_name}. Write {{ and }} for literal braces."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_text_fields_and_escaped_braces() {
        let t = Template::parse("Dear {target_name},\n{{not a field}} from {sender_name}").unwrap();
        assert_eq!(
            t.parts(),
            [
                Part::Text("Dear ".into()),
                Part::Field(Placeholder::TargetName),
                Part::Text(",\n{not a field} from ".into()),
                Part::Field(Placeholder::SenderName),
            ]
        );
        assert_eq!(
            t.source(),
            "Dear {target_name},\n{{not a field}} from {sender_name}"
        );
    }

    #[test]
    fn refuses_unknown_unclosed_and_unmatched() {
        let err = Template::parse("Hi {sender_email}").unwrap_err();
        assert!(
            err.starts_with("unknown placeholder {sender_email}"),
            "{err}"
        );
        assert!(
            Template::parse("Hi {sender_name")
                .unwrap_err()
                .starts_with("unclosed")
        );
        assert!(
            Template::parse("Hi }")
                .unwrap_err()
                .starts_with("unmatched")
        );
        assert!(
            Template::parse("{}")
                .unwrap_err()
                .starts_with("unknown placeholder {}")
        );
    }

    #[test]
    fn multibyte_text_survives() {
        let t = Template::parse("Уважаемый {target_name}! ✊").unwrap();
        assert_eq!(t.parts()[0], Part::Text("Уважаемый ".into()));
        assert_eq!(t.parts()[2], Part::Text("! ✊".into()));
    }
}

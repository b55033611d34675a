//! The spans of a paragraph that need more than their text: a link, and
//! the cite on a quote's last line.

use super::refusals::Refused;
use pulldown_cmark::LinkType;
use serde_json::{Value, json};

/// A link span: https and mailto to other sites, a path from `/` to a page
/// of this one.
pub fn link(kind: LinkType, dest: &str, title: &str, text: String) -> Result<Value, Refused> {
    if !title.is_empty() {
        return Err(format!(
            "a link's title (\"{title}\") is not shown: remove it"
        ));
    }
    if kind == LinkType::Email {
        return Ok(json!({ "link": { "text": text, "href": format!("mailto:{dest}") } }));
    }
    if dest.starts_with("https://") || dest.starts_with("mailto:") {
        return Ok(json!({ "link": { "text": text, "href": dest } }));
    }
    if dest.starts_with('/') && !dest.starts_with("//") {
        return Ok(json!({ "page": { "text": text, "path": dest } }));
    }
    Err(format!(
        "a link to {dest}: a link to another site starts with https:// (or mailto: for an address), \
            and one to a page of this site with /, such as /campaigns/free-ainur-kurmanov"
    ))
}

/// The cite of a quote: the last line of `paragraph`, when it begins "— ".
pub fn take_cite(paragraph: &mut Vec<Value>) -> Option<String> {
    let Some(Value::String(last)) = paragraph.last_mut() else {
        return None;
    };
    let (before, cite) = match last.rsplit_once("\n— ") {
        Some((before, cite)) => (before.to_owned(), cite),
        None => (String::new(), last.strip_prefix("— ")?),
    };
    let cite = cite.trim().to_owned();
    *last = before.trim_end().to_owned();
    if last.is_empty() {
        paragraph.pop();
    }
    Some(cite)
}

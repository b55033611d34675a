//! WordPress shortcodes (`[caption …]…[/caption]`, `[embed]…[/embed]`,
//! `[gallery ids="1,2"]`) rewritten before the body is parsed as HTML, since a
//! shortcode may wrap markup. A bracketed word is only taken for a shortcode
//! when it is one WordPress or its common plugins define, or it has
//! attributes or a closing tag: "[sic]" and "[1]" stay text.

use super::Note;
use std::collections::HashMap;

/// Shortcodes known without attributes or a closing tag.
const KNOWN: [&str; 16] = [
    "caption",
    "wp_caption",
    "embed",
    "gallery",
    "audio",
    "video",
    "playlist",
    "youtube",
    "vimeo",
    "soundcloud",
    "twitter",
    "tweet",
    "contact-form",
    "contact-form-7",
    "instagram",
    "facebook",
];

/// One bracketed tag found in the text.
struct Tag<'a> {
    name: &'a str,
    attributes: &'a str,
    closing: bool,
    /// Byte range of the whole tag.
    end: usize,
}

/// The tag at `start` (a `[`), if one is there. Reads no further than the
/// next `[`, line break or `<`, which a tag cannot hold, so that finding
/// every tag of a text reads it about once.
fn tag_at(html: &str, start: usize) -> Option<Tag<'_>> {
    let rest = &html[start + 1..];
    let close = rest.find(['[', ']', '\n', '<'])?;
    if !rest[close..].starts_with(']') {
        return None;
    }
    let inner = &rest[..close];
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(inner) => (true, inner),
        None => (false, inner),
    };
    let name_end = inner
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(inner.len());
    let name = &inner[..name_end];
    let attributes = inner[name_end..].trim().trim_end_matches('/').trim();
    let starts_right = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    let separated = inner[name_end..].is_empty() || inner[name_end..].starts_with([' ', '=', '/']);
    (starts_right && separated).then_some(Tag {
        name,
        attributes,
        closing,
        end: start + 1 + close + 1,
    })
}

/// The value of `key="…"`, `key='…'` or `key=…` in a shortcode's attributes.
fn attribute<'a>(attributes: &'a str, key: &str) -> Option<&'a str> {
    let mut rest = attributes;
    while let Some(at) = rest.find(key) {
        let after = rest[at + key.len()..].trim_start();
        let boundary = at == 0 || rest[..at].ends_with(|c: char| c.is_whitespace());
        if boundary && let Some(value) = after.strip_prefix('=') {
            let value = value.trim_start();
            return Some(match value.chars().next() {
                Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or_default(),
                _ => value.split_whitespace().next().unwrap_or_default(),
            });
        }
        rest = &rest[at + key.len()..];
    }
    None
}

/// Escapes text for an HTML attribute or text node.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A paragraph holding one link to `url`, which the body's link rules
/// check like any other.
fn link_paragraph(url: &str) -> String {
    let url = escape(url.trim());
    format!("<p><a href=\"{url}\">{url}</a></p>")
}

/// Where each closing tag (`[/name]`, exactly) starts, by name, in order:
/// found in one reading of the text, so that an opening tag's end is a
/// lookup rather than a search of the rest of it.
fn closing_tags(html: &str) -> HashMap<&str, Vec<usize>> {
    let mut found: HashMap<&str, Vec<usize>> = HashMap::new();
    for (start, _) in html.match_indices("[/") {
        if let Some(tag) = tag_at(html, start)
            && tag.attributes.is_empty()
            && tag.end == start + tag.name.len() + 3
        {
            found.entry(tag.name).or_default().push(start);
        }
    }
    found
}

/// Rewrites the shortcodes in `html`: captions become figures, embeds and
/// media become links, the rest are removed (keeping the text they wrap),
/// each with a note. In time linear in the text's length, whatever it holds.
pub fn expand(html: &str, notes: &mut Vec<Note>) -> String {
    let closers = closing_tags(html);
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    while let Some(found) = html[at..].find('[') {
        let start = at + found;
        out.push_str(&html[at..start]);
        at = start + 1;
        // `[[name]]` is WordPress's way of writing a shortcode as text.
        if html[start..].starts_with("[[")
            && let Some(tag) = tag_at(html, start + 1)
            && html[tag.end..].starts_with(']')
        {
            out.push_str(&html[start + 1..tag.end]);
            at = tag.end + 1;
            continue;
        }
        let Some(tag) = tag_at(html, start) else {
            out.push('[');
            continue;
        };
        let closing_tag = ["[/", tag.name, "]"].concat();
        // The first closing tag of its name after it, as an offset from its end.
        let body_end = (!tag.closing)
            .then(|| closers.get(tag.name))
            .flatten()
            .and_then(|starts| starts.get(starts.partition_point(|&s| s < tag.end)))
            .map(|&start| start - tag.end);
        let is_shortcode = KNOWN.contains(&tag.name)
            || body_end.is_some()
            || (!tag.closing && tag.attributes.contains('='));
        if !is_shortcode {
            out.push('[');
            continue;
        }
        let inner = body_end.map(|end| &html[tag.end..tag.end + end]);
        at = body_end.map_or(tag.end, |end| tag.end + end + closing_tag.len());
        if tag.closing {
            continue;
        }
        out.push_str(&rewrite(&tag, inner, notes));
    }
    out.push_str(&html[at..]);
    out
}

fn rewrite(tag: &Tag, inner: Option<&str>, notes: &mut Vec<Note>) -> String {
    let shown = format!("[{}]", tag.name);
    let url = match (tag.name, inner) {
        ("caption" | "wp_caption", Some(inner)) => {
            return format!("<figure class=\"wp-caption\">{inner}</figure>");
        }
        ("embed", Some(inner)) => Some(inner.to_owned()),
        ("audio" | "video", _) => ["src", "mp3", "mp4", "m4a", "ogg", "webm"]
            .iter()
            .find_map(|key| attribute(tag.attributes, key))
            .map(str::to_owned),
        ("youtube" | "vimeo" | "soundcloud" | "tweet" | "instagram" | "facebook", _) => {
            let bare = tag.attributes.trim_start_matches('=').trim();
            attribute(tag.attributes, "url")
                .or((!bare.is_empty()).then_some(bare))
                .or(inner)
                .map(|u| u.trim().to_owned())
                .filter(|u| !u.is_empty())
        }
        _ => None,
    };
    if let Some(url) = url {
        notes.push(Note::new(
            shown,
            "an embed: it became a link to what it showed",
        ));
        return link_paragraph(&url);
    }
    let why = if inner.is_some() {
        "a shortcode Tocsin cannot show: removed, the text it wrapped is kept"
    } else {
        "a shortcode Tocsin cannot show: removed"
    };
    notes.push(Note::new(shown, why));
    inner.unwrap_or_default().to_owned()
}

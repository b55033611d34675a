//! Reads a WordPress export (WXR: RSS 2.0 with WordPress's own elements)
//! into plain records. Elements are matched by namespace, not by prefix, so
//! an export that binds `wp:` to another letter still reads; every WXR
//! version (1.0 to 1.2) shares the namespace stem matched here.

use quick_xml::XmlVersion;
use quick_xml::events::Event;
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::reader::NsReader;
use std::collections::BTreeMap;

/// What an export holds that the import uses.
#[derive(Debug, Default)]
pub struct Export {
    /// The site's title (`channel/title`).
    pub title: String,
    /// The site's address (`wp:base_blog_url`, else `channel/link`).
    pub link: String,
    /// The site's description.
    pub description: String,
    /// The site's language, such as `en-US`.
    pub language: String,
    /// Authors' display names by login.
    pub authors: BTreeMap<String, String>,
    /// Every item: posts, pages, attachments, menu items.
    pub items: Vec<Item>,
}

/// One `<item>`.
#[derive(Debug, Default, Clone)]
pub struct Item {
    /// `title`, as exported (may hold entities and tags).
    pub title: String,
    /// `wp:post_id`.
    pub id: String,
    /// `wp:post_name`, the slug (percent-encoded when not ASCII).
    pub name: String,
    /// `wp:post_date`, local time: `YYYY-MM-DD hh:mm:ss`.
    pub date: String,
    /// `wp:status`: publish, draft, pending, private, future, trash, inherit.
    pub status: String,
    /// `wp:post_type`: post, page, attachment, nav_menu_item, revision…
    pub kind: String,
    /// `wp:post_password`.
    pub password: String,
    /// `dc:creator`, the author's login.
    pub creator: String,
    /// `content:encoded`, the body's HTML.
    pub content: String,
    /// `excerpt:encoded`.
    pub excerpt: String,
    /// `wp:attachment_url`, for attachments.
    pub attachment_url: String,
    /// `category` elements in order: (domain, nicename, name).
    pub terms: Vec<(String, String, String)>,
    /// `wp:postmeta` pairs.
    pub meta: Vec<(String, String)>,
}

#[derive(Clone, Copy, PartialEq)]
enum Space {
    None,
    WordPress,
    Excerpt,
    Content,
    DublinCore,
    Other,
}

fn space(resolved: &ResolveResult) -> Space {
    match resolved {
        ResolveResult::Bound(Namespace(uri)) => {
            // Matched by path: WordPress.com and many tools write `https://`.
            let uri: &str = uri;
            let path = uri
                .strip_prefix("https://")
                .or_else(|| uri.strip_prefix("http://"))
                .unwrap_or(uri);
            if path.starts_with("wordpress.org/export/") {
                if path.ends_with("/excerpt/") {
                    Space::Excerpt
                } else {
                    Space::WordPress
                }
            } else if path == "purl.org/rss/1.0/modules/content/" {
                Space::Content
            } else if path == "purl.org/dc/elements/1.1/" {
                Space::DublinCore
            } else {
                Space::Other
            }
        }
        ResolveResult::Unbound => Space::None,
        ResolveResult::Unknown(_) => Space::Other,
    }
}

/// Reads an export; a malformed file gives the byte position and what the
/// XML reader found.
pub fn read(xml: &str) -> Result<Export, String> {
    let mut reader = NsReader::from_str(xml);
    let mut export = Export::default();
    // The path of open elements, as (namespace, local name).
    let mut path: Vec<(Space, String)> = Vec::new();
    let mut text = String::new();
    let mut item: Option<Item> = None;
    let mut author = (String::new(), String::new());
    let mut meta = (String::new(), String::new());
    let mut term = (String::new(), String::new());
    let mut seen_channel = false;
    loop {
        let at = reader.buffer_position();
        let (resolved, event) = reader.read_resolved_event().map_err(|e| {
            format!("not a readable WordPress export (XML error near byte {at}): {e}")
        })?;
        match event {
            Event::Start(start) => {
                let local = start.local_name().as_ref().to_owned();
                let ns = space(&resolved);
                if ns == Space::None && local == "channel" {
                    seen_channel = true;
                }
                if ns == Space::None && local == "item" {
                    item = Some(Item::default());
                }
                if ns == Space::None && local == "category" {
                    let attribute = |name: &str| {
                        start
                            .try_get_attribute(name)
                            .ok()
                            .flatten()
                            .and_then(|a| a.normalized_value(XmlVersion::Implicit1_0).ok())
                            .map(|v| v.into_owned())
                            .unwrap_or_default()
                    };
                    term = (attribute("domain"), attribute("nicename"));
                }
                path.push((ns, local));
                text.clear();
            }
            Event::Text(t) => text.push_str(&t.xml10_content()),
            Event::CData(c) => text.push_str(&c.xml10_content()),
            Event::GeneralRef(r) => {
                let name = r.xml10_content();
                let resolved = if r.is_char_ref() {
                    r.resolve_char_ref().ok().flatten().map(String::from)
                } else {
                    quick_xml::escape::resolve_predefined_entity(&name).map(String::from)
                };
                // An undeclared entity is kept as written, not dropped.
                text.push_str(&resolved.unwrap_or_else(|| format!("&{name};")));
            }
            Event::End(_) => {
                let Some((ns, local)) = path.pop() else {
                    continue;
                };
                let value = std::mem::take(&mut text);
                let parent = path.last().map(|(ns, l)| (*ns, l.as_str()));
                match (&mut item, parent) {
                    (Some(it), Some((Space::None, "item"))) => {
                        item_field(it, ns, &local, value, &term)
                    }
                    (Some(it), Some((Space::WordPress, "postmeta"))) => match local.as_str() {
                        "meta_key" => meta.0 = value,
                        "meta_value" => {
                            meta.1 = value;
                            it.meta.push(std::mem::take(&mut meta));
                        }
                        _ => {}
                    },
                    (None, Some((Space::None, "channel"))) => {
                        channel_field(&mut export, ns, &local, value)
                    }
                    (None, Some((Space::WordPress, "author"))) => match local.as_str() {
                        "author_login" => author.0 = value,
                        "author_display_name" => author.1 = value,
                        _ => {}
                    },
                    _ => {}
                }
                if ns == Space::WordPress && local == "author" && item.is_none() {
                    let (login, name) = std::mem::take(&mut author);
                    export.authors.insert(login, name);
                }
                if ns == Space::None && local == "item" {
                    export.items.extend(item.take());
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !seen_channel {
        return Err(
            "not a WordPress export: there is no <channel> (export with Tools → Export)".into(),
        );
    }
    Ok(export)
}

fn channel_field(export: &mut Export, ns: Space, local: &str, value: String) {
    match (ns, local) {
        (Space::None, "title") => export.title = value,
        (Space::None, "link") if export.link.is_empty() => export.link = value,
        (Space::WordPress, "base_blog_url") => export.link = value,
        (Space::None, "description") => export.description = value,
        (Space::None, "language") => export.language = value,
        _ => {}
    }
}

fn item_field(it: &mut Item, ns: Space, local: &str, value: String, term: &(String, String)) {
    match (ns, local) {
        (Space::None, "title") => it.title = value,
        (Space::None, "category") => it.terms.push((term.0.clone(), term.1.clone(), value)),
        (Space::DublinCore, "creator") => it.creator = value,
        (Space::Content, "encoded") => it.content = value,
        (Space::Excerpt, "encoded") => it.excerpt = value,
        (Space::WordPress, "post_id") => it.id = value,
        (Space::WordPress, "post_name") => it.name = value,
        (Space::WordPress, "post_date") => it.date = value,
        (Space::WordPress, "status") => it.status = value,
        (Space::WordPress, "post_type") => it.kind = value,
        (Space::WordPress, "post_password") => it.password = value,
        (Space::WordPress, "attachment_url") => it.attachment_url = value,
        _ => {}
    }
}

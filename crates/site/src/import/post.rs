//! One WordPress post made an article: the field mapping, what is skipped
//! and why, and slugs made unique.

use super::body::convert;
use super::images::Upload;
use super::shortcode::expand;
use super::text::{collapse, plain};
use super::wxr::{Export, Item};
use super::{Context, Note};
use scraper::Html;
use std::collections::{BTreeMap, BTreeSet};
use tocsin::model::{Article, Block, ByLanguage, Date, LanguageTag, Slug};

/// The longest standfirst taken from the text itself, in characters.
const STANDFIRST: usize = 300;

/// What the import makes of an export.
#[derive(Default)]
pub struct Import {
    /// The articles, each with what could not be converted.
    pub articles: Vec<(Article, Vec<Note>)>,
    /// Posts and pages left out, one line each.
    pub skipped: Vec<String>,
    /// Other items (attachments, menu items, revisions) by type, counted.
    pub not_articles: BTreeMap<String, usize>,
    /// The image files the articles need.
    pub uploads: BTreeSet<Upload>,
}

/// Converts every published post of `export`; `language` is the articles'
/// language when it is not the site's first.
pub fn import(export: &Export, ctx: &Context, language: Option<&LanguageTag>) -> Import {
    let mut out = Import::default();
    let mut slugs = BTreeSet::new();
    for item in &export.items {
        let named = format!("{} {} \"{}\"", item.kind, item.id, html_text(&item.title));
        match (item.kind.as_str(), skip_reason(item)) {
            ("post", Some(why)) => out.skipped.push(format!("{named}: skipped: {why}")),
            ("post", None) => match article(export, ctx, item, language, &mut slugs) {
                Ok((article, notes, uploads)) => {
                    out.uploads.extend(uploads);
                    out.articles.push((article, notes));
                }
                Err(why) => out.skipped.push(format!("{named}: skipped: {why}")),
            },
            ("page", _) => out
                .skipped
                .push(format!("{named}: skipped: a page, not an article")),
            (kind, _) => *out.not_articles.entry(kind.to_owned()).or_default() += 1,
        }
    }
    out
}

/// Why a post is not published on the site, if it is not.
fn skip_reason(item: &Item) -> Option<String> {
    if !item.password.is_empty() {
        return Some("password-protected".into());
    }
    match item.status.as_str() {
        "publish" => None,
        "draft" | "auto-draft" | "pending" => Some("a draft".into()),
        "private" => Some("private".into()),
        "future" => Some("scheduled for later".into()),
        "trash" => Some("in the trash".into()),
        other => Some(format!("its status is \"{other}\", not published")),
    }
}

fn article(
    export: &Export,
    ctx: &Context,
    item: &Item,
    language: Option<&LanguageTag>,
    slugs: &mut BTreeSet<Slug>,
) -> Result<(Article, Vec<Note>, Vec<Upload>), String> {
    let mut notes = Vec::new();
    let published = item
        .date
        .get(..10)
        .and_then(|d| Date::parse(d).ok())
        .ok_or("no publication date")?;
    let html = expand(&item.content, &mut notes);
    let body = convert(ctx, &html)?;
    notes.extend(body.notes);
    if body.blocks.is_empty() {
        return Err("nothing in its body could be shown".into());
    }
    let standfirst = Some(html_text(&item.excerpt))
        .filter(|s| !s.is_empty())
        .or_else(|| first_sentences(&body.blocks))
        .ok_or("no excerpt and no paragraph to take a standfirst from")?;
    let mut title = html_text(&item.title);
    if title.is_empty() {
        notes.push(Note::new(
            "title",
            "the post has none: the start of the standfirst stands in",
        ));
        title = cut(&standfirst, 80);
    }
    let slug = unique_slug(item, &title, slugs, &mut notes)?;
    let terms = |domain: &'static str| item.terms.iter().filter(move |(d, _, _)| d == domain);
    let section = terms("category")
        .map(|(_, _, name)| html_text(name))
        .find(|n| !n.is_empty());
    let section = section.unwrap_or_else(|| {
        notes.push(Note::new(
            "section",
            "the post has no category: \"Uncategorized\", as WordPress shows it",
        ));
        "Uncategorized".into()
    });
    let mut tags: Vec<Slug> = Vec::new();
    for tag in terms("post_tag")
        .filter_map(|(_, nicename, name)| slugify(nicename).or_else(|| slugify(name)))
    {
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    let byline = export
        .authors
        .get(&item.creator)
        .map(|name| html_text(name))
        .filter(|n| !n.is_empty())
        .or_else(|| Some(collapse(&item.creator)).filter(|n| !n.is_empty()))
        .unwrap_or_else(|| html_text(&export.title));
    let article = Article {
        slug,
        title,
        standfirst,
        published,
        byline,
        section,
        tags,
        body: body.blocks,
        references: Vec::new(),
        campaign: None,
        appeal: None,
        language: language.cloned(),
        translations: ByLanguage::default(),
    };
    Ok((article, notes, body.uploads))
}

/// Text of a title, name or excerpt that may hold entities and tags.
pub fn html_text(html: &str) -> String {
    plain(Html::parse_fragment(html).root_element()).unwrap_or_default()
}

/// A slug from a WordPress slug or name: percent-decoded, written in Latin
/// letters (Cyrillic and Arabic slugs are transliterated), lowercase words
/// joined by hyphens, at most 80 characters.
pub fn slugify(name: &str) -> Option<Slug> {
    let decoded = percent_encoding::percent_decode_str(name).decode_utf8_lossy();
    let latin = deunicode::deunicode(&decoded).to_ascii_lowercase();
    let words: Vec<&str> = latin
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut slug = String::new();
    for word in words {
        if slug.len() + word.len() + 1 > 80 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    Slug::parse(&slug).ok()
}

fn unique_slug(
    item: &Item,
    title: &str,
    slugs: &mut BTreeSet<Slug>,
    notes: &mut Vec<Note>,
) -> Result<Slug, String> {
    let base = slugify(&item.name)
        .or_else(|| slugify(title))
        .or_else(|| slugify(&format!("post {}", item.id)));
    let stem: String = base
        .as_ref()
        .map_or("post", |s| s.as_str())
        .chars()
        .take(70)
        .collect();
    let numbered = (2..).filter_map(|n| slugify(&format!("{stem} {n}")));
    let slug = base
        .iter()
        .cloned()
        .chain(numbered)
        .find(|s| !slugs.contains(s))
        .ok_or("no slug could be made")?;
    if Some(&slug) != base.as_ref() {
        notes.push(Note::new(
            "slug",
            format!("another post has the same slug: this one is {slug}"),
        ));
    }
    slugs.insert(slug.clone());
    Ok(slug)
}

/// The first sentence or two of the first paragraph, at most
/// [`STANDFIRST`] characters (cut at a word, with an ellipsis, if need be).
fn first_sentences(blocks: &[Block]) -> Option<String> {
    let text = blocks.iter().find_map(|b| match b {
        Block::Paragraph(rich) => Some(rich.plain_text()),
        _ => None,
    })?;
    // The end of the text ends its last sentence.
    let ends: Vec<usize> = text
        .char_indices()
        .filter_map(|(i, c)| {
            let after = i + c.len_utf8();
            let ends_sentence = matches!(c, '.' | '!' | '?' | '…' | '。' | '؟');
            (ends_sentence && text[after..].starts_with(' ')).then_some(after)
        })
        .chain([text.len()])
        .collect();
    let fits = |end: &&usize| text[..**end].chars().count() <= STANDFIRST;
    let end = match ends.as_slice() {
        [_, second, ..] if fits(&second) => *second,
        [first, ..] => *first,
        [] => text.len(),
    };
    Some(cut(text[..end].trim(), STANDFIRST)).filter(|s| !s.is_empty())
}

/// `text` cut at a word to at most `max` characters, with an ellipsis.
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let head: String = text.chars().take(max - 1).collect();
    let at_word = head
        .rsplit_once(' ')
        .map_or(head.as_str(), |(words, _)| words);
    format!("{}…", at_word.trim_end_matches([',', ';', ':', ' ']))
}

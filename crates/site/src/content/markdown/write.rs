//! An article as Markdown, as `content migrate`, the WordPress import and
//! `content generate` write it: front matter in the JSON's field order,
//! then the body, with the text escaped so that reading it back gives the
//! same article. [`normalized`] says what "the same" means: what a browser
//! shows, whatever the spans' boundaries.

use tocsin::model::{Article, Block, Inline, Mark, Rich};

/// `article` as the text of `articles/<slug>.md`.
pub fn write(article: &Article) -> Result<String, String> {
    let mut front = toml::Table::new();
    let mut text = |key: &str, value: &str| {
        front.insert(key.into(), toml::Value::String(value.to_owned()));
    };
    text("title", &article.title);
    text("standfirst", &article.standfirst);
    let date = |d: &str| {
        d.parse()
            .map(toml::Value::Datetime)
            .map_err(|e| format!("{d}: {e}"))
    };
    front.insert("published".into(), date(article.published.as_str())?);
    let mut text = |key: &str, value: &str| {
        front.insert(key.into(), toml::Value::String(value.to_owned()));
    };
    text("byline", &article.byline);
    text("section", &article.section);
    if !article.tags.is_empty() {
        let tags = article
            .tags
            .iter()
            .map(|t| toml::Value::String(t.to_string()))
            .collect();
        front.insert("tags".into(), toml::Value::Array(tags));
    }
    let optional = [
        (
            "campaign",
            article.campaign.as_ref().map(ToString::to_string),
        ),
        ("appeal", article.appeal.as_ref().map(ToString::to_string)),
        (
            "language",
            article.language.as_ref().map(ToString::to_string),
        ),
    ];
    for (key, value) in optional {
        if let Some(value) = value {
            front.insert(key.into(), toml::Value::String(value));
        }
    }
    if !article.translations.is_empty() {
        let translations = (article.translations.iter())
            .map(|(language, slug)| (language.to_string(), toml::Value::String(slug.to_string())))
            .collect();
        front.insert("translations".into(), toml::Value::Table(translations));
    }
    if !article.references.is_empty() {
        let mut references = Vec::new();
        for reference in &article.references {
            let mut table = toml::Table::new();
            table.insert("title".into(), toml::Value::String(reference.title.clone()));
            table.insert(
                "source".into(),
                toml::Value::String(reference.source.clone()),
            );
            table.insert("date".into(), date(reference.date.as_str())?);
            if let Some(url) = &reference.url {
                table.insert("url".into(), toml::Value::String(url.to_string()));
            }
            references.push(toml::Value::Table(table));
        }
        front.insert("references".into(), toml::Value::Array(references));
    }
    let front = toml::to_string(&front).map_err(|e| format!("{}: {e}", article.slug))?;
    // A list right after a list of its kind takes the other marker (`*`
    // after `-`, `1)` after `1.`): with the same one they would read back
    // as one list.
    let mut body = Vec::new();
    let mut after_list = None;
    for each in &article.body {
        let list = match each {
            Block::List { ordered, .. } => Some(*ordered),
            _ => None,
        };
        let other_marker = list.is_some() && after_list == list;
        body.push(block(each, other_marker));
        after_list = if other_marker { None } else { list };
    }
    Ok(format!("+++\n{front}+++\n\n{}\n", body.join("\n\n")))
}

/// One block as Markdown; a list with its `other_marker`.
fn block(block: &Block, other_marker: bool) -> String {
    match block {
        Block::Paragraph(rich) => rich_text(rich),
        Block::Heading(text) => format!("## {}", escape(&one_line(text))),
        Block::Quote { text, cite } => {
            let cite = cite
                .as_ref()
                .map(|c| format!("\n> — {}", escape(&one_line(c))));
            format!("> {}{}", rich_text(text), cite.unwrap_or_default())
        }
        Block::List { ordered, items } => (items.iter().enumerate())
            .map(|(i, item)| match (ordered, other_marker) {
                (true, false) => format!("{}. {}", i + 1, rich_text(item)),
                (true, true) => format!("{}) {}", i + 1, rich_text(item)),
                (false, false) => format!("- {}", rich_text(item)),
                (false, true) => format!("* {}", rich_text(item)),
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Image {
            src, alt, caption, ..
        } => {
            let quoted = |c: &String| one_line(c).replace('\\', "\\\\").replace('"', "\\\"");
            let caption = caption.as_ref().map(|c| format!(" \"{}\"", quoted(c)));
            format!(
                "![{}]({src}{})",
                escape(&one_line(alt)),
                caption.unwrap_or_default()
            )
        }
    }
}

/// Text with marks as Markdown, on one line; a mark's edge spaces go
/// outside it, since `* x*` is no emphasis. Where CommonMark would not read
/// a `*` as a mark's edge (`naïve*«quoted»*`: a letter before, punctuation
/// inside), the letter beside it is written as a character reference
/// (`naïv&#101;*«quoted»*`), which reads back as the same letter.
fn rich_text(rich: &Rich) -> String {
    let spans = normalized_rich(rich).0;
    let mut out = String::new();
    // Whether the text that follows starts with a character reference.
    let mut referenced = false;
    // Whether `out` ends with a `*` run, which the next mark must not join.
    let mut after_stars = false;
    for (i, span) in spans.iter().enumerate() {
        let (text, star, underscore) = match span {
            Inline::Text(text) => {
                let first = text.chars().next().filter(|_| referenced);
                let rest = first.map_or(text.as_str(), |c| &text[c.len_utf8()..]);
                if let Some(c) = first {
                    out.push_str(&format!("&#{};", u32::from(c)));
                }
                out.push_str(&escape(rest));
                (referenced, after_stars) = (false, false);
                continue;
            }
            Inline::Marked(Mark::Em(text)) => (text, "*", "_"),
            Inline::Marked(Mark::Strong(text)) => (text, "**", "__"),
            Inline::Marked(Mark::Link { text, href }) => {
                out.push_str(&link(text, href.as_str()));
                (referenced, after_stars) = (false, false);
                continue;
            }
            Inline::Marked(Mark::Page { text, path }) => {
                out.push_str(&link(text, path));
                (referenced, after_stars) = (false, false);
                continue;
            }
        };
        let delimiter = if after_stars { underscore } else { star };
        let inner_first = text.chars().next().is_some_and(is_punctuation);
        if inner_first && out.chars().last().is_some_and(is_word) {
            let last = out.pop().map(u32::from).unwrap_or_default();
            out.push_str(&format!("&#{last};"));
        }
        out.push_str(&format!("{delimiter}{}{delimiter}", escape(text)));
        let next_word = match spans.get(i + 1) {
            Some(Inline::Text(next)) => next.chars().next().is_some_and(is_word),
            _ => false,
        };
        let inner_last = text.chars().last().is_some_and(is_punctuation);
        referenced = next_word && (inner_last || delimiter == underscore);
        after_stars = delimiter == star;
    }
    out
}

/// A character CommonMark counts as punctuation beside a `*` (a symbol
/// too), as far as the writer needs to know.
fn is_punctuation(c: char) -> bool {
    !c.is_whitespace() && !is_word(c)
}

/// A letter, digit or combining mark: what CommonMark reads as neither
/// white space nor punctuation.
fn is_word(c: char) -> bool {
    let combining = ('\u{300}'..='\u{36F}').contains(&c)
        || ('\u{610}'..='\u{61A}').contains(&c)
        || ('\u{64B}'..='\u{65F}').contains(&c)
        || ('\u{6D6}'..='\u{6ED}').contains(&c)
        || c == '\u{670}';
    c.is_alphanumeric() || combining
}

/// `[text](to)`, `to` in angle brackets (with `\\`, `<` and `>`
/// escaped) where it holds what would end or change it.
fn link(text: &str, to: &str) -> String {
    match to.contains([' ', '(', ')', '<', '>', '\\']) {
        true => {
            let to = to
                .replace('\\', "\\\\")
                .replace('<', "\\<")
                .replace('>', "\\>");
            format!("[{}](<{to}>)", escape(text))
        }
        false => format!("[{}]({to})", escape(text)),
    }
}

/// `text` with the characters Markdown would read as marks escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        let rest = &text[i + c.len_utf8()..];
        let starts_line = out.is_empty();
        let special = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~' | '|' => true,
            '&' => rest.split_once(';').is_some_and(|(name, _)| {
                !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '#')
            }),
            '!' => rest.starts_with('['),
            '#' | '+' | '-' | '=' => starts_line,
            '.' | ')' => out.chars().all(|c| c.is_ascii_digit()) && !out.is_empty(),
            _ => false,
        };
        if special {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `text` on one line: a line break inside a paragraph shows as a space.
fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ").trim().to_owned()
}

/// `article` as a browser shows it: line breaks inside text as spaces,
/// runs of plain text joined, a mark's edge spaces outside it, no empty
/// spans, and no spaces at a paragraph's ends. Markdown read back equals
/// the article it was written from in this form.
pub fn normalized(article: &Article) -> Article {
    let mut article = article.clone();
    for block in &mut article.body {
        match block {
            Block::Paragraph(rich) => *rich = normalized_rich(rich),
            Block::Heading(text) => *text = one_line(text),
            Block::Quote { text, cite } => {
                *text = normalized_rich(text);
                *cite = cite.as_deref().map(one_line);
            }
            Block::List { items, .. } => items.iter_mut().for_each(|i| *i = normalized_rich(i)),
            Block::Image { alt, caption, .. } => {
                *alt = one_line(alt);
                *caption = caption.as_deref().map(one_line).filter(|c| !c.is_empty());
            }
        }
    }
    article
}

/// A run of text as a browser shows it (see [`normalized`]).
fn normalized_rich(rich: &Rich) -> Rich {
    let mut spans: Vec<Inline> = Vec::new();
    let push_text = |spans: &mut Vec<Inline>, text: &str| match spans.last_mut() {
        Some(Inline::Text(before)) => before.push_str(text),
        _ if text.is_empty() => {}
        _ => spans.push(Inline::Text(text.to_owned())),
    };
    for span in &rich.0 {
        match span {
            Inline::Text(text) => push_text(&mut spans, &text.replace(['\n', '\r'], " ")),
            Inline::Marked(mark) => {
                let mut mark = mark.clone();
                let (Mark::Em(text)
                | Mark::Strong(text)
                | Mark::Link { text, .. }
                | Mark::Page { text, .. }) = &mut mark;
                let flat = text.replace(['\n', '\r'], " ");
                let words = flat.trim();
                push_text(&mut spans, &flat[..flat.len() - flat.trim_start().len()]);
                let after = flat[flat.trim_end().len()..].to_owned();
                *text = words.to_owned();
                if !words.is_empty() {
                    spans.push(Inline::Marked(mark));
                }
                push_text(&mut spans, &after);
            }
        }
    }
    if let Some(Inline::Text(first)) = spans.first_mut() {
        *first = first.trim_start().to_owned();
    }
    if let Some(Inline::Text(last)) = spans.last_mut() {
        *last = last.trim_end().to_owned();
    }
    spans.retain(|s| !matches!(s, Inline::Text(t) if t.is_empty()));
    Rich(spans)
}

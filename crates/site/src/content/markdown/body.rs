//! An article's CommonMark body as the app's blocks. The block model is
//! kept as it is, so whatever it cannot carry (raw HTML, tables, footnotes,
//! code, nested lists or marks, a link to another site without https) is
//! refused at its line with what to write instead, never dropped.

use super::Refusal;
use super::refusals::{FOOTNOTE, HTML, MARK, Refused, explain, refused_inline};
use super::spans::{link, take_cite};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde_json::{Value, json};
use std::ops::Range;

/// The body's blocks as the JSON the app reads, each with the line it
/// starts on; `lines_before` is the number of lines above the body.
pub fn blocks(
    body: &str,
    lines_before: usize,
    image_size: &dyn Fn(&str) -> Option<(u32, u32)>,
) -> Result<Vec<(Value, usize)>, Vec<Refusal>> {
    // What the model cannot carry is parsed, so that it can be refused.
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    let mut reader = Reader {
        events: Parser::new_ext(body, options).into_offset_iter().collect(),
        at: 0,
        body,
        lines_before,
        image_size,
    };
    let (mut blocks, mut refused) = (Vec::new(), Vec::new());
    loop {
        let start = reader.at;
        let Some((event, range)) = reader.next() else {
            break;
        };
        let line = reader.line(&range);
        match reader.block(event, line) {
            Ok(block) => blocks.push((block, line)),
            Err(message) => refused.push(Refusal { line, message }),
        }
        reader.skip_rest_of_block(start);
    }
    match refused.is_empty() {
        true => Ok(blocks),
        false => Err(refused),
    }
}

/// The body's events, read one block at a time.
struct Reader<'a, 'b> {
    events: Vec<(Event<'a>, Range<usize>)>,
    at: usize,
    body: &'a str,
    lines_before: usize,
    image_size: &'b dyn Fn(&str) -> Option<(u32, u32)>,
}

impl<'a> Reader<'a, '_> {
    fn next(&mut self) -> Option<(Event<'a>, Range<usize>)> {
        let event = self.events.get(self.at).cloned();
        self.at += 1;
        event
    }

    /// The file's line of `range`'s start.
    fn line(&self, range: &Range<usize>) -> usize {
        let before = self.body.get(..range.start).unwrap_or(self.body);
        self.lines_before + before.matches('\n').count() + 1
    }

    /// After a refused block (which started at event `start`), the events
    /// up to its end.
    fn skip_rest_of_block(&mut self, start: usize) {
        let mut depth: usize = 0;
        for (event, _) in self.events.get(start..self.at).unwrap_or_default() {
            match event {
                Event::Start(_) => depth += 1,
                Event::End(_) => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        while depth > 0 {
            match self.next() {
                Some((Event::Start(_), _)) => depth += 1,
                Some((Event::End(_), _)) => depth -= 1,
                Some(_) => {}
                None => return,
            }
        }
    }

    /// The block that `event` starts.
    fn block(&mut self, event: Event<'a>, line: usize) -> Result<Value, Refused> {
        match event {
            Event::Start(Tag::Paragraph) => self.paragraph(),
            Event::Start(Tag::Heading { level, .. }) => {
                if level == HeadingLevel::H1 {
                    return Err(
                        "a # heading: the title is the page's only top heading, so a section \
                        heading is ## (or ### below it)"
                            .into(),
                    );
                }
                if level > HeadingLevel::H3 {
                    return Err(format!("a {level} heading: write ## or ###"));
                }
                let text = self.plain(TagEnd::Heading(level), "a heading")?;
                Ok(json!({ "heading": text }))
            }
            Event::Start(Tag::BlockQuote(_)) => self.quote(),
            Event::Start(Tag::List(start)) => self.list(start.is_some(), line),
            Event::Start(Tag::HtmlBlock) | Event::Html(_) | Event::InlineHtml(_) => {
                Err(HTML.into())
            }
            Event::Start(Tag::CodeBlock(_)) => {
                Err("a code block (or a line indented by four spaces): \
                the site shows no code; remove the indent or the ``` fence"
                    .into())
            }
            Event::Start(Tag::Table(_)) => {
                Err("a table: the site shows no tables; write a list or \
                paragraphs"
                    .into())
            }
            Event::Start(Tag::FootnoteDefinition(_)) => Err(FOOTNOTE.into()),
            Event::Rule => Err(
                "a horizontal rule (---, ***): the article has no dividers; \
                remove it, or use a ## heading"
                    .into(),
            ),
            other => Err(explain(&other, "cannot stand here")),
        }
    }

    /// A paragraph: text with marks, or an image on a line of its own.
    fn paragraph(&mut self) -> Result<Value, Refused> {
        if let Some((
            Event::Start(Tag::Image {
                dest_url, title, ..
            }),
            _,
        )) = self.events.get(self.at).cloned()
            && matches!(self.events.get(self.at + 1..), Some(rest) if image_alone(rest))
        {
            self.at += 1;
            let alt = self.plain(TagEnd::Image, "an image's description")?;
            return self.image(&dest_url, &alt, &title);
        }
        let spans = unbreak(self.inlines(TagEnd::Paragraph)?);
        Ok(json!({ "paragraph": spans }))
    }

    /// `![alt](src "caption")`, its size read from the file.
    fn image(&self, src: &str, alt: &str, caption: &str) -> Result<Value, Refused> {
        let src = src.strip_prefix("../").unwrap_or(src);
        let (width, height) = (self.image_size)(src).ok_or_else(|| {
            format!(
                "no image file {src} in the data folder: an image's path starts from there, such as \
                    images/photo.jpg"
            )
        })?;
        let mut image = json!({ "src": src, "alt": alt, "width": width, "height": height });
        if !caption.trim().is_empty() {
            image["caption"] = json!(caption);
        }
        Ok(json!({ "image": image }))
    }

    /// A quote, whose last line beginning "— " says who said it.
    fn quote(&mut self) -> Result<Value, Refused> {
        let mut paragraphs = Vec::new();
        loop {
            match self.next() {
                Some((Event::Start(Tag::Paragraph), _)) => {
                    paragraphs.push(self.inlines(TagEnd::Paragraph)?)
                }
                Some((Event::End(TagEnd::BlockQuote(_)), _)) => break,
                Some((event, _)) => return Err(explain(&event, "inside a quote: a quote is text")),
                None => break,
            }
        }
        let cite = paragraphs.last_mut().and_then(take_cite);
        let mut paragraphs: Vec<Vec<Value>> = paragraphs.into_iter().map(unbreak).collect();
        paragraphs.retain(|p| !p.is_empty());
        let [text] = paragraphs.as_slice() else {
            return Err(
                "a quote is one paragraph, with who said it on its last line after \"— \"".into(),
            );
        };
        let mut quote = json!({ "text": text });
        if let Some(cite) = cite {
            quote["cite"] = json!(cite);
        }
        Ok(json!({ "quote": quote }))
    }

    /// A list of one-paragraph items, numbered when `ordered`.
    fn list(&mut self, ordered: bool, line: usize) -> Result<Value, Refused> {
        let mut items = Vec::new();
        loop {
            match self.next() {
                Some((Event::Start(Tag::Item), _)) => match self.item()? {
                    item if item.is_empty() => {
                        return Err(
                            "an empty list item: write its text, or remove its marker".into()
                        );
                    }
                    item => items.push(item),
                },
                Some((Event::End(TagEnd::List(_)), _)) | None => break,
                Some((event, _)) => {
                    return Err(explain(&event, &format!("in the list of line {line}")));
                }
            }
        }
        Ok(json!({ "list": { "ordered": ordered, "items": items } }))
    }

    /// One list item: text with marks, in one paragraph, no list inside.
    fn item(&mut self) -> Result<Vec<Value>, Refused> {
        let tight = !matches!(
            self.events.get(self.at),
            Some((Event::Start(Tag::Paragraph), _))
        );
        if tight {
            return self.inlines(TagEnd::Item).map(unbreak);
        }
        self.at += 1;
        let spans = unbreak(self.inlines(TagEnd::Paragraph)?);
        match self.next() {
            Some((Event::End(TagEnd::Item), _)) => Ok(spans),
            _ => Err(
                "a list item is one paragraph: start a new item, or a paragraph after the list"
                    .into(),
            ),
        }
    }

    /// Text without marks up to `end`, for headings, image descriptions and
    /// the words of a link or a mark.
    fn plain(&mut self, end: TagEnd, what_it_is: &str) -> Result<String, Refused> {
        let mut text = String::new();
        loop {
            match self.next() {
                Some((Event::End(e), _)) if e == end => return Ok(text),
                Some((Event::Text(t), _)) => text.push_str(&t),
                Some((Event::SoftBreak, _)) => text.push(' '),
                Some((event, _)) => {
                    return Err(explain(
                        &event,
                        &format!("inside {what_it_is}: {what_it_is} is plain text"),
                    ));
                }
                None => return Ok(text),
            }
        }
    }

    /// Text with marks up to `end`, as the spans of the app's rich text,
    /// with a `\n` where a line ends ([`unbreak`] makes it a space).
    fn inlines(&mut self, end: TagEnd) -> Result<Vec<Value>, Refused> {
        let mut spans: Vec<Value> = Vec::new();
        let push_text = |spans: &mut Vec<Value>, t: &str| match spans.last_mut() {
            Some(Value::String(before)) => before.push_str(t),
            _ => spans.push(json!(t)),
        };
        loop {
            let Some((event, _)) = self.next() else {
                return Ok(spans);
            };
            match event {
                Event::End(e) if e == end => return Ok(spans),
                Event::Text(t) => push_text(&mut spans, &t),
                Event::SoftBreak => push_text(&mut spans, "\n"),
                Event::Start(Tag::Emphasis) => {
                    spans.push(json!({ "em": self.plain(TagEnd::Emphasis, MARK)? }))
                }
                Event::Start(Tag::Strong) => {
                    spans.push(json!({ "strong": self.plain(TagEnd::Strong, MARK)? }))
                }
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    ..
                }) => {
                    let text = self.plain(TagEnd::Link, "a link's words")?;
                    spans.push(link(link_type, &dest_url, &title, text)?);
                }
                other => return Err(refused_inline(&other)),
            }
        }
    }
}

/// Whether the rest of a paragraph, after an image's start, is that image
/// alone.
fn image_alone(rest: &[(Event, Range<usize>)]) -> bool {
    let end = rest
        .iter()
        .position(|(e, _)| matches!(e, Event::End(TagEnd::Image)));
    end.is_some_and(|end| matches!(rest.get(end + 1), Some((Event::End(TagEnd::Paragraph), _))))
}

/// Spans with the ends of lines inside a paragraph as spaces, as a
/// browser shows them.
fn unbreak(mut spans: Vec<Value>) -> Vec<Value> {
    for span in &mut spans {
        if let Value::String(text) = span {
            *text = text.replace('\n', " ");
        }
    }
    spans
}

//! Why the body's Markdown is refused, in an editor's words: what each
//! construct is, and what to write instead.

use pulldown_cmark::{Event, Tag};

/// Why a block or a span is refused.
pub type Refused = String;

/// Raw HTML, in a block or inside text.
pub const HTML: &str = "raw HTML is not published: write Markdown (**bold**, *italic*, \
    [words](https://…)) or plain text";

/// What a span of emphasis is called in messages.
pub const MARK: &str = "bold or italic text";

/// A footnote, its mark or its text.
pub const FOOTNOTE: &str = "a footnote: the site shows no footnotes; write the note into the text, \
    or add the source to references";

/// Why an event cannot stand inside text.
pub fn refused_inline(event: &Event) -> Refused {
    match event {
        Event::Start(Tag::Image { .. }) => {
            "an image inside text: put the image on a line of its own".into()
        }
        Event::HardBreak => "a line break inside a paragraph (two spaces or \\ at a line's end): \
            start a new paragraph with an empty line"
            .into(),
        other => explain(other, "cannot stand inside text"),
    }
}

/// Why `event` is refused: its own sentence when it has one, else its name
/// and `where_it_is`.
pub fn explain(event: &Event, where_it_is: &str) -> Refused {
    let what = what(event);
    match what.contains(": ") {
        true => what,
        false => format!("{what} {where_it_is}"),
    }
}

/// What an event is, in an editor's words: a whole sentence with what to
/// write instead where the site never shows it.
fn what(event: &Event) -> String {
    match event {
        Event::Html(_) | Event::InlineHtml(_) | Event::Start(Tag::HtmlBlock) => HTML.into(),
        Event::Code(code) => {
            format!("`{code}` (code): the site shows no code; write it as plain text")
        }
        Event::FootnoteReference(_) | Event::Start(Tag::FootnoteDefinition(_)) => FOOTNOTE.into(),
        Event::Start(Tag::Strikethrough) => {
            "~~struck-through text~~: the site shows none; remove it".into()
        }
        Event::TaskListMarker(_) => "a task box ([ ] or [x]): write the item as text".into(),
        Event::Start(Tag::List(_)) => {
            "a list inside a list or quote: the site's lists are one level deep".into()
        }
        Event::Start(Tag::Emphasis | Tag::Strong | Tag::Link { .. }) => {
            "bold, italic or a link inside another: marks do not nest; mark the words once".into()
        }
        Event::Start(Tag::Image { .. }) => "an image".into(),
        Event::Start(Tag::Heading { .. }) => "a heading".into(),
        Event::Start(Tag::CodeBlock(_)) => "a code block".into(),
        Event::Start(Tag::BlockQuote(_)) => "a quote".into(),
        Event::Start(Tag::Table(_)) => "a table".into(),
        Event::Rule => "a horizontal rule".into(),
        Event::HardBreak => "a line break (two spaces or \\ at a line's end)".into(),
        other => format!("{other:?}"),
    }
}

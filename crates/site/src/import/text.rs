//! Text taken from HTML: white space collapsed as a browser would, control
//! characters removed, and runs of marked text gathered into the content's
//! inline spans.

use ego_tree::NodeRef;
use ego_tree::iter::Edge;
use scraper::{ElementRef, Node};
use tocsin::model::{Inline, Mark, Rich, SafeLink};

/// Elements whose content is never shown: code, forms and page furniture
/// that would run or load something.
pub const DROPPED: [&str; 20] = [
    "script", "style", "noscript", "template", "form", "input", "button", "select", "textarea",
    "svg", "math", "canvas", "link", "meta", "base", "frame", "frameset", "applet", "dialog",
    "head",
];

/// Runs of white space made one space, the ends trimmed, control
/// characters and line separators removed.
pub fn collapse(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text under `node`, skipping what is never shown. A walk over the
/// tree's edges rather than a call per element, so that no nesting, however
/// deep, uses up the stack.
pub fn raw_text(node: NodeRef<Node>) -> String {
    let mut text = String::new();
    // How many dropped elements the walk is inside.
    let mut dropped = 0usize;
    for edge in node.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) if DROPPED.contains(&e.name()) => dropped += 1,
                _ if dropped > 0 => {}
                Node::Text(t) => text.push_str(t),
                Node::Element(e) if e.name() == "br" => text.push(' '),
                _ => {}
            },
            Edge::Close(node) => match node.value() {
                Node::Element(e) if DROPPED.contains(&e.name()) => dropped -= 1,
                // Block elements end a word even when the markup runs them on.
                Node::Element(e) if dropped == 0 && e.name() != "br" => text.push(' '),
                _ => {}
            },
        }
    }
    text
}

/// An element's text on one line, or `None` when it has none.
pub fn plain(element: ElementRef) -> Option<String> {
    Some(collapse(&raw_text(*element))).filter(|t| !t.is_empty())
}

/// The mark text carries.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Style {
    /// No mark.
    Plain,
    /// Emphasis.
    Em,
    /// Strong importance; wins over emphasis, since spans carry one mark.
    Strong,
}

impl Style {
    /// The mark of text marked both `self` and `other`.
    pub fn with(self, other: Style) -> Style {
        self.max(other)
    }
}

/// The spans of one paragraph being gathered.
#[derive(Default)]
pub struct Spans(Vec<Inline>);

fn span_text(span: &mut Inline) -> &mut String {
    match span {
        Inline::Text(t) | Inline::Marked(Mark::Em(t) | Mark::Strong(t)) => t,
        Inline::Marked(Mark::Link { text, .. } | Mark::Page { text, .. }) => text,
    }
}

impl Spans {
    fn ends_in_space(&self) -> bool {
        self.0.last().is_none_or(|span| match span {
            Inline::Text(t) | Inline::Marked(Mark::Em(t) | Mark::Strong(t)) => t.ends_with(' '),
            Inline::Marked(Mark::Link { .. } | Mark::Page { .. }) => false,
        })
    }

    /// True when the text so far ends with `c`, white space aside.
    pub fn ends_with(&self, c: char) -> bool {
        self.0.last().is_some_and(|span| match span {
            Inline::Text(t) | Inline::Marked(Mark::Em(t) | Mark::Strong(t)) => {
                t.trim_end().ends_with(c)
            }
            Inline::Marked(Mark::Link { text, .. } | Mark::Page { text, .. }) => text.ends_with(c),
        })
    }

    /// Adds text with a mark, collapsing white space across spans.
    pub fn push(&mut self, text: &str, style: Style) {
        let starts = text.starts_with(|c: char| c.is_whitespace());
        let ends = text.ends_with(|c: char| c.is_whitespace());
        let words = collapse(text);
        let mut text = String::new();
        if starts && !self.ends_in_space() {
            text.push(' ');
        }
        text.push_str(&words);
        if ends && !words.is_empty() {
            text.push(' ');
        }
        if text.is_empty() {
            return;
        }
        match (self.0.last_mut(), style) {
            (Some(Inline::Text(t)), Style::Plain)
            | (Some(Inline::Marked(Mark::Em(t))), Style::Em)
            | (Some(Inline::Marked(Mark::Strong(t))), Style::Strong) => t.push_str(&text),
            _ => self.0.push(match style {
                Style::Plain => Inline::Text(text),
                Style::Em => Inline::Marked(Mark::Em(text)),
                Style::Strong => Inline::Marked(Mark::Strong(text)),
            }),
        }
    }

    /// Adds a link, its words trimmed.
    pub fn push_link(&mut self, text: String, href: SafeLink) {
        let words = collapse(&text);
        if words.is_empty() {
            return;
        }
        if text.starts_with(' ') {
            self.push(" ", Style::Plain);
        }
        self.0
            .push(Inline::Marked(Mark::Link { text: words, href }));
        if text.ends_with(' ') {
            self.push(" ", Style::Plain);
        }
    }

    /// Adds a finished run of text after what is there.
    pub fn extend(&mut self, rich: Rich) {
        for span in rich.0 {
            match span {
                Inline::Text(t) => self.push(&t, Style::Plain),
                Inline::Marked(Mark::Em(t)) => self.push(&t, Style::Em),
                Inline::Marked(Mark::Strong(t)) => self.push(&t, Style::Strong),
                Inline::Marked(Mark::Link { text, href }) => self.push_link(text, href),
                Inline::Marked(page @ Mark::Page { .. }) => self.0.push(Inline::Marked(page)),
            }
        }
    }

    /// The run of text, trimmed, or `None` when it holds no words. A
    /// paragraph that is only an https address (how WordPress embeds a
    /// video) becomes a link to it.
    pub fn finish(mut self) -> Option<Rich> {
        while let Some(last) = self.0.last_mut() {
            let text = span_text(last);
            text.truncate(text.trim_end().len());
            if !text.is_empty() {
                break;
            }
            self.0.pop();
        }
        if let Some(first) = self.0.first_mut() {
            let text = span_text(first);
            *text = text.trim_start().to_owned();
        }
        if let [Inline::Text(only)] = self.0.as_slice()
            && only.starts_with("https://")
            && let Ok(href) = SafeLink::parse(only)
        {
            let text = only.clone();
            return Some(Rich(vec![Inline::Marked(Mark::Link { text, href })]));
        }
        (!self.0.is_empty()).then_some(Rich(self.0))
    }
}

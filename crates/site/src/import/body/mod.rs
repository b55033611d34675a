//! An imported post's HTML, parsed by a real HTML5 parser, turned into the
//! article's typed blocks. Only text, the marks content has (emphasis,
//! strong, https and mailto links) and the site's own images pass; scripts,
//! styles, frames and every attribute but a few addresses never do.

use super::images::Upload;
use super::text::{DROPPED, Spans, Style, plain};
use super::{Context, Note, address};
mod blocks;

use ego_tree::NodeRef;
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node};
use tocsin::model::{Block, Inline, Rich};

/// Elements that load another page or a media file: a link to it is kept.
const EMBEDS: [&str; 5] = ["iframe", "embed", "object", "video", "audio"];
/// Elements that break the flow of text into blocks.
const BLOCKS: [&str; 16] = [
    "div", "section", "article", "main", "aside", "header", "footer", "nav", "center", "dl", "dd",
    "dt", "details", "summary", "address", "pre",
];

/// The deepest nesting of elements a body may have. No post nests so deep;
/// a deeper one is damaged or hostile, and the walk below, a call per
/// element, would use up the stack on it.
const MAX_DEPTH: usize = 100;

/// A converted body.
pub struct Body {
    /// The blocks, in order.
    pub blocks: Vec<Block>,
    /// What could not be converted, and why.
    pub notes: Vec<Note>,
    /// The image files the blocks need.
    pub uploads: Vec<Upload>,
}

/// Converts a post's HTML (shortcodes already expanded) into blocks, or
/// says why it cannot.
pub fn convert(ctx: &Context, html: &str) -> Result<Body, String> {
    let document = Html::parse_fragment(html);
    if deepest(&document) > MAX_DEPTH {
        return Err(format!(
            "its HTML nests elements more than {MAX_DEPTH} deep, as no post does: the export is damaged"
        ));
    }
    // Posts written before the block editor leave paragraphs to blank lines
    // (WordPress's `wpautop`); block-editor posts mark every paragraph.
    let mut walker = Walker {
        ctx,
        autop: !html.contains("<!-- wp:"),
        ..Walker::new(ctx)
    };
    walker.children(document.root_element(), Style::Plain);
    walker.flush();
    Ok(Body {
        blocks: walker.blocks,
        notes: walker.notes,
        uploads: walker.uploads,
    })
}

/// How deeply `document`'s nodes nest, found without a call per level.
fn deepest(document: &Html) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(_) => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            Edge::Close(_) => depth -= 1,
        }
    }
    deepest
}

struct Walker<'c> {
    ctx: &'c Context<'c>,
    autop: bool,
    /// How deep inside an element that holds one paragraph of text.
    in_text: usize,
    blocks: Vec<Block>,
    spans: Spans,
    notes: Vec<Note>,
    uploads: Vec<Upload>,
}

impl<'c> Walker<'c> {
    fn new(ctx: &'c Context<'c>) -> Self {
        Walker {
            ctx,
            autop: false,
            in_text: 0,
            blocks: Vec::new(),
            spans: Spans::default(),
            notes: Vec::new(),
            uploads: Vec::new(),
        }
    }

    fn note(&mut self, what: impl Into<String>, why: impl Into<String>) {
        self.notes.push(Note::new(what, why));
    }

    /// Ends the paragraph being gathered.
    fn flush(&mut self) {
        if let Some(rich) = std::mem::take(&mut self.spans).finish() {
            self.blocks.push(Block::Paragraph(rich));
        }
    }

    fn children(&mut self, element: ElementRef, style: Style) {
        for child in element.children() {
            self.node(child, style);
        }
    }

    fn node(&mut self, node: NodeRef<Node>, style: Style) {
        match node.value() {
            Node::Text(text) => self.text(text, style),
            Node::Comment(comment) => self.comment(comment),
            Node::Element(_) => {
                if let Some(element) = ElementRef::wrap(node) {
                    self.element(element, style);
                }
            }
            _ => {}
        }
    }

    fn text(&mut self, text: &str, style: Style) {
        if !self.autop || self.in_text > 0 {
            return self.spans.push(text, style);
        }
        // A blank line outside any paragraph element ends a paragraph.
        let mut lines = text.split('\n').peekable();
        let mut blank = false;
        while let Some(line) = lines.next() {
            if line.trim().is_empty() && lines.peek().is_some() && !blank {
                blank = true;
                self.flush();
                continue;
            }
            blank = blank && line.trim().is_empty();
            self.spans.push(line, style);
            if lines.peek().is_some() {
                self.spans.push(" ", style);
            }
        }
    }

    fn comment(&mut self, comment: &str) {
        let comment = comment.trim();
        // A self-closing block (`<!-- wp:latest-posts /-->`) is drawn by
        // WordPress when the page is viewed: its export holds nothing.
        if let Some(block) = comment.strip_prefix("wp:")
            && comment.ends_with('/')
        {
            let name = block
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .trim_end_matches('/');
            self.note(
                format!("<!-- wp:{name} /-->"),
                "a block WordPress draws when a page is viewed: dropped",
            );
        }
    }

    fn element(&mut self, element: ElementRef, style: Style) {
        let name = element.value().name();
        match name {
            "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                if name == "p" {
                    self.in_text += 1;
                    self.children(element, style);
                    self.in_text -= 1;
                    self.flush();
                } else if let Some(heading) = plain(element) {
                    self.blocks.push(Block::Heading(heading));
                }
            }
            "blockquote" => self.quote(element),
            "ul" | "ol" => self.list(element),
            "figure" => self.figure(element),
            "img" => self.image(element, None),
            "table" => self.table(element),
            "hr" => self.flush(),
            "br" => self.spans.push(" ", style),
            "em" | "i" | "cite" | "dfn" | "var" => self.children(element, style.with(Style::Em)),
            "strong" | "b" => self.children(element, style.with(Style::Strong)),
            "a" => self.anchor(element, style),
            _ if EMBEDS.contains(&name) => self.embed(element),
            _ if DROPPED.contains(&name) => {
                self.note(
                    format!("<{name}>"),
                    "content that would run or load code: removed",
                );
            }
            _ if BLOCKS.contains(&name) => {
                self.flush();
                self.children(element, style);
                self.flush();
            }
            _ => self.children(element, style),
        }
    }

    fn anchor(&mut self, element: ElementRef, style: Style) {
        // A link around an image goes to the image's own file: the image stays.
        if element
            .descendants()
            .any(|n| n.value().as_element().is_some_and(|e| e.name() == "img"))
        {
            return self.children(element, style);
        }
        let Some(text) = plain(element) else { return };
        match address::link(&self.ctx.base, element.attr("href").unwrap_or_default()) {
            address::Link::Kept(href, note) => {
                if let Some(why) = note {
                    self.note(href.as_str().to_owned(), why);
                }
                self.spans.push_link(text, href);
            }
            address::Link::Anchor => self.spans.push(&text, style),
            address::Link::Refused(why) => {
                let shown: String = element
                    .attr("href")
                    .unwrap_or_default()
                    .chars()
                    .take(60)
                    .collect();
                self.note(format!("link {shown}"), why);
                self.spans.push(&text, style);
            }
        }
    }

    /// Walks `nodes` on their own and returns what they hold as one run of
    /// text, plus the blocks that cannot be text (images).
    fn gather<'a>(
        &mut self,
        nodes: impl Iterator<Item = NodeRef<'a, Node>>,
    ) -> (Spans, Vec<Block>) {
        let outer_blocks = std::mem::take(&mut self.blocks);
        let outer_spans = std::mem::take(&mut self.spans);
        self.in_text += 1;
        for node in nodes {
            self.node(node, Style::Plain);
        }
        self.in_text -= 1;
        self.flush();
        let inner = std::mem::replace(&mut self.blocks, outer_blocks);
        self.spans = outer_spans;
        let mut text = Spans::default();
        let mut others = Vec::new();
        for block in inner {
            let runs = match block {
                Block::Paragraph(rich) | Block::Quote { text: rich, .. } => vec![rich],
                Block::Heading(heading) => vec![Rich(vec![Inline::Text(heading)])],
                Block::List { items, .. } => items,
                image @ Block::Image { .. } => {
                    others.push(image);
                    continue;
                }
            };
            for run in runs {
                text.push(" ", Style::Plain);
                text.extend(run);
            }
        }
        (text, others)
    }
}

/// Lists, which an item may hold.
const LISTS: &[&str] = &["ul", "ol"];

/// True when `node` is an element named one of `names`.
fn named(node: NodeRef<Node>, names: &[&str]) -> bool {
    node.value()
        .as_element()
        .is_some_and(|e| names.contains(&e.name()))
}

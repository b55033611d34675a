//! The walker's block-level elements: quotes, lists, tables, figures,
//! images and embeds, each gathered into one block of the article.

use super::{LISTS, Walker, named};
use crate::import::address;
use crate::import::images::{ImageTag, image};
use crate::import::text::{Style, collapse, plain, raw_text};
use ego_tree::NodeRef;
use scraper::{ElementRef, Node};
use tocsin::model::{Block, Inline, Mark, Rich};

impl Walker<'_> {
    pub(super) fn quote(&mut self, element: ElementRef) {
        self.flush();
        let is_cite = |n: &NodeRef<Node>| named(*n, &["cite", "footer"]);
        let cite = element
            .children()
            .filter(is_cite)
            .filter_map(ElementRef::wrap)
            .find_map(plain);
        let (text, others) = self.gather(element.children().filter(|n| !is_cite(n)));
        if let Some(rich) = text.finish() {
            self.blocks.push(Block::Quote { text: rich, cite });
        }
        self.blocks.extend(others);
    }

    pub(super) fn list(&mut self, element: ElementRef) {
        self.flush();
        let mut items = Vec::new();
        let mut deferred = Vec::new();
        for item in element.child_elements() {
            let (mut text, others) = self.gather(item.children().filter(|n| !named(*n, LISTS)));
            let nested: Vec<String> = item
                .child_elements()
                .filter(|e| named(**e, LISTS))
                .flat_map(nested_items)
                .collect();
            if !nested.is_empty() {
                self.note(
                    "a nested list",
                    "joined into its parent item, as article lists have one level",
                );
                let colon = if text.ends_with(':') { " " } else { ": " };
                text.push(&[colon, &nested.join("; ")].concat(), Style::Plain);
            }
            items.extend(text.finish());
            deferred.extend(others);
        }
        if !items.is_empty() {
            self.blocks.push(Block::List {
                ordered: element.value().name() == "ol",
                items,
            });
        }
        self.blocks.extend(deferred);
    }

    pub(super) fn table(&mut self, element: ElementRef) {
        self.flush();
        let rows: Vec<Rich> = element
            .descendants()
            .filter_map(ElementRef::wrap)
            .filter(|e| e.value().name() == "tr")
            .filter_map(|row| {
                let cells: Vec<String> = row.child_elements().filter_map(plain).collect();
                (!cells.is_empty()).then(|| Rich(vec![Inline::Text(cells.join(" | "))]))
            })
            .collect();
        if !rows.is_empty() {
            self.note(
                "a table",
                "each row became an item of a list, its cells split by |",
            );
            self.blocks.push(Block::List {
                ordered: false,
                items: rows,
            });
        }
    }

    pub(super) fn figure(&mut self, element: ElementRef) {
        // `descendants` starts with the figure itself.
        let has = |name: &str| element.descendants().skip(1).any(|n| named(n, &[name]));
        let class = element.attr("class").unwrap_or_default();
        if class.contains("wp-block-embed") {
            self.flush();
            let url = element
                .descendants()
                .filter_map(ElementRef::wrap)
                .find_map(|e| e.attr("src").map(str::to_owned));
            return self.embed_link(url.or_else(|| plain(element)));
        }
        if has("figure") || has("blockquote") || has("table") || !has("img") {
            return self.children(element, Style::Plain);
        }
        let is_caption = |e: &ElementRef| e.value().name() == "figcaption";
        let caption = if class.contains("wp-caption") {
            // A `[caption]` shortcode: its text follows the image.
            let text = element
                .children()
                .filter(|n| !n.descendants().any(|d| named(d, &["img"])))
                .map(raw_text);
            Some(collapse(&text.collect::<String>())).filter(|t| !t.is_empty())
        } else {
            element.child_elements().filter(is_caption).find_map(plain)
        };
        for img in element
            .descendants()
            .filter_map(ElementRef::wrap)
            .filter(|e| e.value().name() == "img")
        {
            self.image(img, caption.clone());
        }
    }

    pub(super) fn image(&mut self, element: ElementRef, caption: Option<String>) {
        let attr = |name: &str| element.attr(name).unwrap_or_default().to_owned();
        let src = ["src", "data-src", "data-lazy-src"]
            .iter()
            .map(|n| attr(n))
            .find(|s| !s.trim().is_empty());
        let tag = ImageTag {
            src: src.unwrap_or_default(),
            alt: attr("alt"),
            width: attr("width"),
            height: attr("height"),
            class: attr("class"),
        };
        match image(self.ctx, &tag, caption) {
            Ok((block, upload)) => {
                self.flush();
                self.blocks.push(block);
                self.uploads.push(upload);
            }
            Err(why) => self.note(
                format!("image {}", tag.src.chars().take(80).collect::<String>()),
                why,
            ),
        }
    }

    pub(super) fn embed(&mut self, element: ElementRef) {
        let src = element
            .attr("src")
            .or_else(|| element.attr("data"))
            .or_else(|| element.child_elements().find_map(|e| e.attr("src")));
        self.flush();
        self.embed_link(src.map(str::to_owned));
    }

    /// An embedded page or media file: a paragraph linking to it, or a note.
    fn embed_link(&mut self, url: Option<String>) {
        let url = url.unwrap_or_default();
        match address::link(&self.ctx.base, &url) {
            address::Link::Kept(href, _) => {
                self.note(
                    href.as_str().to_owned(),
                    "an embed: it became a link to what it showed",
                );
                self.blocks
                    .push(Block::Paragraph(Rich(vec![Inline::Marked(Mark::Link {
                        text: href.as_str().to_owned(),
                        href,
                    })])));
            }
            _ => self.note(
                format!("embed {url}"),
                "an embed with no https address: dropped",
            ),
        }
    }
}

/// The items of a nested list as text: a sub-item with its own list reads
/// "item (a; b)".
fn nested_items(list: ElementRef) -> Vec<String> {
    list.child_elements()
        .filter_map(|item| {
            let own = collapse(
                &item
                    .children()
                    .filter(|n| !named(*n, LISTS))
                    .map(raw_text)
                    .collect::<String>(),
            );
            let deeper: Vec<String> = item
                .child_elements()
                .filter(|e| named(**e, LISTS))
                .flat_map(nested_items)
                .collect();
            match (own.is_empty(), deeper.is_empty()) {
                (true, true) => None,
                (false, true) => Some(own),
                (true, false) => Some(deeper.join("; ")),
                (false, false) => Some(format!("{own} ({})", deeper.join("; "))),
            }
        })
        .collect()
}

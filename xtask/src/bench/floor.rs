//! The static floor page: the demo article as one plain HTML file with inline
//! CSS and no script, made from the same JSON the app reads. The bench lays
//! Tocsin beside it, so "close to a static page" is a measured ratio.

use std::fmt::Write as _;
use tocsin::i18n;
use tocsin::model::{Article, Block, Inline, Mark, Rich};
use tocsin::prerender::escape;

/// Just enough style to read comfortably on a phone, in light and dark.
const STYLE: &str = "body{margin:0 auto;max-width:40rem;padding:1rem;font:1.125rem/1.6 \
    system-ui,sans-serif;color:#1a1a1a;background:#fff}\
h1{font-size:1.8rem;line-height:1.2}p.standfirst{font-size:1.2rem}small{color:#555}\
blockquote{margin:1rem 0;padding-left:1rem;border-left:4px solid #b00}a{color:#0645ad}\
@media(prefers-color-scheme:dark){body{color:#eee;background:#111}small{color:#bbb}a{color:#8ab4f8}}";

/// The whole page for `article`.
pub fn page(article: &Article) -> String {
    let mut html = String::with_capacity(16 * 1024);
    let _ = write!(
        html,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{title}</title><link rel=\"icon\" href=\"data:,\"><meta name=\"description\" content=\"{standfirst}\">\
<style>{STYLE}</style></head><body><main><article><h1>{title}</h1>\
<p class=\"standfirst\">{standfirst}</p><p><small>{byline}, {date}</small></p>",
        title = escape(&article.title),
        standfirst = escape(&article.standfirst),
        byline = escape(&article.byline),
        date = i18n::date(&article.published),
    );
    for block in &article.body {
        block_html(&mut html, block);
    }
    if !article.references.is_empty() {
        html.push_str("<h2>Earlier reports</h2><ul>");
        for reference in &article.references {
            let title = escape(&reference.title);
            html.push_str("<li>");
            match &reference.url {
                Some(url) => {
                    let _ = write!(html, "<a href=\"{}\">{title}</a>", escape(url.as_str()));
                }
                None => html.push_str(&title),
            }
            let _ = write!(
                html,
                ", {}, {}</li>",
                escape(&reference.source),
                i18n::date(&reference.date)
            );
        }
        html.push_str("</ul>");
    }
    html.push_str("</article></main></body></html>\n");
    html
}

fn block_html(html: &mut String, block: &Block) {
    match block {
        Block::Paragraph(text) => {
            html.push_str("<p>");
            rich_html(html, text);
            html.push_str("</p>");
        }
        Block::Heading(text) => {
            let _ = write!(html, "<h2>{}</h2>", escape(text));
        }
        Block::Quote { text, cite } => {
            html.push_str("<blockquote><p>");
            rich_html(html, text);
            html.push_str("</p>");
            if let Some(cite) = cite {
                let _ = write!(html, "<footer>{}</footer>", escape(cite));
            }
            html.push_str("</blockquote>");
        }
        Block::List { ordered, items } => {
            let tag = if *ordered { "ol" } else { "ul" };
            let _ = write!(html, "<{tag}>");
            for item in items {
                html.push_str("<li>");
                rich_html(html, item);
                html.push_str("</li>");
            }
            let _ = write!(html, "</{tag}>");
        }
        Block::Image {
            src,
            alt,
            caption,
            width,
            height,
        } => {
            let _ = write!(
                html,
                "<figure><img src=\"/data/{}\" alt=\"{}\" width=\"{width}\" height=\"{height}\">",
                escape(src.as_str()),
                escape(alt)
            );
            if let Some(caption) = caption {
                let _ = write!(html, "<figcaption>{}</figcaption>", escape(caption));
            }
            html.push_str("</figure>");
        }
    }
}

fn rich_html(html: &mut String, text: &Rich) {
    for span in &text.0 {
        match span {
            Inline::Text(t) => html.push_str(&escape(t)),
            Inline::Marked(Mark::Em(t)) => {
                let _ = write!(html, "<em>{}</em>", escape(t));
            }
            Inline::Marked(Mark::Strong(t)) => {
                let _ = write!(html, "<strong>{}</strong>", escape(t));
            }
            Inline::Marked(Mark::Link { text, href }) => link(html, href.as_str(), text),
            // The floor page is served at the site's root, where a page's
            // path is its address.
            Inline::Marked(Mark::Page { text, path }) => link(html, path, text),
        }
    }
}

fn link(html: &mut String, href: &str, text: &str) {
    let _ = write!(html, "<a href=\"{}\">{}</a>", escape(href), escape(text));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_demo_article_with_everything_escaped() {
        let json = include_str!("../../../tests/fixtures/article.json");
        let mut article: Article = serde_json::from_str(json).unwrap();
        article.title = "<script>alert(1)</script> & \"more\"".into();
        let html = page(&article);
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(
            html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;</h1>")
        );
        assert!(!html.contains("<script"));
        let paragraphs = article
            .body
            .iter()
            .filter(|b| matches!(b, Block::Paragraph(_) | Block::Quote { .. }))
            .count();
        // One more for the byline.
        assert_eq!(html.matches("<p>").count(), paragraphs + 1);
        assert!(html.contains(&escape(&article.standfirst)));
    }
}

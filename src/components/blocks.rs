//! An article's body blocks and its references, as views: text is always
//! inserted as text, never as HTML.

use super::DateTime;
use super::rich::{SafeAnchor, rich_text};
use crate::i18n::{Key, t};
use crate::model::{BasePath, Block, Reference};
use crate::route::asset_href;
use leptos::prelude::*;

/// One body block.
pub fn block_view(block: Block) -> AnyView {
    match block {
        Block::Paragraph(text) => view! { <p>{rich_text(text)}</p> }.into_any(),
        Block::Heading(text) => view! { <h2>{text}</h2> }.into_any(),
        Block::Quote { text, cite } => view! {
            <figure class="quote">
                <blockquote>
                    <p>{rich_text(text)}</p>
                </blockquote>
                {cite.map(|cite| view! { <figcaption>{cite}</figcaption> })}
            </figure>
        }
        .into_any(),
        Block::List { ordered, items } => {
            let items = items
                .into_iter()
                .map(|item| view! { <li>{rich_text(item)}</li> })
                .collect_view();
            if ordered {
                view! { <ol>{items}</ol> }.into_any()
            } else {
                view! { <ul>{items}</ul> }.into_any()
            }
        }
        Block::Image {
            src,
            alt,
            caption,
            width,
            height,
        } => view! {
            <figure class="image">
                <img src=asset(src.as_str()) alt=alt width=width height=height loading="lazy" />
                {caption.map(|caption| view! { <figcaption>{caption}</figcaption> })}
            </figure>
        }
        .into_any(),
    }
}

/// The "earlier reports" section; nothing when there are none.
#[component]
pub fn References(
    /// The reports, in the order the editor gave.
    references: Vec<Reference>,
) -> impl IntoView {
    (!references.is_empty()).then(|| {
        view! {
            <section class="references" aria-labelledby="references-heading">
                <h2 id="references-heading">{t(Key::EarlierReports)}</h2>
                <ul>{references.into_iter().map(reference).collect_view()}</ul>
            </section>
        }
    })
}

fn reference(r: Reference) -> impl IntoView {
    let title = match r.url {
        Some(href) => view! { <SafeAnchor href>{r.title}</SafeAnchor> }.into_any(),
        None => view! { <cite>{r.title}</cite> }.into_any(),
    };
    view! { <li>{title} ", " {r.source} ", " <DateTime date=r.date /></li> }
}

/// A file of the site's own (`images/a.jpg`) as an address under the base path.
fn asset(path: &str) -> String {
    asset_href(&use_context::<BasePath>().unwrap_or_default(), path)
}

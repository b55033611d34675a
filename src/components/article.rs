//! The reading view of one article.

use super::rich::{SafeAnchor, rich_text};
use crate::model::{Article, Block, Date, Reference};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// An article: headline, standfirst, byline and date, its body and its references.
#[component]
pub fn ArticleView(
    /// The article to show.
    article: Article,
) -> impl IntoView {
    let campaign_link = article.campaign.as_ref().map(|slug| {
        view! {
            <p class="cta-slot">
                <a href=format!("/campaigns/{slug}")>"Take action on this case"</a>
            </p>
        }
    });
    let references = (!article.references.is_empty()).then(|| {
        view! {
            <section class="references" aria-labelledby="references-heading">
                <h2 id="references-heading">"Earlier reports"</h2>
                <ul>{article.references.into_iter().map(reference).collect_view()}</ul>
            </section>
        }
    });
    view! {
        <Title text=article.title.clone() />
        <Meta name="description" content=article.standfirst.clone() />
        <article class="article">
            <header>
                <p class="section">{article.section}</p>
                <h1>{article.title}</h1>
                <p class="standfirst">{article.standfirst}</p>
                <p class="byline">{article.byline} " · " <DateTime date=article.published /></p>
            </header>
            {campaign_link}
            {article.body.into_iter().map(block).collect_view()}
            {references}
        </article>
    }
}

/// A date in a `<time datetime>` element.
#[component]
pub fn DateTime(
    /// The date to show.
    date: Date,
) -> impl IntoView {
    view! { <time datetime=date.to_string()>{date.to_string()}</time> }
}

/// One body block as a view; text is always inserted as text, never as HTML.
fn block(block: Block) -> AnyView {
    match block {
        Block::Paragraph(text) => view! { <p>{rich_text(text)}</p> }.into_any(),
        Block::Heading(text) => view! { <h2>{text}</h2> }.into_any(),
        Block::Quote { text, cite } => view! {
            <figure class="quote">
                <blockquote><p>{rich_text(text)}</p></blockquote>
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
                <img src=format!("/data/{src}") alt=alt width=width height=height loading="lazy" />
                {caption.map(|caption| view! { <figcaption>{caption}</figcaption> })}
            </figure>
        }
        .into_any(),
    }
}

fn reference(r: Reference) -> impl IntoView {
    let title = match r.url {
        Some(href) => view! { <SafeAnchor href>{r.title}</SafeAnchor> }.into_any(),
        None => view! { <cite>{r.title}</cite> }.into_any(),
    };
    view! { <li>{title} ", " {r.source} ", " <DateTime date=r.date /></li> }
}

//! The reading view of one article.

use crate::model::{Article, Block};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// An article: headline, standfirst, byline and date, then its body.
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
    view! {
        <Title text=article.title.clone() />
        <Meta name="description" content=article.standfirst.clone() />
        <article class="article">
            <header>
                <h1>{article.title}</h1>
                <p class="standfirst">{article.standfirst}</p>
                <p class="byline">
                    {article.byline} " · "
                    <time datetime=article.published.clone()>{article.published.clone()}</time>
                </p>
            </header>
            {campaign_link}
            {article.body.into_iter().map(block_view).collect_view()}
        </article>
    }
}

/// One body block as a view; text is always inserted as text, never as HTML.
fn block_view(block: Block) -> AnyView {
    match block {
        Block::Paragraph { text } => view! { <p>{text}</p> }.into_any(),
        Block::Heading { text } => view! { <h2>{text}</h2> }.into_any(),
    }
}

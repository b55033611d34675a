//! Inline text with marks, rendered as elements: never as raw HTML.

use super::href;
use crate::model::{BasePath, Inline, Mark, Rich, SafeLink};
use crate::route::Route;
use leptos::prelude::*;

/// Renders a run of inline text; links are already limited to https and mailto.
pub fn rich_text(rich: Rich) -> impl IntoView {
    rich.0.into_iter().map(inline).collect_view()
}

fn inline(span: Inline) -> AnyView {
    match span {
        Inline::Text(text) => text.into_any(),
        Inline::Marked(Mark::Em(text)) => view! { <em>{text}</em> }.into_any(),
        Inline::Marked(Mark::Strong(text)) => view! { <strong>{text}</strong> }.into_any(),
        Inline::Marked(Mark::Link { text, href }) => {
            view! { <SafeAnchor href>{text}</SafeAnchor> }.into_any()
        }
        // A path that names no page (an older app than its content) is
        // left as its words.
        Inline::Marked(Mark::Page { text, path }) => {
            match Route::parse(&path, &BasePath::default()) {
                Route::NotFound => text.into_any(),
                route => view! { <a href=href(&route)>{text}</a> }.into_any(),
            }
        }
    }
}

/// A link to a checked address; one that leaves the site shares no opener and no referrer.
#[component]
pub fn SafeAnchor(
    /// Where the link goes.
    href: SafeLink,
    /// The link text.
    children: Children,
) -> impl IntoView {
    let rel = href.is_outbound().then_some("noopener noreferrer");
    view! {
        <a href=href.to_string() rel=rel>
            {children()}
        </a>
    }
}

//! The donation appeal at the end of an article.

use super::SafeAnchor;
use crate::model::Appeal;
use leptos::prelude::*;

/// An appeal from the site file: heading, text and where to give.
#[component]
pub fn AppealBox(
    /// The appeal to show.
    appeal: Appeal,
) -> impl IntoView {
    view! {
        <aside class="appeal" aria-labelledby="appeal-heading">
            <h2 id="appeal-heading">{appeal.title}</h2>
            <p>{appeal.text}</p>
            <ul class="appeal-links">
                {appeal
                    .links
                    .into_iter()
                    .map(|link| {
                        view! {
                            <li>
                                <SafeAnchor href=link.url>{link.label}</SafeAnchor>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </aside>
    }
}

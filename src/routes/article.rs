//! `/articles/:slug`: the reading view.

use super::{content_states, slug_param};
use crate::api;
use crate::components::ArticleView;
use leptos::prelude::*;

/// Loads the article named in the URL and shows it.
#[component]
pub fn ArticlePage() -> impl IntoView {
    let slug = slug_param();
    let article = LocalResource::new(move || {
        let slug = slug();
        async move { api::article(&slug).await }
    });
    content_states(article, |article| view! { <ArticleView article /> })
}

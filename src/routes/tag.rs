//! `/tags/:tag`: every article carrying a tag, newest first.

use super::content_states;
use crate::api;
use crate::components::TaggedArticles;
use crate::model::{Slug, articles_tagged};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The articles with one tag; a tag that is not a slug is not found.
#[component]
pub fn TagPage() -> impl IntoView {
    let params = use_params_map();
    let tag = move || params.read().get("tag").and_then(|t| Slug::parse(&t).ok());
    let tagged = LocalResource::new(move || {
        let tag = tag();
        async move {
            let Some(tag) = tag else {
                return Err(api::LoadError::NotFound {
                    what: "This tag".into(),
                });
            };
            let manifest = api::manifest().await?;
            let months: Vec<_> = manifest
                .months
                .into_iter()
                .filter(|m| m.articles > 0)
                .map(|m| m.month)
                .collect();
            let articles = articles_tagged(&api::shards(&months).await?, &tag);
            Ok((tag, articles))
        }
    });
    content_states(
        tagged,
        |(tag, articles)| view! { <TaggedArticles tag articles /> },
    )
}

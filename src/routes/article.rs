//! `/articles/:slug`: the reading view.

use super::{content_states, site_root, slug_param};
use crate::api;
use crate::components::ArticleView;
use leptos::prelude::*;

/// Loads the article named in the URL with the site file, then its campaign.
/// A missing campaign or site file only removes the call to action or appeal.
#[component]
pub fn ArticlePage() -> impl IntoView {
    let slug = slug_param();
    let loaded = LocalResource::new(move || {
        let slug = slug();
        async move {
            let (article, site) = futures::join!(api::article(&slug), api::site());
            let article = article?;
            let appeal = match (&article.appeal, site) {
                (Some(id), Ok(site)) => site.appeal(id).cloned(),
                _ => None,
            };
            let campaign = match &article.campaign {
                Some(slug) => api::campaign(slug.as_str()).await.ok(),
                None => None,
            };
            Ok((article, campaign, appeal))
        }
    });
    content_states(loaded, |(article, campaign, appeal)| {
        let share_url = format!("{}/articles/{}", site_root(), article.slug);
        view! { <ArticleView article campaign appeal share_url /> }
    })
}

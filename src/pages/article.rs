//! `/articles/:slug`: the reading view.

use super::{content_states, use_route};
use crate::api::{self, LoadError, Subject};
use crate::browser;
use crate::components::{ArticleView, page_url};
use crate::model::{Appeal, Article, Campaign, Site};
use crate::route::{DataFile, PageKind};
use leptos::prelude::*;

/// What the reading view shows.
#[derive(Debug, Clone)]
struct Reading {
    article: Article,
    campaign: Option<Campaign>,
    appeal: Option<Appeal>,
}

/// Loads the files the route names (the article and the site file), then
/// the article's campaign.
/// A missing campaign or site file only removes the call to action or appeal.
#[component]
pub fn ArticlePage() -> impl IntoView {
    let route = use_route(PageKind::Article);
    let loaded = LocalResource::new(move || {
        let route = route.get();
        async move {
            let (Some(file), Some(site_file)) = (route.content_file(), route.site_file()) else {
                return Err(LoadError::NotFound {
                    what: Subject::Article,
                });
            };
            let (article, site) = futures::join!(
                api::content::<Article>(file),
                api::content::<Site>(site_file)
            );
            let article = article?;
            let appeal = match (&article.appeal, site) {
                (Some(id), Ok(site)) => site.appeal(id).cloned(),
                _ => None,
            };
            let campaign = match DataFile::campaign_of(&article) {
                Some(file) => api::content(file).await.ok(),
                None => None,
            };
            Ok(Reading {
                article,
                campaign,
                appeal,
            })
        }
    });
    content_states(
        route,
        loaded,
        move |Reading {
                  article,
                  campaign,
                  appeal,
              }| {
            let share_url = page_url(&route.get_untracked(), &browser::site_root());
            view! { <ArticleView article campaign appeal share_url /> }
        },
    )
}

//! `/articles/:slug`: the reading view.

use super::content_states;
use super::params::{AddressParams, use_route};
use crate::api::{self, LoadError, Subject};
use crate::browser;
use crate::components::{ArticleView, page_url};
use crate::model::{Appeal, Article, Campaign};
use crate::route::Route;
use leptos::prelude::*;

/// What the reading view shows.
#[derive(Debug, Clone)]
struct Reading {
    article: Article,
    campaign: Option<Campaign>,
    appeal: Option<Appeal>,
}

/// Loads the article named in the URL with the site file, then its campaign.
/// A missing campaign or site file only removes the call to action or appeal.
#[component]
pub fn ArticlePage() -> impl IntoView {
    let route = use_route(AddressParams::article);
    let loaded = LocalResource::new(move || {
        let route = route.get();
        async move {
            let Route::Article { slug } = route else {
                return Err(LoadError::NotFound {
                    what: Subject::Article,
                });
            };
            let (article, site) = futures::join!(api::article(&slug), api::site());
            let article = article?;
            let appeal = match (&article.appeal, site) {
                (Some(id), Ok(site)) => site.appeal(id).cloned(),
                _ => None,
            };
            let campaign = match &article.campaign {
                Some(slug) => api::campaign(slug).await.ok(),
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

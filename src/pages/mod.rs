//! Pages, one per route. Each page reads its [`Route`] from the router's
//! parameters (`params`), fetches through `api` and hands plain values to
//! components; [`content_states`] gives every page the same loading,
//! not-found and error states. [`route_table`] is the router's table, held
//! to [`Route::pattern`] by a test.

mod article;
mod campaign;
mod flyer;
mod list;
mod not_found;
mod params;
mod search;
// The router decodes parameters with the browser's decodeURIComponent,
// natively only under Leptos' `ssr`, which the `prerender` feature turns on
// (as `cargo test --workspace` does, through xtask).
#[cfg(all(test, feature = "prerender"))]
mod tests;

pub use article::ArticlePage;
pub use campaign::CampaignPage;
pub use flyer::FlyerPage;
pub use list::{CampaignsPage, HomePage, MonthPage, TagPage};
pub use not_found::NotFoundPage;
pub use search::SearchPage;

use crate::api::{self, LoadError};
use crate::boot::reveal_app;
use crate::components::{LoadErrorView, LoadingBlock};
use crate::model::Campaign;
use crate::route::Route;
use crate::share::{LinkChoices, Preset};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::{MatchNestedRoutes, NestedRoute, path};

/// The router's table: every page's path and view. The not-found page is
/// the `<Routes>` fallback.
pub fn route_table() -> impl MatchNestedRoutes + Clone + Send + 'static {
    (
        NestedRoute::new(path!("/"), HomePage),
        NestedRoute::new(path!("/page/:page"), HomePage),
        NestedRoute::new(path!("/articles/:slug"), ArticlePage),
        NestedRoute::new(path!("/campaigns"), CampaignsPage),
        NestedRoute::new(path!("/campaigns/:slug"), CampaignPage),
        NestedRoute::new(path!("/campaigns/:campaign/flyer"), FlyerPage),
        NestedRoute::new(path!("/archive/:year/:month"), MonthPage),
        NestedRoute::new(path!("/archive/:year/:month/page/:page"), MonthPage),
        NestedRoute::new(path!("/tags/:tag"), TagPage),
        NestedRoute::new(path!("/tags/:tag/page/:page"), TagPage),
        NestedRoute::new(path!("/search"), SearchPage),
    )
}

/// Renders `resource` with `render` once it has loaded, a skeleton before,
/// the not-found page when the content does not exist, and an error with a
/// retry for every other failure.
fn content_states<T, V>(
    route: Signal<Route>,
    resource: LocalResource<Result<T, LoadError>>,
    render: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=|| {
            view! { <LoadingBlock /> }
        }>
            {move || {
                let render = render.clone();
                Suspend::new(async move {
                    let on_retry = Callback::new(move |()| resource.refetch());
                    let page = match resource.await {
                        Ok(value) => render(value).into_any(),
                        Err(error) if error.is_not_found() => {
                            view! { <NotFoundPage on_retry /> }.into_any()
                        }
                        Err(error) => {
                            let route = route.get_untracked();
                            view! { <LoadErrorView route error on_retry /> }.into_any()
                        }
                    };
                    Effect::new(|_| reveal_app());
                    page
                })
            }}
        </Suspense>
    }
}

/// Reads the share-link preset from the URL for a campaign.
type PresetReader = std::sync::Arc<dyn Fn(&Campaign) -> LinkChoices + Send + Sync>;

/// A campaign page's content, and how to read its share link.
struct CampaignLoad {
    /// The campaign.
    campaign: LocalResource<Result<Campaign, LoadError>>,
    /// The share-link preset in the URL's query, checked against it.
    read_preset: PresetReader,
}

/// The campaign of `route` (a campaign or its flyer), and a reader of the
/// share-link preset in the URL's query, checked against that campaign.
fn campaign_and_preset(route: Signal<Route>) -> CampaignLoad {
    let campaign = LocalResource::new(move || {
        let route = route.get();
        async move {
            match route {
                Route::Campaign { slug } | Route::Flyer { slug } => api::campaign(&slug).await,
                _ => Err(LoadError::NotFound {
                    what: api::Subject::Campaign,
                }),
            }
        }
    });
    let query = use_query_map();
    let read_preset: PresetReader = std::sync::Arc::new(move |campaign: &Campaign| {
        query.with_untracked(|q| {
            let pairs: Vec<(String, String)> = q
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            Preset::parse(
                pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
                campaign,
            )
        })
    });
    CampaignLoad {
        campaign,
        read_preset,
    }
}

//! Pages, one per kind of route. Each page reads its [`Route`] from the
//! router's parameters ([`use_route`]), fetches through `api` and hands
//! plain values to components; [`content_states`] gives every page the same
//! loading, not-found and error states. [`route_table`] is the router's
//! table, made from the core's address table.

mod article;
mod campaign;
mod flyer;
mod list;
mod not_found;
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
use crate::route::{PageKind, Route};
use crate::share::{LinkChoices, Preset};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use leptos_router::{MatchNestedRoutes, NestedRoute, path};

/// The page that shows each kind of the address table.
macro_rules! page_of {
    (Home) => {
        HomePage
    };
    (Article) => {
        ArticlePage
    };
    (Campaigns) => {
        CampaignsPage
    };
    (Campaign) => {
        CampaignPage
    };
    (Flyer) => {
        FlyerPage
    };
    (Month) => {
        MonthPage
    };
    (Tag) => {
        TagPage
    };
    (Search) => {
        SearchPage
    };
}

/// The router's table from the address table's rows: each shape with the
/// page of its kind.
macro_rules! router_table {
    ($($kind:ident [$($shape:tt),+]),* $(,)?) => {
        ($($(NestedRoute::new(path!($shape), page_of!($kind)),)+)*)
    };
}

/// The router's table: every shape of address (`tocsin_core::address_table!`)
/// and its page. The not-found page is the `<Routes>` fallback.
pub fn route_table() -> impl MatchNestedRoutes + Clone + Send + 'static {
    tocsin_core::address_table!(router_table)
}

/// The current page's route, read from the router's parameters as a page
/// of kind `kind`: [`Route::NotFound`] when they name none (`/page/0`).
fn use_route(kind: PageKind) -> Signal<Route> {
    let params = use_params_map();
    Signal::derive(move || {
        let route = params.with(|map| Route::from_parameters(kind, |name| map.get_str(name)));
        route.unwrap_or(Route::NotFound)
    })
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
            match route.content_file() {
                Some(file) => api::content(file).await,
                None => Err(LoadError::NotFound {
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

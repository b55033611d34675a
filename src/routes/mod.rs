//! Pages, one per route. Each page fetches through `api` and hands plain
//! values to components; [`content_states`] gives every page the same
//! loading, not-found and error states.

mod archive;
mod article;
mod campaign;
mod campaigns;
mod flyer;
mod home;
mod not_found;
mod tag;

pub use archive::ArchivePage;
pub use article::ArticlePage;
pub use campaign::CampaignPage;
pub use campaigns::CampaignsPage;
pub use flyer::FlyerPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use tag::TagPage;

use crate::api::{self, LoadError};
use crate::components::{LoadErrorView, LoadingBlock, reveal_app};
use crate::model::Campaign;
use crate::share::{Ignored, Preset};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// Renders `resource` with `render` once it has loaded, a skeleton before,
/// the not-found page when the content does not exist, and an error with a
/// retry for every other failure.
fn content_states<T, V>(
    resource: LocalResource<Result<T, LoadError>>,
    render: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=|| view! { <LoadingBlock /> }>
            {move || {
                let render = render.clone();
                Suspend::new(async move {
                    let on_retry = Callback::new(move |()| resource.refetch());
                    let page = match resource.await {
                        Ok(value) => render(value).into_any(),
                        Err(error) if error.is_not_found() => view! { <NotFoundPage on_retry /> }.into_any(),
                        Err(error) => view! { <LoadErrorView error on_retry /> }.into_any(),
                    };
                    // Settled: the app may now replace a pre-rendered page.
                    Effect::new(|_| reveal_app());
                    page
                })
            }}
        </Suspense>
    }
}

/// The `:slug` segment of the current route, or an empty string.
fn slug_param() -> impl Fn() -> String + Copy {
    let params = use_params_map();
    move || params.read().get("slug").unwrap_or_default()
}

/// `https://host[:port]` and the base path: the site's own address, for
/// absolute share links.
fn site_root() -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", api::site_base().as_str())
}

/// Reads the share-link preset from the URL for a campaign.
type PresetReader = std::sync::Arc<dyn Fn(&Campaign) -> (Preset, Vec<Ignored>) + Send + Sync>;

/// The campaign named in the URL, and a reader of the share-link preset in
/// the URL's query, checked against that campaign.
fn campaign_and_preset() -> (LocalResource<Result<Campaign, LoadError>>, PresetReader) {
    let slug = slug_param();
    let campaign = LocalResource::new(move || {
        let slug = slug();
        async move { api::campaign(&slug).await }
    });
    let query = use_query_map();
    let preset: PresetReader = std::sync::Arc::new(move |campaign: &Campaign| {
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
    (campaign, preset)
}

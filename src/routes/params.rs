//! Each page's address parameters, read by the router into typed values
//! (`#[derive(Params)]`) and turned into the page's [`Route`]. A value that
//! is not one (`/page/0`, `/articles/Ainur`) makes the page not found.

use crate::model::Slug;
use crate::route::{PageNumber, Route};
use leptos::prelude::*;
use leptos_router::hooks::use_params;
use leptos_router::params::Params;

/// A page's parameters, and the route they name.
pub trait PageParams: Params + Clone + PartialEq + Send + Sync + 'static {
    /// The route, or `None` when a parameter is missing.
    fn route(self) -> Option<Route>;
}

/// The current page's route, from its parameters: [`Route::NotFound`] when
/// they name none.
pub fn use_route<P: PageParams>() -> Memo<Route> {
    let params = use_params::<P>();
    Memo::new(move |_| {
        params
            .get()
            .ok()
            .and_then(P::route)
            .unwrap_or(Route::NotFound)
    })
}

/// `/` and `/page/:page`.
#[derive(Params, Debug, Clone, PartialEq)]
pub struct HomeParams {
    page: Option<PageNumber>,
}

impl PageParams for HomeParams {
    fn route(self) -> Option<Route> {
        let page = self.page.map_or(1, PageNumber::get);
        Some(Route::Home { page })
    }
}

/// `/campaigns`.
#[derive(Params, Debug, Clone, PartialEq)]
pub struct CampaignsParams {}

impl PageParams for CampaignsParams {
    fn route(self) -> Option<Route> {
        Some(Route::Campaigns)
    }
}

/// `/articles/:slug`.
#[derive(Params, Debug, Clone, PartialEq)]
pub struct ArticleParams {
    slug: Option<Slug>,
}

impl PageParams for ArticleParams {
    fn route(self) -> Option<Route> {
        Some(Route::Article { slug: self.slug? })
    }
}

/// `/campaigns/:slug`.
#[derive(Params, Debug, Clone, PartialEq)]
pub struct CampaignParams {
    slug: Option<Slug>,
}

impl PageParams for CampaignParams {
    fn route(self) -> Option<Route> {
        Some(Route::Campaign { slug: self.slug? })
    }
}

/// `/campaigns/:campaign/flyer`.
#[derive(Params, Debug, Clone, PartialEq)]
pub struct FlyerParams {
    campaign: Option<Slug>,
}

impl PageParams for FlyerParams {
    fn route(self) -> Option<Route> {
        Some(Route::Flyer {
            slug: self.campaign?,
        })
    }
}

/// `/archive/:year/:month`.
#[derive(Params, Debug, Clone, PartialEq)]
pub struct MonthParams {
    year: Option<String>,
    month: Option<String>,
}

impl PageParams for MonthParams {
    fn route(self) -> Option<Route> {
        Route::month(&self.year?, &self.month?)
    }
}

/// `/tags/:tag` and `/tags/:tag/page/:page`.
#[derive(Params, Debug, Clone, PartialEq)]
pub struct TagParams {
    tag: Option<Slug>,
    page: Option<PageNumber>,
}

impl PageParams for TagParams {
    fn route(self) -> Option<Route> {
        let page = self.page.map_or(1, PageNumber::get);
        Some(Route::Tag {
            tag: self.tag?,
            page,
        })
    }
}

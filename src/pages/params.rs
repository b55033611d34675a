//! The router's parameters, read into typed values by one
//! `#[derive(Params)]` struct, and each page's way of turning them into
//! its [`Route`]. A value that is not one (`/page/0`, `/articles/Ainur`)
//! makes the page not found. One struct for every page, not one each,
//! keeps the derived code in the wasm once (docs/performance.md).

use crate::model::Slug;
use crate::route::{PageNumber, Route};
use leptos::prelude::*;
use leptos_router::hooks::use_params;
use leptos_router::params::Params;

/// Every parameter a route of the router's table names.
#[derive(Params, Debug, Clone, Default, PartialEq)]
pub struct AddressParams {
    /// `/articles/:slug`, `/campaigns/:slug`.
    slug: Option<Slug>,
    /// `/campaigns/:campaign/flyer`.
    campaign: Option<Slug>,
    /// `/tags/:tag`.
    tag: Option<Slug>,
    /// `/archive/:year/:month`.
    year: Option<String>,
    /// `/archive/:year/:month`.
    month: Option<String>,
    /// `/page/:page`, `/tags/:tag/page/:page`,
    /// `/archive/:year/:month/page/:page`.
    page: Option<PageNumber>,
}

impl AddressParams {
    /// `/` and `/page/:page`.
    pub fn home(self) -> Option<Route> {
        Some(Route::Home {
            page: self.page_number(),
        })
    }

    /// `/campaigns`.
    pub fn campaigns(self) -> Option<Route> {
        Some(Route::Campaigns)
    }

    /// `/articles/:slug`.
    pub fn article(self) -> Option<Route> {
        Some(Route::Article { slug: self.slug? })
    }

    /// `/campaigns/:slug`.
    pub fn campaign(self) -> Option<Route> {
        Some(Route::Campaign { slug: self.slug? })
    }

    /// `/campaigns/:campaign/flyer`.
    pub fn flyer(self) -> Option<Route> {
        Some(Route::Flyer {
            slug: self.campaign?,
        })
    }

    /// `/archive/:year/:month` and `/archive/:year/:month/page/:page`.
    pub fn month(self) -> Option<Route> {
        let page = self.page_number();
        Route::month(&self.year?, &self.month?, page)
    }

    /// `/tags/:tag` and `/tags/:tag/page/:page`.
    pub fn tag(self) -> Option<Route> {
        let page = self.page_number();
        Some(Route::Tag {
            tag: self.tag?,
            page,
        })
    }

    fn page_number(&self) -> usize {
        self.page.map_or(1, PageNumber::get)
    }
}

/// How a page reads its route from the parameters.
pub type ReadRoute = fn(AddressParams) -> Option<Route>;

/// The current page's route, read by `read`: [`Route::NotFound`] when the
/// parameters name none.
pub fn use_route(read: ReadRoute) -> Signal<Route> {
    let params = use_params::<AddressParams>();
    Signal::derive(move || params.get().ok().and_then(read).unwrap_or(Route::NotFound))
}

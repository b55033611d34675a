//! One route of every shape in the address table, for the tests that walk
//! every page: the address grammar's, the router's and the generated
//! content's.

use super::address::parameter_names;
use super::{ADDRESSES, Route};

/// The example value of each parameter the table names.
fn example(name: &str) -> Option<&'static str> {
    Some(match name {
        "slug" => "free-ainur-kurmanov",
        "tag" => "kazakhstan",
        "year" => "2010",
        "month" => "04",
        "page" => "3",
        _ => return None,
    })
}

impl Route {
    /// One route of each shape of [`ADDRESSES`], in its order, then
    /// [`Route::NotFound`]. A shape whose parameters have no example here
    /// has no route, which a test points at.
    pub fn every_kind() -> Vec<Route> {
        let routes = ADDRESSES.iter().filter_map(|(kind, shape)| {
            let named = |name: &str| parameter_names(shape).any(|n| n == name);
            Route::from_parameters(*kind, |name| example(name).filter(|_| named(name)))
        });
        routes.chain([Route::NotFound]).collect()
    }
}

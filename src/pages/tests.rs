//! The router's table against the route table: every kind of page is
//! reached by its address, and reads back as the same route.

use super::params::*;
use super::route_table;
use crate::route::Route;
use leptos_router::params::{Params, ParamsMap};
use leptos_router::{MatchNestedRoutes, MatchParams, PathSegment, RouteDefs};
use std::collections::BTreeSet;

/// The route `params` name for a page that reads them with `read`.
fn route_of(params: &ParamsMap, read: ReadRoute) -> Route {
    AddressParams::from_map(params)
        .ok()
        .and_then(read)
        .unwrap_or(Route::NotFound)
}

/// The router's table written as `Route::pattern` writes a shape.
fn router_patterns() -> BTreeSet<String> {
    (route_table().generate_routes().into_iter())
        .map(|route| {
            let segments = route.segments.iter().filter_map(|segment| match segment {
                PathSegment::Static(s) if s.is_empty() => None,
                PathSegment::Static(s) => Some(s.trim_start_matches('/').to_owned()),
                PathSegment::Param(name) => Some(format!(":{name}")),
                other => Some(format!("{other:?}")),
            });
            let path: Vec<String> = segments.collect();
            format!("/{}", path.join("/"))
        })
        .collect()
}

#[test]
fn the_router_knows_every_shape_of_address_and_no_other() {
    let routes = Route::every_kind();
    let expected: BTreeSet<String> = (routes.iter())
        .filter(|r| **r != Route::NotFound)
        .map(|r| r.pattern().to_owned())
        .collect();
    assert_eq!(router_patterns(), expected);
}

#[test]
fn every_route_round_trips_through_the_router() {
    let table = RouteDefs::new(route_table());
    for route in Route::every_kind() {
        let path = route.path();
        let Some(matched) = table.match_route(&path) else {
            assert_eq!(route, Route::NotFound, "the router does not reach {path}");
            continue;
        };
        let params: ParamsMap = matched.to_params().into_iter().collect();
        // The parameters the router found are the ones the pattern names.
        let names: BTreeSet<String> = params.into_iter().map(|(k, _)| k.to_string()).collect();
        let named: BTreeSet<String> = (route.pattern().split('/'))
            .filter_map(|s| s.strip_prefix(':'))
            .map(str::to_owned)
            .collect();
        assert_eq!(names, named, "{path}");
        let params: ParamsMap = matched.to_params().into_iter().collect();
        let back = match &route {
            Route::Home { .. } => route_of(&params, AddressParams::home),
            Route::Article { .. } => route_of(&params, AddressParams::article),
            Route::Campaigns => route_of(&params, AddressParams::campaigns),
            Route::Campaign { .. } => route_of(&params, AddressParams::campaign),
            Route::Flyer { .. } => route_of(&params, AddressParams::flyer),
            Route::Month { .. } => route_of(&params, AddressParams::month),
            Route::Tag { .. } => route_of(&params, AddressParams::tag),
            // The search page reads its words from the query, not the path.
            Route::Search => Route::Search,
            Route::NotFound => unreachable!("{path} reached a page"),
        };
        assert_eq!(back, route, "{path}");
    }
}

#[test]
fn parameters_that_name_nothing_make_the_page_not_found() {
    let table = RouteDefs::new(route_table());
    for (path, read_back) in [
        ("/page/0", AddressParams::home as ReadRoute),
        ("/articles/Not-A-Slug", AddressParams::article),
        ("/archive/2010/13", AddressParams::month),
        ("/tags/a/page/x", AddressParams::tag),
    ] {
        let matched = table.match_route(path).expect("the router reaches it");
        let params: ParamsMap = matched.to_params().into_iter().collect();
        assert_eq!(route_of(&params, read_back), Route::NotFound, "{path}");
        assert_eq!(
            Route::parse(path, &Default::default()),
            Route::NotFound,
            "{path}"
        );
    }
}

//! The router's table against the route table: every kind of page is
//! reached by its address, and reads back as the same route.

use super::route_table;
use crate::route::{PageKind, Route};
use leptos_router::params::ParamsMap;
use leptos_router::{MatchNestedRoutes, MatchParams, PathSegment, RouteDefs};
use std::collections::BTreeSet;

/// The route `params` name for a page of kind `kind`, read as the page
/// reads it.
fn route_of(params: &ParamsMap, kind: PageKind) -> Route {
    Route::from_parameters(kind, |name| params.get_str(name)).unwrap_or(Route::NotFound)
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
        let kind = route.kind().expect("a page the router reaches has a kind");
        let back = route_of(&params, kind);
        assert_eq!(back, route, "{path}");
    }
}

#[test]
fn parameters_that_name_nothing_make_the_page_not_found() {
    let table = RouteDefs::new(route_table());
    for (path, kind) in [
        ("/page/0", PageKind::Home),
        ("/articles/Not-A-Slug", PageKind::Article),
        ("/archive/2010/13", PageKind::Month),
        ("/tags/a/page/x", PageKind::Tag),
    ] {
        let matched = table.match_route(path).expect("the router reaches it");
        let params: ParamsMap = matched.to_params().into_iter().collect();
        assert_eq!(route_of(&params, kind), Route::NotFound, "{path}");
        assert_eq!(
            Route::parse(path, &Default::default()),
            Route::NotFound,
            "{path}"
        );
    }
}

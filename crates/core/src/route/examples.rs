//! One route of every kind, for the tests that walk every page: the
//! address grammar's, the router's and the generated content's.

use super::Route;
use crate::model::{Month, Slug};

impl Route {
    /// How many kinds of page there are: the arms of [`Route::kind_number`].
    pub const KINDS: usize = 9;

    /// The kind of this route as a number below [`Route::KINDS`]. The match
    /// names every kind, so a new one does not compile until it has a
    /// number here, and a test then asks for its example in
    /// [`Route::every_kind`].
    pub fn kind_number(&self) -> usize {
        match self {
            Route::Home { .. } => 0,
            Route::Article { .. } => 1,
            Route::Campaigns => 2,
            Route::Campaign { .. } => 3,
            Route::Flyer { .. } => 4,
            Route::Month { .. } => 5,
            Route::Tag { .. } => 6,
            Route::Search => 7,
            Route::NotFound => 8,
        }
    }

    /// One route of every kind, with and without a page number where the
    /// kind has pages.
    pub fn every_kind() -> Vec<Route> {
        let slug = |s: &str| Slug::parse(s).unwrap_or_else(|_| unreachable!("a valid slug"));
        let april = Month::parse("2010-04").unwrap_or_else(|_| unreachable!("a valid month"));
        vec![
            Route::HOME,
            Route::Home { page: 3 },
            Route::Article {
                slug: slug("ainur-kurmanov-jailed"),
            },
            Route::Campaigns,
            Route::Campaign {
                slug: slug("free-ainur-kurmanov"),
            },
            Route::Flyer {
                slug: slug("free-ainur-kurmanov"),
            },
            Route::Month {
                month: april.clone(),
                page: 1,
            },
            Route::Month {
                month: april,
                page: 3,
            },
            Route::Tag {
                tag: slug("kazakhstan"),
                page: 1,
            },
            Route::Tag {
                tag: slug("kazakhstan"),
                page: 12,
            },
            Route::Search,
            Route::NotFound,
        ]
    }
}

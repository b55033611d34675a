//! The address grammar, written once. [`address_table!`] names every kind
//! of page with the shapes of its addresses, as the router writes them. The
//! kinds ([`PageKind`]), the shapes ([`ADDRESSES`]) and the app's router
//! table are made from it. One function per direction turns a route into
//! its parameters ([`Route::parameters`]) and parameters back into a route
//! ([`Route::from_parameters`]); writing an address ([`Route::path`],
//! [`Route::pattern`]) and reading one ([`Route::parse`], the app's pages)
//! go through the two.

use super::Route;
use crate::model::{BasePath, Month, Slug};

/// Hands the site's address table to the macro named `$then`: each kind
/// of page, then the shapes of its addresses in brackets. A `:name` segment
/// is a parameter ([`Route::parameters`]); a list's first page has no
/// `page`, so it has a shape without one.
#[macro_export]
macro_rules! address_table {
    ($then:ident) => {
        $then! {
            Home ["/", "/page/:page"],
            Article ["/articles/:slug"],
            Campaigns ["/campaigns"],
            Campaign ["/campaigns/:slug"],
            Flyer ["/campaigns/:slug/flyer"],
            Month ["/archive/:year/:month", "/archive/:year/:month/page/:page"],
            Tag ["/tags/:tag", "/tags/:tag/page/:page"],
            Search ["/search"],
        }
    };
}

/// Makes [`PageKind`] and [`ADDRESSES`] from the table.
macro_rules! kinds_and_addresses {
    ($($kind:ident [$($shape:literal),+]),* $(,)?) => {
        /// Every kind of page that has an address: one per row of
        /// [`address_table!`], so a kind cannot lack a shape.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum PageKind {
            $($(#[doc = concat!("`", $shape, "`")])+ $kind,)*
        }

        /// Every shape of address with its kind of page, in the table's
        /// order.
        pub const ADDRESSES: &[(PageKind, &str)] = &[$($((PageKind::$kind, $shape),)+)*];
    };
}

crate::address_table!(kinds_and_addresses);

/// The address of [`Route::NotFound`], which the table does not name: any
/// address outside it shows that page, and the build writes it here.
const NOT_FOUND: &str = "/404.html";

/// The names of a shape's parameters, in order: `year`, `month`, `page`.
pub(super) fn parameter_names(shape: &str) -> impl Iterator<Item = &str> {
    shape.split('/').filter_map(|s| s.strip_prefix(':'))
}

/// The parameters of `segments` (an address split at its slashes) when it
/// has the shape `shape`.
fn match_shape<'a>(
    shape: &'static str,
    segments: &[&'a str],
) -> Option<Vec<(&'static str, &'a str)>> {
    let parts: Vec<&str> = shape.split('/').filter(|s| !s.is_empty()).collect();
    if parts.len() != segments.len() {
        return None;
    }
    let mut found = Vec::new();
    for (part, segment) in parts.into_iter().zip(segments) {
        match part.strip_prefix(':') {
            Some(name) => found.push((name, *segment)),
            None if part == *segment => {}
            None => return None,
        }
    }
    Some(found)
}

impl Route {
    /// The kind of page; `None` for [`Route::NotFound`], which is the page
    /// of every address the table does not name.
    pub fn kind(&self) -> Option<PageKind> {
        Some(match self {
            Route::Home { .. } => PageKind::Home,
            Route::Article { .. } => PageKind::Article,
            Route::Campaigns => PageKind::Campaigns,
            Route::Campaign { .. } => PageKind::Campaign,
            Route::Flyer { .. } => PageKind::Flyer,
            Route::Month { .. } => PageKind::Month,
            Route::Tag { .. } => PageKind::Tag,
            Route::Search => PageKind::Search,
            Route::NotFound => return None,
        })
    }

    /// The values of the address's parameters, by the names the table
    /// gives them and in its order. A list's first page has no `page`.
    pub fn parameters(&self) -> Vec<(&'static str, String)> {
        let page = |n: usize| (n > 1).then(|| ("page", n.to_string()));
        match self {
            Route::Home { page: n } => page(*n).into_iter().collect(),
            Route::Article { slug } | Route::Campaign { slug } | Route::Flyer { slug } => {
                vec![("slug", slug.to_string())]
            }
            Route::Month { month, page: n } => {
                let (year, number) = month.parts();
                let mut values = vec![
                    ("year", year.to_string()),
                    ("month", format!("{number:02}")),
                ];
                values.extend(page(*n));
                values
            }
            Route::Tag { tag, page: n } => {
                let mut values = vec![("tag", tag.to_string())];
                values.extend(page(*n));
                values
            }
            Route::Campaigns | Route::Search | Route::NotFound => Vec::new(),
        }
    }

    /// The page of kind `kind` whose address has the parameters `get`
    /// answers by name (as the router's parameters, or [`Route::parse`]'s).
    /// `None` when a value is not one: `/page/0`, `/articles/Ainur`,
    /// `/archive/2010/13`.
    pub fn from_parameters<'a>(
        kind: PageKind,
        get: impl Fn(&str) -> Option<&'a str>,
    ) -> Option<Route> {
        let slug = |name: &str| Slug::parse(get(name)?).ok();
        let page = match get("page") {
            Some(text) => page_number(text)?,
            None => 1,
        };
        Some(match kind {
            PageKind::Home => Route::Home { page },
            PageKind::Article => Route::Article {
                slug: slug("slug")?,
            },
            PageKind::Campaigns => Route::Campaigns,
            PageKind::Campaign => Route::Campaign {
                slug: slug("slug")?,
            },
            PageKind::Flyer => Route::Flyer {
                slug: slug("slug")?,
            },
            PageKind::Month => Route::month(get("year")?, get("month")?, page)?,
            PageKind::Tag => Route::Tag {
                tag: slug("tag")?,
                page,
            },
            PageKind::Search => Route::Search,
        })
    }

    /// The route's shape in the table (the one of its kind with the
    /// parameters it has) and the parameters' values; `None` for
    /// [`Route::NotFound`].
    fn shape(&self) -> Option<(&'static str, Vec<(&'static str, String)>)> {
        let kind = self.kind()?;
        let parameters = self.parameters();
        let names = || parameters.iter().map(|(name, _)| *name);
        let (_, shape) = (ADDRESSES.iter())
            .find(|(k, shape)| *k == kind && parameter_names(shape).eq(names()))?;
        Some((shape, parameters))
    }

    /// The route's shape as the router writes it, such as
    /// `/articles/:slug`; `/*any`, the router's catch-all, for
    /// [`Route::NotFound`].
    pub fn pattern(&self) -> &'static str {
        self.shape().map_or("/*any", |(shape, _)| shape)
    }

    /// The address at the site's root, such as `/articles/x`: the route's
    /// shape with its parameters filled in. The front page is `/`, and a
    /// list's first page has no `/page/1`.
    pub fn path(&self) -> String {
        let Some((shape, parameters)) = self.shape() else {
            return NOT_FOUND.to_owned();
        };
        let mut values = parameters.into_iter().map(|(_, value)| value);
        let mut path = String::new();
        for segment in shape.split('/').filter(|s| !s.is_empty()) {
            path.push('/');
            match segment.strip_prefix(':') {
                Some(_) => path.push_str(&values.next().unwrap_or_default()),
                None => path.push_str(segment),
            }
        }
        if path.is_empty() {
            path.push('/');
        }
        path
    }

    /// Reads an address back: `address` is a path on the site (under
    /// `base`), with or without a query or fragment. Anything that names no
    /// page is [`Route::NotFound`].
    pub fn parse(address: &str, base: &BasePath) -> Route {
        let path = address.split(['?', '#']).next().unwrap_or_default();
        let Some(path) = path.strip_prefix(base.as_str()) else {
            return Route::NotFound;
        };
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        ADDRESSES
            .iter()
            .find_map(|(kind, shape)| {
                let found = match_shape(shape, &segments)?;
                let get = |name: &str| found.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
                Route::from_parameters(*kind, get)
            })
            .unwrap_or(Route::NotFound)
    }

    /// Page `page` of the archive of `year` and `month` as the address
    /// writes them (`2010`, `04`); `None` when they are not a month.
    fn month(year: &str, month: &str, page: usize) -> Option<Route> {
        let valid = year.len() == 4 && month.len() == 2;
        let month = Month::parse(&[year, month].join("-"))
            .ok()
            .filter(|_| valid)?;
        Some(Route::Month { month, page })
    }
}

/// A page number as an address writes it: a whole number from 1, written
/// plainly (`/page/2`, never `/page/02` or `/page/0`).
fn page_number(text: &str) -> Option<usize> {
    let plain = !text.starts_with('0') && text.bytes().all(|b| b.is_ascii_digit());
    text.parse().ok().filter(|&n| n >= 1 && plain)
}

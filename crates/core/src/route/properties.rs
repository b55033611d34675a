//! Property: no address of the site, however crafted, gives a link to the
//! same page in another language that leads off the site. Each result is
//! read as a browser reads a link (the WHATWG URL parser of the `url`
//! crate), against the site's own address.

use super::{BasePath, language_base, rebase};
use proptest::prelude::*;
use url::Url;

/// Pieces a crafted path is made of: slashes and backslashes, encoded
/// ones, dot segments, tabs and line breaks, a host, a user and a port.
const PIECES: &[&str] = &[
    "/",
    "//",
    "\\",
    "/\\",
    "\\/",
    "%2F",
    "%2f%2F",
    "%5C",
    "%2e%2e",
    "..",
    ".",
    "\t",
    "\n",
    "\r",
    "evil.example",
    "user@evil.example",
    "evil.example:80",
    "ru",
    "kk",
    "tocsin",
    "articles",
    "x",
    "?q=//evil.example",
    "#//evil.example",
    "@",
    ":",
    " ",
];

/// What a crafted path starts with: a way to a second slash.
const STARTS: &[&str] = &["/", "//", "\\", "/\\", "\t/", "%2F", ""];

fn crafted_path() -> impl Strategy<Value = String> {
    let rest = prop::collection::vec(prop::sample::select(PIECES), 0..12);
    (prop::sample::select(STARTS), rest).prop_map(|(start, rest)| [start, &rest.concat()].concat())
}

fn base() -> impl Strategy<Value = BasePath> {
    prop::sample::select(&["", "/tocsin", "/news/tocsin"][..])
        .prop_map(|text| BasePath::parse(text).unwrap_or_default())
}

fn language() -> impl Strategy<Value = Option<&'static str>> {
    prop::sample::select(&[None, Some("ru"), Some("kk")][..])
}

proptest! {
    #[test]
    fn every_rebased_address_is_on_the_site(
        path in crafted_path(),
        base in base(),
        from in language(),
        to in language(),
        under_base in any::<bool>(),
    ) {
        let (from, to) = (language_base(&base, from), language_base(&base, to));
        let address = if under_base { [from.as_str(), "/", &path].concat() } else { path };
        let link = rebase(&address, &from, &to);
        let site = Url::parse("https://site.example/").map_err(|e| TestCaseError::fail(e.to_string()))?;
        let read = site.join(&link).map_err(|e| TestCaseError::fail(format!("{link:?}: {e}")))?;
        prop_assert_eq!(read.origin(), site.origin(), "{:?} gave {:?}", address, link);
        prop_assert!(link.starts_with(&format!("{}/", to.as_str())), "{:?} gave {:?}", address, link);
    }
}

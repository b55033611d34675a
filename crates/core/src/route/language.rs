//! Addresses by language: a page's language segment, the same page in
//! another language, and the catalogs' files.

use crate::model::BasePath;

/// The base of a page's addresses: the site's `base`, then the page's
/// language segment (`/tocsin/ru`) unless the page is in the site's first
/// language (`prefix` is `None`), whose addresses have none, so links shared
/// before the site had languages keep working.
pub fn language_base(base: &BasePath, prefix: Option<&str>) -> BasePath {
    prefix
        .and_then(|tag| base.join(tag))
        .unwrap_or_else(|| base.clone())
}

/// The site's absolute address with the page's language segment, for share
/// links and canonical addresses; `site_root` as for [`Route::url`].
pub fn language_root(site_root: &str, prefix: Option<&str>) -> String {
    match prefix {
        Some(tag) => format!("{site_root}/{tag}"),
        None => site_root.to_owned(),
    }
}

/// `address`, a page's path under `from` (one language's base), as the same
/// page under `to` (another's): `/ru/articles/x` to `/articles/x`. An
/// address outside `from` leads to `to`'s front page.
/// The result is always on the site: see [`plain_path`].
pub fn rebase(address: &str, from: &BasePath, to: &BasePath) -> String {
    let path = address.split(['?', '#']).next().unwrap_or_default();
    let rest = path
        .strip_prefix(from.as_str())
        .filter(|rest| rest.starts_with('/'))
        .unwrap_or("/");
    to.href(&plain_path(rest))
}

/// `path` with no empty segment, no backslash and no tab or line break:
/// `/ru//evil.example/x` is `/ru/evil.example/x`. A browser reads an
/// address that starts `//` or `/\` as another site's, and drops tabs and
/// line breaks before it reads one, so a page's own address, which a crafted
/// link sets, must lose them before a link is made of it.
fn plain_path(path: &str) -> String {
    let kept: String = path
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let segments: Vec<&str> = kept.split(['/', '\\']).filter(|s| !s.is_empty()).collect();
    ["/", &segments.join("/")].concat()
}

/// The language segment that starts `address` (a path under `base`), when
/// it is one of `prefixed`, the site's languages other than its first.
pub fn address_language<'a>(
    address: &str,
    base: &BasePath,
    prefixed: &'a [String],
) -> Option<&'a str> {
    let path = address.split(['?', '#']).next().unwrap_or_default();
    let first = path
        .strip_prefix(base.as_str())?
        .split('/')
        .find(|s| !s.is_empty())?;
    prefixed
        .iter()
        .find(|tag| tag.as_str() == first)
        .map(String::as_str)
}

/// The file name of language `tag`'s interface catalog: `ru.txt`.
pub fn catalog_file(tag: &str) -> String {
    [tag, ".txt"].concat()
}

/// The interface catalog of language `tag`, as an address under `base`:
/// `/tocsin/i18n/ru.txt` (`crate::i18n`).
pub fn catalog_href(base: &BasePath, tag: &str) -> String {
    base.href(&["/i18n/", &catalog_file(tag)].concat())
}

//! Reading back the links we build, shared by the hostile-corpus test and
//! the fuzz targets: a link's query as percent-decoded pairs.

use percent_encoding::percent_decode_str;

/// `(key, value)` pairs of a link's query, percent-decoded; `None` when a
/// part does not decode to UTF-8 (which a link of ours never does).
pub fn query_pairs(link: &str) -> Option<Vec<(String, String)>> {
    let query = link.split_once('?').map_or("", |(_, q)| q);
    let decode = |s: &str| {
        percent_decode_str(s)
            .decode_utf8()
            .ok()
            .map(|d| d.into_owned())
    };
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            Some((decode(k)?, decode(v)?))
        })
        .collect()
}

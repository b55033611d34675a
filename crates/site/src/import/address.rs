//! Links and image addresses in an imported body, resolved against the old
//! site's address and held to the content's rules: https and mailto links
//! only, images only from the site's own uploads folder.

use tocsin::model::SafeLink;
use url::Url;

/// What becomes of a link.
pub enum Link {
    /// Kept, with a note when it was changed to pass.
    Kept(SafeLink, Option<&'static str>),
    /// A jump within the old page: kept as plain text, nothing to report.
    Anchor,
    /// Refused: kept as plain text, with why.
    Refused(&'static str),
}

/// Resolves `href` as the old page would have, then keeps it only when
/// content may link to it.
pub fn link(base: &Url, href: &str) -> Link {
    let href = href.trim();
    if href.is_empty() || href.starts_with('#') {
        return Link::Anchor;
    }
    let Ok(mut url) = base.join(href) else {
        return Link::Refused("not an address: kept as text");
    };
    let mut note = None;
    match url.scheme() {
        "https" | "mailto" => {}
        "http" => {
            if url.set_scheme("https").is_err() {
                return Link::Refused("not an address: kept as text");
            }
            note = Some("an http link: changed to https, since content links only over https");
        }
        _ => {
            return Link::Refused(
                "a link with a scheme content may not carry (only https and mailto): kept as text",
            );
        }
    }
    match SafeLink::parse(url.as_str()) {
        Ok(link) => Link::Kept(link, note),
        Err(_) => Link::Refused("a link content may not carry: kept as text"),
    }
}

/// The file an image address points to, relative to the old site's
/// uploads folder (`2010/04/court.jpg`), or why it cannot be the site's own.
pub fn upload(base: &Url, src: &str) -> Result<String, &'static str> {
    let url = base
        .join(src.trim())
        .map_err(|_| "an image whose address cannot be read: dropped")?;
    let same_host = |a: Option<&str>, b: Option<&str>| {
        let bare = |h: Option<&str>| h.map(|h| h.trim_start_matches("www.").to_ascii_lowercase());
        bare(a).is_some() && bare(a) == bare(b)
    };
    if !same_host(url.host_str(), base.host_str()) {
        return Err("an image on another site: dropped, since pages load nothing from other hosts");
    }
    let path = percent_encoding::percent_decode_str(url.path())
        .decode_utf8_lossy()
        .into_owned();
    path.split_once("/wp-content/uploads/")
        .map(|(_, rest)| rest.to_owned())
        .filter(|rest| !rest.split('/').any(|part| part == ".." || part.is_empty()))
        .ok_or("an image outside the site's uploads folder: dropped")
}

/// Where an upload goes in the data folder: `uploads/<path>` with every
/// character an asset path cannot hold replaced and the extension in
/// lowercase (`2010/04/IMG 1.JPG` → `uploads/2010/04/IMG-1.jpg`).
pub fn asset_path(upload: &str) -> String {
    let cleaned: Vec<String> = upload
        .split('/')
        .map(|part| {
            part.chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || "._-".contains(c) {
                        c
                    } else {
                        '-'
                    }
                })
                .collect()
        })
        .collect();
    let joined = cleaned.join("/");
    let path = match joined.rsplit_once('.') {
        Some((stem, extension)) => format!("{stem}.{}", extension.to_ascii_lowercase()),
        None => joined,
    };
    [tocsin::route::UPLOADS, &path].concat()
}

/// The size WordPress writes into the names of scaled copies
/// (`court-300x200.jpg`).
pub fn size_in_name(upload: &str) -> Option<(u32, u32)> {
    let stem = upload.rsplit_once('.')?.0;
    let (_, size) = stem.rsplit_once('-')?;
    let (width, height) = size.split_once('x')?;
    Some((width.parse().ok()?, height.parse().ok()?)).filter(|&(w, h)| w > 0 && h > 0)
}

/// The original an image address was scaled from: the `-300x200` suffix
/// taken off, as the attachment's own address has it.
pub fn original(url: &str) -> String {
    let Some((stem, extension)) = url.rsplit_once('.') else {
        return url.to_owned();
    };
    match stem.rsplit_once('-') {
        Some((original, size)) if size_in_name(&format!("x-{size}.{extension}")).is_some() => {
            format!("{original}.{extension}")
        }
        _ => url.to_owned(),
    }
}

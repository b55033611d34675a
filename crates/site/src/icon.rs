//! The site's icon inlined into the page as a `data:` address (which the
//! policy's `img-src` allows): a browser asks for a page's icon as soon as
//! it reads the link, and on a slow network that request is counted into
//! the article's largest paint (LCP 1.18x the floor page's with it, 1.04x
//! without; docs/performance.md).

use crate::style::attribute;
use base64::Engine as _;
use std::path::Path;
use tocsin::model::BasePath;

/// `page` with its `<link rel=icon>` pointing at a `data:` address holding
/// the icon file from `trunk`, and that file's name; the page as it is,
/// with no file, when it links no icon.
pub fn inline(
    trunk: &Path,
    page: &str,
    base: &BasePath,
) -> Result<(String, Option<String>), String> {
    let Some((at, tag)) = find_icon(page) else {
        return Ok((page.to_owned(), None));
    };
    let href = attribute(tag, "href").ok_or_else(|| format!("{tag} has no href"))?;
    let file = href
        .strip_prefix(&base.href("/"))
        .filter(|file| !file.is_empty() && !file.contains(".."))
        .ok_or_else(|| format!("{tag}: the icon is not one of the site's files"))?;
    let kind = match file.rsplit_once('.').map(|(_, ext)| ext) {
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => return Err(format!("{file}: the icon is neither SVG nor PNG")),
    };
    let bytes = std::fs::read(trunk.join(file)).map_err(|e| format!("cannot read {file}: {e}"))?;
    let data = base64::engine::general_purpose::STANDARD.encode(bytes);
    let link = format!("<link rel=\"icon\" href=\"data:{kind};base64,{data}\">");
    let page = [&page[..at], &link, &page[at + tag.len()..]].concat();
    Ok((page, Some(file.to_owned())))
}

/// Where the first `<link>` with `rel=icon` is, and the tag.
fn find_icon(page: &str) -> Option<(usize, &str)> {
    let mut from = 0;
    while let Some(found) = page[from..].find("<link ") {
        let at = from + found;
        let tag = &page[at..=at + page[at..].find('>')?];
        if attribute(tag, "rel")
            .is_some_and(|rel| rel.split_ascii_whitespace().any(|r| r == "icon"))
        {
            return Some((at, tag));
        }
        from = at + tag.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_icon_becomes_a_data_address_in_its_place() {
        let dir = std::env::temp_dir().join(format!("tocsin-icon-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("favicon-1.svg"), "<svg/>").unwrap();
        let base = BasePath::parse("/s").unwrap();
        let page = "<head><link href=/s/a.css rel=stylesheet><link href=/s/favicon-1.svg \
            rel=icon><title>T</title></head>";
        let (inlined, file) = inline(&dir, page, &base).unwrap();
        assert_eq!(
            inlined,
            "<head><link href=/s/a.css rel=stylesheet><link rel=\"icon\" \
                href=\"data:image/svg+xml;base64,PHN2Zy8+\"><title>T</title></head>"
        );
        assert_eq!(file.as_deref(), Some("favicon-1.svg"));
        // No icon: the page as it is; an icon off the site stops the build.
        assert_eq!(
            inline(&dir, "<head></head>", &base).unwrap(),
            ("<head></head>".into(), None)
        );
        let off_site = page.replace("/s/favicon-1.svg", "https://cdn.example/i.svg");
        assert!(inline(&dir, &off_site, &base).is_err());
        std::fs::remove_dir_all(dir).unwrap();
    }
}

//! Moves Trunk's inline loader script out of the app's page into a file of
//! its own, so the Content-Security-Policy can say `script-src 'self'` with
//! no hash to recompute on every build and no `'unsafe-inline'`.

use std::path::Path;
use tocsin::model::BasePath;

/// Writes the inline module script of `html` to `dist/loader-<hash>.js` and
/// returns the page loading it from there (under `base`); the page as it
/// is when it has no inline script.
pub fn externalize(dist: &Path, html: &str, base: &BasePath) -> Result<String, String> {
    let Some((page, name, script)) = split(html, base) else {
        return Ok(html.to_owned());
    };
    std::fs::write(dist.join(&name), script).map_err(|e| format!("cannot write {name}: {e}"))?;
    Ok(page)
}

/// The page with the inline module script replaced by a reference to
/// `loader-<hash>.js`, that file's name, and its text.
fn split(html: &str, base: &BasePath) -> Option<(String, String, String)> {
    let open = ["<script type=module>", "<script type=\"module\">"]
        .iter()
        .find_map(|tag| html.find(tag).map(|at| (at, tag.len())))?;
    let body_start = open.0 + open.1;
    let body_end = body_start + html[body_start..].find("</script>")?;
    let script = &html[body_start..body_end];
    let name = format!("loader-{:016x}.js", fnv1a(script.as_bytes()));
    let page = format!(
        "{}<script type=\"module\" src=\"{}\"></script>{}",
        &html[..open.0],
        base.href(&format!("/{name}")),
        &html[body_end + "</script>".len()..]
    );
    Some((page, name, script.to_owned()))
}

/// FNV-1a, 64 bits: a stable content hash for the file name, so a changed
/// loader gets a new name and can be cached as immutable like Trunk's files.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_inline_loader_becomes_a_file_the_page_points_to() {
        let html = "<head><title>T</title><script type=module>import init from '/a.js';\nawait init();</script><link rel=icon></head>";
        let (page, name, script) = split(html, &BasePath::default()).unwrap();
        assert_eq!(script, "import init from '/a.js';\nawait init();");
        assert!(name.starts_with("loader-") && name.ends_with(".js"));
        assert_eq!(
            page,
            format!(
                "<head><title>T</title><script type=\"module\" src=\"/{name}\"></script><link rel=icon></head>"
            )
        );
        // A changed loader gets a new name.
        let other = split(&html.replace("a.js", "b.js"), &BasePath::default())
            .unwrap()
            .1;
        assert_ne!(name, other);
        assert!(split("<head></head>", &BasePath::default()).is_none());
        let under = split(html, &BasePath::parse("/tocsin").unwrap()).unwrap().0;
        assert!(
            under.contains(&format!("src=\"/tocsin/{name}\"")),
            "{under}"
        );
    }
}

//! Moves Trunk's inline loader script out of `dist/index.html` into a file
//! of its own, so the Content-Security-Policy can say `script-src 'self'`
//! with no hash to recompute on every build and no `'unsafe-inline'`.

use std::path::Path;

/// Rewrites `dist/index.html` to load its inline module script from
/// `dist/loader-<hash>.js`. Does nothing when there is no inline script.
pub fn externalize(dist: &Path) -> Result<(), String> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let Some((page, name, script)) = split(&html) else {
        return Ok(());
    };
    std::fs::write(dist.join(&name), script).map_err(|e| format!("cannot write {name}: {e}"))?;
    std::fs::write(&index, page).map_err(|e| format!("cannot write {}: {e}", index.display()))
}

/// The page with the inline module script replaced by a reference to
/// `loader-<hash>.js`, that file's name, and its text.
fn split(html: &str) -> Option<(String, String, String)> {
    let open = ["<script type=module>", "<script type=\"module\">"]
        .iter()
        .find_map(|tag| html.find(tag).map(|at| (at, tag.len())))?;
    let body_start = open.0 + open.1;
    let body_end = body_start + html[body_start..].find("</script>")?;
    let script = &html[body_start..body_end];
    let name = format!("loader-{:016x}.js", fnv1a(script.as_bytes()));
    let page = format!(
        "{}<script type=\"module\" src=\"/{name}\"></script>{}",
        &html[..open.0],
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
        let (page, name, script) = split(html).unwrap();
        assert_eq!(script, "import init from '/a.js';\nawait init();");
        assert!(name.starts_with("loader-") && name.ends_with(".js"));
        assert_eq!(
            page,
            format!(
                "<head><title>T</title><script type=\"module\" src=\"/{name}\"></script><link rel=icon></head>"
            )
        );
        // A changed loader gets a new name.
        let other = split(&html.replace("a.js", "b.js")).unwrap().1;
        assert_ne!(name, other);
        assert!(split("<head></head>").is_none());
    }
}

//! The campaign desk in the build: a Trunk build of its own page
//! (`crates/desk/index.html`, its own wasm) published under `desk/`,
//! which no reader page links to or loads. Trunk starts the wasm from an
//! inline script, which the site's Content-Security-Policy refuses; the
//! desk's is moved into a file of its own beside it, which `'self'`
//! allows, so the policy stays one for the whole site.

use crate::output::Output;
use crate::project::Project;
use std::path::Path;
use std::process::Command;

/// Where the desk lives in the site.
pub const FOLDER: &str = "desk";

/// Trunk's release build of the desk into `dist`, for a site whose
/// addresses start with `base` (`/`, or such as `/tocsin/`).
pub fn trunk(project: &Project, base: &str, dist: &Path) -> Command {
    let public_url = format!("{base}{FOLDER}/");
    let html = project.root.join("crates/desk/index.html");
    let mut trunk = project.trunk(&[
        "build",
        &html.to_string_lossy(),
        "--release",
        "--public-url",
        &public_url,
        "--dist",
        &dist.to_string_lossy(),
    ]);
    crate::tools::release_wasm(&mut trunk, project);
    trunk
}

/// Publishes the desk's Trunk build `from` under `desk/` of `output`, its
/// starting script moved out of the page and the site's `metas` after its
/// title: the preview inside the desk reads the site's name, base and
/// languages from them as a reader page does.
pub fn publish(from: &Path, base: &str, metas: &str, output: &Output) -> Result<(), String> {
    let index = from.join("index.html");
    let page = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let (page, script) = outline(&page, base)?;
    let page = page.replacen("</title>", &["</title>", metas].concat(), 1);
    output.copy_tree(from, FOLDER, &|file| file == "index.html")?;
    output.write(&format!("{FOLDER}/{}", script.0), script.1)?;
    output.write(&format!("{FOLDER}/index.html"), page)
}

/// `page` with its inline module script replaced by a reference to a file
/// named by its content's fingerprint; that file's name and text.
fn outline(page: &str, base: &str) -> Result<(String, (String, String)), String> {
    const OPEN: &str = "<script type=\"module\">";
    let start = page
        .find(OPEN)
        .ok_or("the desk's page holds no starting script from Trunk")?;
    let end = page[start..]
        .find("</script>")
        .map(|end| start + end)
        .ok_or("the desk's starting script is not closed")?;
    let script = &page[start + OPEN.len()..end];
    let name = format!("start-{:016x}.js", crate::output::fingerprint(&script));
    let tag = format!("<script type=\"module\" src=\"{base}{FOLDER}/{name}\"></script>");
    let page = [&page[..start], &tag, &page[end + "</script>".len()..]].concat();
    Ok((page, (name, script.to_owned())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starting_script_moves_into_a_file_of_its_own() {
        let page =
            "<head><script type=\"module\">import init from '/desk/d.js'; init();</script></head>";
        let (page, (name, script)) = outline(page, "/tocsin/").unwrap();
        assert!(name.starts_with("start-") && name.ends_with(".js"));
        assert_eq!(script, "import init from '/desk/d.js'; init();");
        assert_eq!(
            page,
            format!("<head><script type=\"module\" src=\"/tocsin/desk/{name}\"></script></head>")
        );
        assert!(outline("<head></head>", "/").is_err());
    }
}

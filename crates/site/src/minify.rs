//! Minifies what the pages ship, with esbuild (npm, in `e2e/node_modules`,
//! which `cargo xtask setup` installs). Trunk's own minifier cannot read
//! the JS glue wasm-bindgen writes (`export { …, __wbg_init as default }`)
//! and warns on every release build, so Trunk minifies nothing
//! (`Trunk.toml`) and the build minifies the stylesheets, the loader and
//! the glue here. The glue is bundled from an entry that takes only its
//! default export, the one the loader calls, so the classes the app never
//! uses (wasm-streams', which Leptos brings in for server functions) and
//! `initSync` are left out.

use crate::project::Project;
use base64::Engine as _;
use sha2::{Digest, Sha384};
use std::io::Write as _;
use std::path::Path;
use std::process::Stdio;

/// Runs esbuild in `dir` with `args`, `input` on its standard input;
/// answers what it wrote to its standard output.
fn esbuild(project: &Project, dir: &Path, args: &[&str], input: &str) -> Result<String, String> {
    let mut child = (project.command("esbuild"))
        .current_dir(dir)
        .args(args)
        .arg("--log-level=warning")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("esbuild could not start ({e}); `cargo xtask setup` installs it"))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(input.as_bytes())
            .map_err(|e| format!("esbuild: {e}"))?;
    }
    let out = child
        .wait_with_output()
        .map_err(|e| format!("esbuild: {e}"))?;
    let warnings = String::from_utf8_lossy(&out.stderr);
    match (out.status.success(), warnings.trim()) {
        (true, "") => Ok(String::from_utf8_lossy(&out.stdout).into_owned()),
        (true, warnings) => Err(format!("esbuild warned:\n{warnings}")),
        (false, errors) => Err(format!("esbuild failed ({}):\n{errors}", out.status)),
    }
}

/// The Trunk folder's stylesheets and the app's JS glue, minified in
/// place. Answers each file's name and subresource integrity, for the bare
/// app's page, whose preload of the glue Trunk signed ([`sign`]). A file
/// minified by an earlier build (`cargo xtask serve` rebuilding content)
/// comes out the same.
pub fn trunk_files(project: &Project, trunk: &Path) -> Result<Vec<(String, String)>, String> {
    let entries =
        std::fs::read_dir(trunk).map_err(|e| format!("cannot read {}: {e}", trunk.display()))?;
    let mut integrity = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let outfile = format!("--outfile={name}");
        let args = ["--minify", "--allow-overwrite", outfile.as_str()];
        let (css, js) = (name.ends_with(".css"), name.ends_with(".js"));
        if !css && !js {
            continue;
        }
        if css {
            esbuild(project, trunk, &[&[name.as_str()], &args[..]].concat(), "")?;
        } else {
            let source = format!("export {{ default }} from \"./{name}\";");
            let bundle = [&["--bundle", "--format=esm"], &args[..]].concat();
            esbuild(project, trunk, &bundle, &source)?;
        }
        let after = std::fs::read(entry.path()).map_err(|e| format!("cannot read {name}: {e}"))?;
        integrity.push((name, sri(&after)));
    }
    Ok(integrity)
}

/// `page` with the `integrity` of every tag that loads the file `name`
/// set to `sri`.
pub fn sign(page: &str, name: &str, sri: &str) -> String {
    const ATTRIBUTE: &str = "integrity=\"";
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(at) = rest.find(&["/", name, "\""].concat()) {
        let start = rest[..at].rfind('<').unwrap_or(0);
        let end = rest[at..].find('>').map_or(rest.len(), |e| at + e);
        let tag = &rest[start..end];
        let signed = match tag.find(ATTRIBUTE) {
            Some(i) => {
                let value = i + ATTRIBUTE.len();
                let close = tag[value..].find('"').map_or(tag.len(), |c| value + c);
                [&tag[..value], sri, &tag[close..]].concat()
            }
            None => tag.to_owned(),
        };
        out.push_str(&rest[..start]);
        out.push_str(&signed);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The subresource integrity of `bytes`, as Trunk writes it: `sha384-…`.
fn sri(bytes: &[u8]) -> String {
    let digest = Sha384::digest(bytes);
    [
        "sha384-",
        &base64::engine::general_purpose::STANDARD.encode(digest),
    ]
    .concat()
}

/// `script`, an inline module script (the loader), minified.
pub fn script(project: &Project, script: &str) -> Result<String, String> {
    let args = ["--minify", "--loader=js", "--format=esm"];
    let small = esbuild(project, &project.root, &args, script)?;
    Ok(small.trim_end().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tag_that_loads_a_file_carries_its_integrity_whatever_it_carried_before() {
        let page = "<link rel=\"modulepreload\" href=\"/t-1.js\" integrity=\"sha384-old\">\
            <link rel=\"preload\" href=\"/t-1_bg.wasm\" integrity=\"sha384-wasm\">";
        let signed = sign(page, "t-1.js", "sha384-new");
        assert_eq!(
            signed,
            "<link rel=\"modulepreload\" href=\"/t-1.js\" integrity=\"sha384-new\">\
                <link rel=\"preload\" href=\"/t-1_bg.wasm\" integrity=\"sha384-wasm\">"
        );
        assert_eq!(sign(&signed, "t-1.js", "sha384-new"), signed);
    }
}

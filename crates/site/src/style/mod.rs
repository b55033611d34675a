//! The app's stylesheets inlined into its page, so a pre-rendered page
//! paints from its HTML alone: each stylesheet request between the HTML and
//! the first paint costs a round trip, and with four an article's LCP is
//! 1.4 times the static floor page's (docs/performance.md). Each
//! pre-rendered page holds only the rules its HTML uses (`used`), and the
//! app loads the whole stylesheet, a file beside the pages. A page's
//! `<meta>` policy allows its one `<style>` and its one script, the loader,
//! by the hash of their text; the header, the same for every page, allows
//! the loader by its hash and inline style, so a page's style applies where
//! both allow it: the page's own, and no other inline style or script runs.

mod names;
mod used;

use used::Sheet;

use base64::Engine as _;
use sha2::{Digest, Sha256};
use std::path::Path;
use tocsin::model::BasePath;

/// A page with its stylesheets inline.
#[derive(Debug, PartialEq)]
pub struct Inlined {
    /// The page: one `<style>` in place of its first stylesheet link, and
    /// no other stylesheet link.
    pub page: String,
    /// The stylesheets' files in the Trunk folder, which the page no
    /// longer links.
    pub files: Vec<String>,
    /// The stylesheets' text, as the `<style>` holds it.
    pub css: String,
    /// The style's CSP source, `'sha256-<base64>'`.
    pub source: String,
}

/// Fits each pre-rendered page's style to the page: the rules its own HTML
/// uses ([`Sheet`]), and its `<meta>` policy allowing exactly those.
pub struct Fit {
    sheet: Sheet,
    /// The whole style's CSP source, as the page's policy names it (its
    /// quotes escaped, as in any attribute of the shell).
    whole: String,
}

impl Fit {
    /// For pages made from the shell `inlined` made.
    pub fn new(inlined: &Inlined) -> Result<Fit, String> {
        Ok(Fit {
            sheet: Sheet::parse(&inlined.css)?,
            whole: in_attribute(&inlined.source),
        })
    }

    /// `page`, holding the whole style in its one `<style>` and naming its
    /// hash in its policy, with only the rules it uses and their hash.
    pub fn page(&self, page: &str) -> Result<String, String> {
        const OPEN: &str = "<style>";
        let start = page.find(OPEN).ok_or("a page holds no <style>")?;
        let end = (page[start..].find("</style>").map(|end| start + end))
            .ok_or("a page's <style> never closes")?;
        let (head, tail) = (&page[..start], &page[end..]);
        let used = self.sheet.used_by(&[head, tail]);
        let policy = (head.find(&self.whole))
            .ok_or("a page's policy does not name its style before the style")?;
        Ok([
            &head[..policy],
            &in_attribute(&hash_source(&used)),
            &head[policy + self.whole.len()..],
            OPEN,
            &used,
            tail,
        ]
        .concat())
    }
}

/// `page` with every `<link rel=stylesheet>` (however Trunk quotes it)
/// replaced by one `<style>` holding their files' text from `trunk`, in
/// their order.
pub fn inline(trunk: &Path, page: &str, base: &BasePath) -> Result<Inlined, String> {
    let mut out = String::with_capacity(page.len());
    let mut css = String::new();
    let mut files = Vec::new();
    let mut style_at = None;
    let mut rest = page;
    while let Some(at) = rest.find("<link ") {
        let len = rest[at..]
            .find('>')
            .ok_or("the page has a <link> that never closes")?;
        let tag = &rest[at..=at + len];
        out.push_str(&rest[..at]);
        rest = &rest[at + len + 1..];
        if !is_stylesheet(tag) {
            out.push_str(tag);
            continue;
        }
        let href = attribute(tag, "href").ok_or_else(|| format!("{tag} has no href"))?;
        let file = href
            .strip_prefix(&base.href("/"))
            .filter(|file| !file.is_empty() && !file.contains(".."))
            .ok_or_else(|| format!("{tag}: the stylesheet is not one of the site's files"))?;
        let text = std::fs::read_to_string(trunk.join(file))
            .map_err(|e| format!("cannot read {file}: {e}"))?;
        if !css.is_empty() {
            css.push('\n');
        }
        css.push_str(text.trim());
        files.push(file.to_owned());
        style_at.get_or_insert(out.len());
    }
    out.push_str(rest);
    let at = style_at.ok_or("the page links no stylesheet")?;
    if css.to_ascii_lowercase().contains("</style") {
        return Err("a stylesheet holds </style, which would end the page's style".into());
    }
    out.insert_str(at, &format!("<style>{css}</style>"));
    Ok(Inlined {
        page: out,
        files,
        source: hash_source(&css),
        css,
    })
}

/// A CSP source as the shell's `<meta>` holds it.
fn in_attribute(source: &str) -> String {
    source.replace('\'', "&#39;")
}

/// The CSP source that allows a `<style>` or `<script>` holding exactly
/// `text`.
pub fn hash_source(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// `headers` (a `_headers` file) with each source added to its directive
/// (`("style-src", "'sha256-…'")`) in the site-wide (`/*`)
/// Content-Security-Policy; other blocks, such as the inert policy of
/// `/data/*`, are left as they are.
pub fn allow_in_headers(headers: &str, allowed: &[(&str, &str)]) -> Result<String, String> {
    let (at, policy) = site_policy(headers)?;
    let mut policy = policy.to_owned();
    for (directive, source) in allowed {
        policy = allow(&policy, directive, source)?;
    }
    let out: Vec<String> = (headers.lines().enumerate())
        .map(|(i, line)| match i == at {
            true => {
                let indent = &line[..line.len() - line.trim_start().len()];
                format!("{indent}Content-Security-Policy: {policy}")
            }
            false => line.to_owned(),
        })
        .chain([String::new()])
        .collect();
    Ok(out.join("\n"))
}

/// The site-wide (`/*`) Content-Security-Policy of `headers` (a `_headers`
/// file): its line's index and the policy.
pub fn site_policy(headers: &str) -> Result<(usize, &str), String> {
    // Lines of the `/*` block: after its path, until the next path.
    let mut in_block = false;
    headers
        .lines()
        .enumerate()
        .find_map(|(i, line)| {
            if line.starts_with('/') {
                in_block = line.trim_end() == "/*";
            }
            let policy = line.trim().strip_prefix("Content-Security-Policy:");
            policy.filter(|_| in_block).map(|policy| (i, policy.trim()))
        })
        .ok_or_else(|| "_headers has no Content-Security-Policy for /*".to_owned())
}

/// `policy` with `source` added to its `directive`.
fn allow(policy: &str, directive: &str, source: &str) -> Result<String, String> {
    let mut found = false;
    let directives: Vec<String> = (policy.split(';').map(str::trim))
        .filter(|d| !d.is_empty())
        .map(|d| {
            let name = d.split_ascii_whitespace().next().unwrap_or_default();
            if name == directive {
                found = true;
                format!("{d} {source}")
            } else {
                d.to_owned()
            }
        })
        .collect();
    if !found {
        return Err(format!(
            "the policy has no {directive} to allow the page's own {source}: {policy}"
        ));
    }
    Ok(directives.join("; "))
}

/// Whether `tag` is a `<link>` to a stylesheet.
fn is_stylesheet(tag: &str) -> bool {
    attribute(tag, "rel").is_some_and(|rel| rel.split_ascii_whitespace().any(|r| r == "stylesheet"))
}

/// The value of `name` in `tag`, quoted or not (Trunk's minifier drops
/// the quotes it can).
pub fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    loop {
        let at = rest.find(name)?;
        let before = rest[..at].chars().next_back();
        let after = &rest[at + name.len()..];
        rest = after;
        if !before.is_some_and(char::is_whitespace) {
            continue;
        }
        let Some(value) = after.strip_prefix('=') else {
            continue;
        };
        return Some(match value.chars().next()? {
            quote @ ('"' | '\'') => {
                let value = &value[1..];
                &value[..value.find(quote)?]
            }
            _ => {
                let end = value.find(|c: char| c.is_whitespace() || c == '>');
                &value[..end.unwrap_or(value.len())]
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<head><title>T</title><link href=/s/favicon-1.svg rel=icon><link href=/s/base-1.css \
        integrity=sha384-x rel=stylesheet><link rel=\"stylesheet\" href=\"/s/print-2.css\"><link crossorigin \
            href=/s/t-1.js rel=modulepreload></head>";

    fn folder() -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("tocsin-style-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("base-1.css"), "body{color:red}\n").unwrap();
        std::fs::write(dir.join("print-2.css"), "@media print{a{color:#000}}").unwrap();
        dir
    }

    #[test]
    fn the_stylesheets_become_one_style_where_the_first_was() {
        let dir = folder();
        let base = BasePath::parse("/s").unwrap();
        let inlined = inline(&dir, TRUNK, &base).unwrap();
        let css = "body{color:red}\n@media print{a{color:#000}}";
        assert_eq!(
            inlined.page,
            format!(
                "<head><title>T</title><link href=/s/favicon-1.svg rel=icon><style>{css}</style><link \
                    crossorigin href=/s/t-1.js rel=modulepreload></head>"
            )
        );
        assert_eq!(inlined.files, ["base-1.css", "print-2.css"]);
        assert_eq!(inlined.source, hash_source(css));
        assert_eq!(inlined.css, css);
        // A stylesheet off the site, or one that would close the style, stops the build.
        let off_site = TRUNK.replace("/s/base-1.css", "https://cdn.example/a.css");
        assert!(inline(&dir, &off_site, &base).is_err());
        std::fs::write(dir.join("print-2.css"), "a{}</style><script>").unwrap();
        assert!(inline(&dir, TRUNK, &base).is_err());
        assert!(inline(&dir, "<head></head>", &base).is_err());
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn the_hash_is_csps_sha256_of_the_style_text() {
        // The example of CSP Level 3, section 8.3: `alert('Hello, world.');`.
        assert_eq!(
            hash_source("alert('Hello, world.');"),
            "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"
        );
    }

    #[test]
    fn only_the_site_wide_policy_allows_the_pages_own_script_and_style() {
        let headers = "# note\n/*\n  Content-Security-Policy: default-src 'none'; script-src 'self'; style-src \
            'self'; img-src 'self'\n  Referrer-Policy: no-referrer\n\n/data/*\n  Content-Security-Policy: sandbox; \
                default-src 'none'\n";
        let allowed = [("style-src", "'sha256-A'"), ("script-src", "'sha256-B'")];
        assert_eq!(
            allow_in_headers(headers, &allowed).unwrap(),
            "# note\n/*\n  Content-Security-Policy: default-src 'none'; script-src 'self' 'sha256-B'; \
                style-src 'self' 'sha256-A'; img-src 'self'\n  Referrer-Policy: no-referrer\n\n/data/*\n  \
                    Content-Security-Policy: sandbox; default-src 'none'\n"
        );
        let no_style = "/*\n  Content-Security-Policy: default-src 'none'\n";
        assert!(allow_in_headers(no_style, &allowed).is_err());
        assert!(allow_in_headers("/data/*\n  X-A: b\n", &allowed).is_err());
    }
}

//! The release build: Trunk into a dist folder for the site's address, then
//! what follows Trunk (the loader moved out of the page, `404.html`, the
//! pre-rendered pages, sitemap, robots and feed).

use crate::output::Output;
use crate::project::{Project, RunExt};
use std::path::{Path, PathBuf};
use std::process::Command;
use tocsin::browser::{LANGUAGES_META, NAME_META};
use tocsin::model::{BasePath, Site};
use tocsin::prerender::escape;
use tocsin::route::{DataFile, root_file_href};
use tocsin::takeover::BASE_META;

/// Where a build goes and where the site will live.
pub struct Build {
    /// The folder Trunk writes, such as `dist/`.
    pub dist: PathBuf,
    /// The site's absolute address, no trailing slash:
    /// `https://example.org` or `https://example.org/tocsin`.
    pub base_url: String,
    /// The path part of `base_url`: empty, or such as `/tocsin`.
    pub base: BasePath,
    /// The content folder the site is built from: `public/data`, or
    /// another (such as an archive from `cargo xtask content generate`).
    pub data: PathBuf,
}

impl Build {
    /// A build into `dist` for `base_url`, or else `base_url` of `site.json`.
    pub fn new(project: &Project, dist: PathBuf, base_url: Option<&str>) -> Result<Self, String> {
        Self::from_data(project.root.join("public/data"), dist, base_url)
    }

    /// A build of the content in `data` into `dist` for `base_url`, or else
    /// `base_url` of its `site.json`.
    pub fn from_data(data: PathBuf, dist: PathBuf, base_url: Option<&str>) -> Result<Self, String> {
        let base_url = match base_url {
            Some(url) => url.to_owned(),
            None => site_base_url(&data)?,
        };
        let (base_url, base) = split_base_url(&base_url)?;
        Ok(Self {
            dist,
            base_url,
            base,
            data,
        })
    }

    /// The whole release build.
    pub fn run(&self, project: &Project) -> Result<(), String> {
        self.trunks(project)?;
        self.finish(project)
    }

    /// Both of Trunk's release builds, the app's and the desk's: what
    /// [`Build::finish`] starts from.
    pub fn trunks(&self, project: &Project) -> Result<(), String> {
        self.trunk(project).status_ok("trunk build --release")?;
        self.trunk_desk(project)
            .status_ok("trunk build --release (the desk)")
    }

    /// Trunk's release build of the campaign desk, a page with its own
    /// wasm under `desk/` (`crate::desk`), beside the app's.
    pub fn trunk_desk(&self, project: &Project) -> Command {
        crate::desk::trunk(
            project,
            &self.base.href("/"),
            &self.kept(project, "trunk-desk"),
        )
    }

    /// Trunk's release build, with asset addresses under the base path and
    /// the wasm compiled on the pinned nightly (`tools::release_wasm`),
    /// into a folder of its own: Trunk empties the folder it builds into,
    /// and `finish` keeps the last build's pages that did not change.
    pub fn trunk(&self, project: &Project) -> Command {
        let public_url = self.base.href("/");
        let dist = self
            .kept(project, "trunk-dist")
            .to_string_lossy()
            .into_owned();
        let mut trunk = project.trunk(&[
            "build",
            "--release",
            "--public-url",
            &public_url,
            "--dist",
            &dist,
        ]);
        crate::tools::release_wasm(&mut trunk, project);
        trunk
    }

    /// `target/<folder>/<hash of the dist folder>`: what this build keeps
    /// for the next build of the same folder.
    fn kept(&self, project: &Project, folder: &str) -> PathBuf {
        let dist = std::path::absolute(&self.dist).unwrap_or_else(|_| self.dist.clone());
        let name = format!("{:016x}", crate::output::fingerprint(&dist));
        project.root.join("target").join(folder).join(name)
    }

    /// What follows Trunk, with what it cost.
    pub fn finish(&self, project: &Project) -> Result<(), String> {
        let usage = crate::usage::Usage::start();
        let trunk = self.kept(project, "trunk-dist");
        let integrity = crate::minify::trunk_files(project, &trunk)?;
        let index = trunk.join("index.html");
        let mut page = std::fs::read_to_string(&index)
            .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
        for (name, sri) in integrity {
            page = crate::minify::sign(&page, &name, &sri);
        }
        let style = crate::style::inline(&trunk, &page, &self.base)?;
        // The whole stylesheet as a file too, which the loader fetches for
        // the app on a page that holds only the rules it uses.
        let sheet_file = format!("style-{:016x}.css", crate::output::fingerprint(&style.css));
        let (page, loader) =
            crate::loader::inline(&style.page, &self.base.href(&format!("/{sheet_file}")))?
                .ok_or("index.html no longer holds Trunk's loader script")?;
        let small = crate::minify::script(project, &loader)?;
        let (page, loader) = (page.replacen(&loader, &small, 1), small);
        let (page, icon) = crate::icon::inline(&trunk, &page, &self.base)?;
        let site = read_site(&self.data)?;
        let headers = std::fs::read_to_string(trunk.join("_headers"))
            .map_err(|e| format!("cannot read _headers: {e}"))?;
        let loader = crate::style::hash_source(&loader);
        // Each page's `<meta>` allows its own style by its hash; the header,
        // one for every page, allows inline style, and a page's style
        // applies only where both allow it: its own and no other.
        let in_pages = [
            ("script-src", loader.as_str()),
            ("style-src", &style.source),
        ];
        let policy = meta_policy(&crate::style::allow_in_headers(&headers, &in_pages)?)?;
        let in_header = [
            ("script-src", loader.as_str()),
            ("style-src", "'unsafe-inline'"),
        ];
        let headers = crate::style::allow_in_headers(&headers, &in_header)?;
        let catalogs = project.root.join("public/i18n");
        let languages = crate::prerender::read_catalogs(&catalogs, &site.languages)?;
        let named: Vec<String> = languages
            .iter()
            .map(|(l, _)| format!("{}:{}", l.tag, l.name.replace(' ', "\u{a0}")))
            .collect();
        let named = named.join(" ");
        let page = with_base(&page, &self.base, &site.name, &policy, &named)?;
        let output = Output::open(
            &self.dist,
            Some(self.kept(project, "build-state").with_extension("txt")),
        );
        // Trunk's files, but `index.html`, which becomes the pre-rendered
        // front page, the stylesheets and icon the page holds, and
        // `_headers`, written with the hashes. The data folder is published
        // with the pages.
        output.copy_tree(&trunk, "", &|file| {
            file == "index.html"
                || file == "_headers"
                || style.files.iter().any(|css| css == file)
                || icon.as_deref() == Some(file)
        })?;
        output.write("_headers", &headers)?;
        output.write(&sheet_file, &style.css)?;
        crate::desk::publish(
            &self.kept(project, "trunk-desk"),
            &self.base.href("/"),
            &site_metas(&self.base, &site.name, &policy, &named),
            &output,
        )?;
        // Hosts answer paths without a file of their own with 404.html, the
        // bare app, which routes them (docs/deploy.md).
        output.write("404.html", &page)?;
        let routes = crate::prerender::write_pages(
            &self.data,
            &catalogs,
            &output,
            &self.base_url,
            &self.base,
            &crate::style::Fit::new(&style)?,
        )?;
        let files = output.finish()?;
        println!(
            "build: {} pages in each of {} languages, lists, feeds, sitemap and search index ({files}) after \
                Trunk in {}",
            routes.len(),
            languages.len(),
            usage.report()
        );
        Ok(())
    }
}

/// The Content-Security-Policy of `_headers` (its `/*` block) as a page's
/// `<meta>` can carry it: without `frame-ancestors`, `sandbox` and
/// reporting, which only a header can carry (docs/deploy.md), so a mirror
/// or a host that sends no headers still runs the page under the policy.
fn meta_policy(headers: &str) -> Result<String, String> {
    let (_, policy) = crate::style::site_policy(headers)?;
    let header_only = ["frame-ancestors", "sandbox", "report-uri", "report-to"];
    let kept: Vec<&str> = (policy.split(';').map(str::trim))
        .filter(|d| !d.is_empty() && !header_only.iter().any(|h| d.starts_with(h)))
        .collect();
    Ok(kept.join("; "))
}

/// The app's page told its security policy and referrer policy (for hosts
/// that send no headers), the site's name, where the site lives and its
/// `languages` (the `<meta>`s the app reads, `tag:name` each) and where its
/// feed is, all right after its title and before any script or stylesheet.
fn with_base(
    page: &str,
    base: &BasePath,
    name: &str,
    policy: &str,
    languages: &str,
) -> Result<String, String> {
    const TITLE: &str = "<title>Tocsin</title>";
    if !page.contains(TITLE) {
        return Err(format!("index.html no longer holds {TITLE}"));
    }
    let tags = format!(
        "<title>{name}</title>{}<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{name}: latest \
            articles\" href=\"{}\">",
        site_metas(base, name, policy, languages),
        root_file_href(base, crate::feeds::FEED),
        name = escape(name),
    );
    Ok(page.replacen(TITLE, &tags, 1))
}

/// The `<meta>`s every page of the site carries, the desk's too: the
/// security and referrer policies, the site's name, where it lives and its
/// `languages`.
fn site_metas(base: &BasePath, name: &str, policy: &str, languages: &str) -> String {
    format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\"><meta name=\"referrer\" \
            content=\"no-referrer\"><meta name=\"{NAME_META}\" content=\"{name}\"><meta name=\"{BASE_META}\" \
                content=\"{}\"><meta name=\"{LANGUAGES_META}\" content=\"{languages}\">",
        base.as_str(),
        name = escape(name),
        policy = escape(policy),
        languages = escape(languages),
    )
}

/// `https://host/path/` as (`https://host/path`, `/path`); refused unless
/// it is http(s) with a host and a plain path.
fn split_base_url(url: &str) -> Result<(String, BasePath), String> {
    let refuse = || format!("{url} is not a site address such as https://example.org/tocsin");
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(refuse)?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    if host.is_empty() || host.contains(['?', '#', '@', ' ']) {
        return Err(refuse());
    }
    let base = BasePath::parse(path).ok_or_else(refuse)?;
    let scheme_and_host = &url[..url.len() - rest.len() + host.len()];
    Ok((format!("{scheme_and_host}{}", base.as_str()), base))
}

/// The site file in `data`.
fn read_site(data: &Path) -> Result<Site, String> {
    let file = DataFile::Site.path();
    let text = std::fs::read_to_string(data.join(&file))
        .map_err(|e| format!("cannot read {file}: {e}"))?;
    serde_json::from_str(&text).map_err(|e| format!("{file}: {e}"))
}

/// `base_url` from `site.json`, which pre-rendering needs when no flag gives it.
fn site_base_url(data: &Path) -> Result<String, String> {
    read_site(data)?
        .base_url
        .map(|u| u.to_string())
        .ok_or_else(|| {
            "site.json has no base_url: add one, or pass cargo xtask build --base-url https://…"
                .into()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_base_url_names_the_sub_path() {
        let (url, base) = split_base_url("https://example.org").unwrap();
        assert_eq!((url.as_str(), base.as_str()), ("https://example.org", ""));
        let (url, base) = split_base_url("https://example.org/").unwrap();
        assert_eq!((url.as_str(), base.as_str()), ("https://example.org", ""));
        let (url, base) = split_base_url("http://127.0.0.1:4174/news/tocsin/").unwrap();
        assert_eq!(
            (url.as_str(), base.as_str()),
            ("http://127.0.0.1:4174/news/tocsin", "/news/tocsin")
        );
        for bad in [
            "example.org",
            "ftp://example.org",
            "https://",
            "https://example.org/a b",
            "https://example.org/a?b",
            "https://example.org/../x",
            "https://u@example.org/",
        ] {
            assert!(split_base_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_meta_policy_is_the_headers_less_what_only_a_header_can_carry() {
        let root = crate::project::Project::locate().root;
        let headers = std::fs::read_to_string(root.join("public/_headers")).unwrap();
        let policy = meta_policy(&headers).unwrap();
        assert!(
            policy.starts_with("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'"),
            "{policy}"
        );
        assert!(policy.ends_with("form-action 'self'"), "{policy}");
        assert!(
            !policy.contains("frame-ancestors") && !policy.contains("sandbox"),
            "{policy}"
        );
        assert!(meta_policy("/data/*\n  X-Frame-Options: DENY\n").is_err());
        let page = with_base(
            "<head><title>Tocsin</title></head>",
            &BasePath::default(),
            "T",
            &policy,
            "en:English",
        )
        .unwrap();
        let meta =
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;";
        assert!(page.contains(meta), "{page}");
        assert!(
            page.contains("<meta name=\"referrer\" content=\"no-referrer\">"),
            "{page}"
        );
    }

    #[test]
    fn the_page_learns_its_base_and_feed() {
        let page = "<head><title>Tocsin</title></head>";
        let root = with_base(
            page,
            &BasePath::default(),
            "News & Views",
            "default-src 'none'",
            "en:English ru:Русский",
        )
        .unwrap();
        assert!(
            root.contains("<meta name=\"tocsin-base\" content=\"\">"),
            "{root}"
        );
        assert!(root.contains("href=\"/feed.xml\">"), "{root}");
        assert!(
            root.starts_with("<head><title>News &amp; Views</title>"),
            "{root}"
        );
        assert!(
            root.contains("<meta name=\"application-name\" content=\"News &amp; Views\">"),
            "{root}"
        );
        assert!(
            root.contains("<meta name=\"tocsin-languages\" content=\"en:English ru:Русский\">"),
            "{root}"
        );
        let sub = with_base(
            page,
            &BasePath::parse("/tocsin").unwrap(),
            "Tocsin",
            "x",
            "en:English",
        )
        .unwrap();
        assert!(
            sub.contains(
                "<meta name=\"tocsin-base\" content=\"/tocsin\"><meta name=\"tocsin-languages\""
            ),
            "{sub}"
        );
        assert!(sub.contains("href=\"/tocsin/feed.xml\">"), "{sub}");
        assert!(with_base("<head></head>", &BasePath::default(), "Tocsin", "x", "").is_err());
    }
}

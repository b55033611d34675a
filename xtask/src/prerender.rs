//! The pre-rendering step of `cargo xtask build`: a page of its own for
//! every article and campaign, `dist/articles/<slug>/index.html` and
//! `dist/campaigns/<slug>/index.html`, with the content
//! rendered by the app's own components (`tocsin::prerender`) and the head
//! tags a link preview needs, plus the sitemap, robots.txt and Atom feed
//! (`feeds`). The app takes each page over when it starts.

use std::path::Path;
use tocsin::model::{Article, Campaign, Site};
use tocsin::prerender::{PageMeta, article_body, campaign_body};

/// Writes the pre-rendered pages into `dist` from the content in `data`;
/// returns how many. `base_url` (no trailing slash) makes the canonical
/// and Open Graph addresses absolute.
pub fn write_pages(data: &Path, dist: &Path, base_url: &str) -> Result<usize, String> {
    let shell = read(&dist.join("index.html"))?;
    let site: Site = decode(data, "site.json")?;
    let mut written = 0;
    let mut routes = vec!["/".to_owned(), "/campaigns".to_owned()];
    let mut articles = Vec::new();
    for slug in slugs(&data.join("articles"))? {
        let article: Article = decode(data, &format!("articles/{slug}.json"))?;
        articles.push(article.clone());
        routes.push(format!("/articles/{slug}"));
        let campaign: Option<Campaign> = match &article.campaign {
            Some(c) => decode(data, &format!("campaigns/{c}.json")).ok(),
            None => None,
        };
        let appeal = article
            .appeal
            .as_ref()
            .and_then(|id| site.appeal(id))
            .cloned();
        let url = format!("{base_url}/articles/{slug}");
        let mut preload = vec![
            format!("/data/articles/{slug}.json"),
            "/data/site.json".into(),
        ];
        preload.extend(
            campaign
                .iter()
                .map(|c| format!("/data/campaigns/{}.json", c.slug)),
        );
        let meta = PageMeta {
            title: article.title.clone(),
            description: article.standfirst.clone(),
            url: url.clone(),
            site_name: site.name.clone(),
            kind: "article",
            published: Some(article.published.clone()),
            preload,
        };
        let body = article_body(article, campaign, appeal, url);
        write_page(
            dist,
            &format!("articles/{slug}"),
            &fill_shell(&shell, &meta.head_tags(), &body)?,
        )?;
        written += 1;
    }
    for slug in slugs(&data.join("campaigns"))? {
        let campaign: Campaign = decode(data, &format!("campaigns/{slug}.json"))?;
        routes.push(format!("/campaigns/{slug}"));
        let meta = PageMeta {
            title: campaign.title.clone(),
            description: campaign.summary.clone(),
            url: format!("{base_url}/campaigns/{slug}"),
            site_name: site.name.clone(),
            kind: "article",
            published: None,
            preload: vec![format!("/data/campaigns/{slug}.json")],
        };
        let body = campaign_body(campaign, base_url.to_owned());
        write_page(
            dist,
            &format!("campaigns/{slug}"),
            &fill_shell(&shell, &meta.head_tags(), &body)?,
        )?;
        written += 1;
    }
    let files = [
        ("sitemap.xml", crate::feeds::sitemap(base_url, &routes)),
        ("robots.txt", crate::feeds::robots(base_url)),
        ("feed.xml", crate::feeds::atom(&site, base_url, &articles)),
    ];
    for (name, text) in files {
        std::fs::write(dist.join(name), text).map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(written)
}

/// Writes `page` as `dist/<route>/index.html`.
fn write_page(dist: &Path, route: &str, page: &str) -> Result<(), String> {
    let dir = dist.join(route);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    std::fs::write(dir.join("index.html"), page).map_err(|e| format!("{}: {e}", dir.display()))
}

/// The app's `index.html` with the page's head tags in place of its title
/// and the pre-rendered body in an element the app knows to replace.
fn fill_shell(shell: &str, head: &str, body: &str) -> Result<String, String> {
    const TITLE: &str = "<title>Tocsin</title>";
    const BODY: &str = "<body></body>";
    if !shell.contains(TITLE) || !shell.contains(BODY) {
        return Err(format!(
            "dist/index.html no longer holds {TITLE} and {BODY}"
        ));
    }
    let body = format!(
        "<body><div id=\"{}\">{body}</div></body>",
        tocsin::components::PRERENDERED_ID
    );
    Ok(shell.replacen(TITLE, head, 1).replacen(BODY, &body, 1))
}

/// The slugs of the JSON files in `dir`, sorted.
fn slugs(dir: &Path) -> Result<Vec<String>, String> {
    let mut slugs: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".json")
                .map(str::to_owned)
        })
        .collect();
    slugs.sort();
    Ok(slugs)
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn decode<T: serde::de::DeserializeOwned>(data: &Path, file: &str) -> Result<T, String> {
    serde_json::from_str(&read(&data.join(file))?).map_err(|e| format!("data/{file}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shell_takes_the_head_tags_and_the_body() {
        let shell = "<head><title>Tocsin</title><script type=\"module\" src=\"/l.js\"></script></head><body></body>";
        let page = fill_shell(shell, "<title>A · Tocsin</title>", "<main>x</main>").unwrap();
        assert_eq!(
            page,
            "<head><title>A · Tocsin</title><script type=\"module\" src=\"/l.js\"></script></head><body><div id=\"prerendered\"><main>x</main></div></body>"
        );
        assert!(fill_shell("<html></html>", "", "").is_err());
    }

    #[test]
    fn every_demo_article_and_campaign_gets_a_page() {
        let root = crate::project::Project::locate().root;
        let dist = std::env::temp_dir().join(format!("tocsin-prerender-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(
            dist.join("index.html"),
            "<head><title>Tocsin</title></head><body></body>",
        )
        .unwrap();
        let written = write_pages(&root.join("public/data"), &dist, "https://x.example").unwrap();
        let data = root.join("public/data");
        let count = |folder: &str| slugs(&data.join(folder)).unwrap().len();
        assert_eq!(written, count("articles") + count("campaigns"));
        let campaign = read(&dist.join("campaigns/free-ainur-kurmanov/index.html")).unwrap();
        assert!(campaign.contains(
            "<meta property=\"og:title\" content=\"Free Ainur Kurmanov\" data-prerendered>"
        ));
        let page =
            read(&dist.join("articles/kazakhstan-ainur-kurmanov-jailed/index.html")).unwrap();
        assert!(page.contains("<link rel=\"canonical\" href=\"https://x.example/articles/kazakhstan-ainur-kurmanov-jailed\" data-prerendered>"));
        assert!(page.contains("<div id=\"prerendered\"><a href=\"#main\" class=\"skip-link\">"));
        // Python's standard library, which nobody here wrote, reads the
        // preview tags, the sitemap and the feed back against the content.
        let out = std::process::Command::new("python3")
            .env("PYTHONPATH", root.join(crate::setup::PYTHON_PACKAGES))
            .arg(root.join("tests/independent/check_pages.py"))
            .args([&dist, &data])
            .arg("https://x.example")
            .output()
            .expect("python3 runs");
        assert!(
            out.status.success(),
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

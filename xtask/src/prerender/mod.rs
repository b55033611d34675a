//! The pre-rendering step of `cargo xtask build`: a page of its own for
//! every article, campaign and list route (`dist/<route>/index.html`, the
//! front page as `dist/index.html`), with the content rendered by the app's
//! own components (`tocsin::prerender`) and the head tags a link preview
//! needs, plus the sitemap, robots.txt and Atom feed (`feeds`). The app
//! takes each page over when it starts.

mod content;

use content::Content;
use std::path::Path;
use tocsin::model::BasePath;
use tocsin::prerender::{PageMeta, article_body, campaign_body, lead_image, list_body};

/// Writes the pre-rendered pages into `dist` from the content in `data`;
/// returns how many. The page shell is `dist/404.html`, the bare app.
/// `base_url` (no trailing slash) makes the canonical and Open Graph
/// addresses absolute; `base` is its path, under which the pages link and
/// preload.
pub fn write_pages(
    data: &Path,
    dist: &Path,
    base_url: &str,
    base: &BasePath,
) -> Result<usize, String> {
    let content = Content::read(data)?;
    let mut pages = Pages {
        dist,
        shell: crate::loader::without_app_preloads(&read(&dist.join("404.html"))?),
        base_url,
        site_name: content.site.name.clone(),
        routes: Vec::new(),
    };
    let data_file = |file: String| base.href(&format!("/data/{file}"));
    for list in content.list_pages() {
        let head = list.page.head();
        let mut meta = pages.meta(&list.route, &head.title, &head.description);
        meta.preload = list.preload.into_iter().map(data_file).collect();
        pages.write(
            &list.route,
            &meta,
            &list_body(list.page, base),
            Start::AfterPaint,
        )?;
    }
    for article in &content.articles {
        let route = format!("/articles/{}", article.slug);
        let campaign = content.campaign_of(article).cloned();
        let mut meta = pages.meta(&route, &article.title, &article.standfirst);
        meta.kind = "article";
        meta.published = Some(article.published.clone());
        meta.image = lead_image(article)
            .map(|(src, alt)| (format!("{base_url}/data/{}", src.as_str()), alt.to_owned()));
        // No JSON preloads: the app may never start on this page.
        let appeal = content.appeal_of(article).cloned();
        let body = article_body(article.clone(), campaign, appeal, meta.url.clone(), base);
        pages.write(&route, &meta, &body, Start::WhenSeen)?;
    }
    for campaign in &content.campaigns {
        let route = format!("/campaigns/{}", campaign.slug);
        let mut meta = pages.meta(&route, &campaign.title, &campaign.summary);
        meta.kind = "article";
        meta.preload = vec![data_file(format!("campaigns/{}.json", campaign.slug))];
        let body = campaign_body(campaign.clone(), base_url.to_owned(), base);
        pages.write(&route, &meta, &body, Start::AfterPaint)?;
    }
    let files = [
        (
            "sitemap.xml",
            crate::feeds::sitemap(base_url, &pages.routes),
        ),
        ("robots.txt", crate::feeds::robots(base_url)),
        (
            "feed.xml",
            crate::feeds::atom(&content.site, base_url, &content.articles),
        ),
    ];
    for (name, text) in files {
        std::fs::write(dist.join(name), text).map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(pages.routes.len())
}

/// When the loader starts the app on a pre-rendered page (`xtask/src/loader.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    /// Right after the first paint: the campaign's letter form needs the app
    /// at once, and list pages show what was published since the build.
    AfterPaint,
    /// When a part that needs the app (the share panel, marked
    /// `data-needs-app`) comes near the view: an article reads in full
    /// without the app, so a reader who only reads never downloads it.
    WhenSeen,
}

/// Writes pages into `dist`, remembering their routes for the sitemap.
struct Pages<'a> {
    dist: &'a Path,
    shell: String,
    base_url: &'a str,
    site_name: String,
    routes: Vec<String>,
}

impl Pages<'_> {
    /// The head of a list page at `route`; articles and campaigns amend it.
    fn meta(&self, route: &str, title: &str, description: &str) -> PageMeta {
        PageMeta {
            title: title.to_owned(),
            description: description.to_owned(),
            url: format!("{}{route}", self.base_url),
            site_name: self.site_name.clone(),
            kind: "website",
            published: None,
            image: None,
            preload: Vec::new(),
        }
    }

    /// Writes `dist/<route>/index.html`.
    fn write(
        &mut self,
        route: &str,
        meta: &PageMeta,
        body: &str,
        start: Start,
    ) -> Result<(), String> {
        let page = fill_shell(&self.shell, &meta.head_tags(), body, start)?;
        let dir = self.dist.join(route.trim_start_matches('/'));
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        std::fs::write(dir.join("index.html"), page)
            .map_err(|e| format!("{}: {e}", dir.display()))?;
        self.routes.push(route.to_owned());
        Ok(())
    }
}

/// The app's page with the page's head tags in place of its title and the
/// pre-rendered body in an element the app knows to replace, which tells
/// the loader when to `start` the app.
fn fill_shell(shell: &str, head: &str, body: &str, start: Start) -> Result<String, String> {
    const TITLE: &str = "<title>Tocsin</title>";
    const BODY: &str = "<body></body>";
    if !shell.contains(TITLE) || !shell.contains(BODY) {
        return Err(format!("the app's page no longer holds {TITLE} and {BODY}"));
    }
    let start = match start {
        Start::AfterPaint => "",
        Start::WhenSeen => " data-app-start=\"when-seen\"",
    };
    let body = format!(
        "<body><div id=\"{}\"{start}>{body}</div></body>",
        tocsin::components::PRERENDERED_ID
    );
    Ok(shell.replacen(TITLE, head, 1).replacen(BODY, &body, 1))
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests;

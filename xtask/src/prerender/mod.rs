//! The pre-rendering step of `cargo xtask build`: a page of its own for
//! every article, campaign and list route (`dist/<route>/index.html`, the
//! front page as `dist/index.html`), with the content rendered by the app's
//! own components (`tocsin::prerender`) and the head tags a link preview
//! needs, plus the sitemap, robots.txt and Atom feed (`feeds`). The app
//! takes each page over when it starts.

mod content;

pub use content::Content;
use std::path::Path;
use tocsin::boot::contract::{APP_START, PRERENDERED_ID, START_WHEN_SEEN};
use tocsin::browser::SiteLanguage;
use tocsin::i18n::{self, Catalog, Direction, Key};
use tocsin::listing::PageContent;
use tocsin::model::{BasePath, LanguageTag};
use tocsin::prerender::{PageMeta, SiteFrame, article_body, campaign_body, list_body};
use tocsin::route::{Route, catalog_file, language_base};

/// Checks the content in `data`, then writes the pre-rendered pages into
/// `dist` from it, in each of the site's languages (the first at the site's
/// root, each other under its own segment, `dist/ru/…`), with the
/// interface from that language's catalog in `catalogs`; returns their
/// routes. The page shell is `dist/404.html`, the bare app. `base_url` (no
/// trailing slash) makes the canonical and Open Graph addresses absolute;
/// `base` is its path, under which the pages link and preload.
pub fn write_pages(
    data: &Path,
    catalogs: &Path,
    dist: &Path,
    base_url: &str,
    base: &BasePath,
) -> Result<Vec<Route>, String> {
    // Invalid content stops the build with the checker's own words, before
    // a page or a list is written.
    crate::content::check_dir(data)?;
    let content = Content::read(data)?;
    crate::content::index::write(&dist.join("data"), &content.lists)?;
    let languages = read_catalogs(catalogs, &content.site.languages)?;
    let site = SiteFrame {
        base: base.clone(),
        name: content.site.name.clone(),
        root: base_url.to_owned(),
        languages: languages.iter().map(|(l, _)| l.clone()).collect(),
    };
    let mut pages = Pages {
        dist,
        shell: crate::loader::without_app_preloads(&read(&dist.join("404.html"))?),
        routes: Vec::new(),
    };
    for (index, (language, catalog)) in languages.iter().enumerate() {
        i18n::use_language(&language.tag, catalog, index > 0);
        write_language(&content, &site, &mut pages)?;
    }
    let routes = pages.routes;
    let mut files = crate::feeds::sitemaps(
        base_url,
        &routes,
        &site.languages,
        crate::feeds::SITEMAP_ADDRESSES,
    );
    files.push(("robots.txt".to_owned(), crate::feeds::robots(base_url)));
    files.push((
        crate::feeds::FEED.to_owned(),
        crate::feeds::atom(&content.site, base_url, &content.articles),
    ));
    for (name, text) in files {
        std::fs::write(dist.join(&name), text).map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(routes)
}

/// Every page in the language in use (`i18n::use_language`).
fn write_language(content: &Content, site: &SiteFrame, pages: &mut Pages) -> Result<(), String> {
    for list in content.list_pages() {
        let meta = PageMeta::new(site, &list.route, PageContent::List(&list.page))
            .preloading(site, &list.preload);
        let body = list_body(list.route.clone(), list.page, site);
        pages.write(list.route, &meta, &body, Start::AfterPaint)?;
    }
    for article in &content.articles {
        let route = Route::Article {
            slug: article.slug.clone(),
        };
        // No JSON preloads: the app may never start on this page.
        let meta = PageMeta::new(site, &route, PageContent::Article(article));
        let campaign = content.campaign_of(article).cloned();
        let appeal = content.appeal_of(article).cloned();
        let body = article_body(article.clone(), campaign, appeal, site);
        pages.write(route, &meta, &body, Start::WhenSeen)?;
    }
    for campaign in &content.campaigns {
        let route = Route::Campaign {
            slug: campaign.slug.clone(),
        };
        let meta = PageMeta::new(site, &route, PageContent::Campaign(campaign))
            .preloading(site, &route.data_files());
        let body = campaign_body(campaign.clone(), site);
        pages.write(route, &meta, &body, Start::AfterPaint)?;
    }
    Ok(())
}

/// The catalog of each of the site's `languages`, read and checked: a
/// language without a complete catalog stops the build, with its lines.
pub fn read_catalogs(
    catalogs: &Path,
    languages: &[LanguageTag],
) -> Result<Vec<(SiteLanguage, &'static Catalog)>, String> {
    languages
        .iter()
        .map(|tag| {
            let file = catalogs.join(catalog_file(tag.as_str()));
            let text = read(&file).map_err(|e| {
                format!("the site's languages name {tag}, which has no catalog: {e}")
            })?;
            let (catalog, problems) = Catalog::parse(&text);
            let mut faults: Vec<String> = problems
                .iter()
                .map(|p| format!("{}:{}: {}", file.display(), p.line, p.message))
                .collect();
            let missing: Vec<&str> = Key::ALL
                .into_iter()
                .filter(|key| !catalog.has(*key))
                .map(Key::name)
                .collect();
            if !missing.is_empty() {
                faults.push(format!("{} lacks {}", file.display(), missing.join(", ")));
            }
            if !faults.is_empty() {
                return Err(faults.join("\n"));
            }
            let language = SiteLanguage {
                tag: tag.to_string(),
                name: catalog.name.clone(),
            };
            Ok((language, i18n::leak(catalog)))
        })
        .collect()
}

/// When the loader starts the app on a pre-rendered page (`src/boot/loader.js`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    /// Right after the first paint: the campaign's letter form needs the app
    /// at once, and list pages show what was published since the build.
    AfterPaint,
    /// When a part that needs the app (the share panel, marked
    /// `NEEDS_APP`) comes near the view: an article reads in full
    /// without the app, so a reader who only reads never downloads it.
    WhenSeen,
}

/// Writes pages into `dist`, remembering their routes for the sitemap.
struct Pages<'a> {
    dist: &'a Path,
    shell: String,
    routes: Vec<Route>,
}

impl Pages<'_> {
    /// Writes `dist/<route>/index.html`.
    fn write(
        &mut self,
        route: Route,
        meta: &PageMeta,
        body: &str,
        start: Start,
    ) -> Result<(), String> {
        let page = fill_shell(&self.shell, &meta.head_tags(), body, start)?;
        let page = in_language(&page, &meta.language, meta.direction);
        let base = language_base(&BasePath::default(), i18n::prefix());
        let dir = self.dist.join(route.href(&base).trim_start_matches('/'));
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        std::fs::write(dir.join("index.html"), page)
            .map_err(|e| format!("{}: {e}", dir.display()))?;
        // One entry a page, whatever its languages: the sitemap adds those.
        if i18n::prefix().is_none() {
            self.routes.push(route);
        }
        Ok(())
    }
}

/// The app's page with the page's head tags in place of its title and the
/// pre-rendered body in an element the app knows to replace, which tells
/// the loader when to `start` the app.
fn fill_shell(shell: &str, head: &str, body: &str, start: Start) -> Result<String, String> {
    const BODY: &str = "<body></body>";
    let title = shell.find("<title>").zip(shell.find("</title>"));
    let Some((open, close)) = title.filter(|_| shell.contains(BODY)) else {
        return Err(format!(
            "the app's page no longer holds a <title> and {BODY}"
        ));
    };
    let title = &shell[open..close + "</title>".len()];
    let start = match start {
        Start::AfterPaint => String::new(),
        Start::WhenSeen => format!(" {APP_START}=\"{START_WHEN_SEEN}\""),
    };
    let body = format!("<body><div id=\"{PRERENDERED_ID}\"{start}>{body}</div></body>");
    Ok(shell.replacen(title, head, 1).replacen(BODY, &body, 1))
}

/// The page with its language and direction on `<html>`.
fn in_language(page: &str, tag: &str, direction: Direction) -> String {
    let html = format!("<html lang=\"{tag}\" dir=\"{}\">", direction.as_str());
    let open = page.find("<html");
    let close = open.and_then(|open| page[open..].find('>').map(|close| open + close));
    match open.zip(close) {
        Some((open, close)) => [&page[..open], &html, &page[close + 1..]].concat(),
        None => page.to_owned(),
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests;

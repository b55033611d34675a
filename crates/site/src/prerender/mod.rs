//! The pre-rendering step of `cargo xtask build`: a page of its own for
//! every article, campaign and list route (`dist/<route>.html`, or the
//! route's folder's `index.html` where pages lie under it: `files`), with
//! the content rendered by the app's own components (`tocsin::prerender`)
//! and the head tags a link preview needs, plus the sitemap, robots.txt
//! and Atom feed (`feeds`). The app takes each page over when it starts.

mod files;

use crate::content::Content;
use crate::content::ListRoute;
use crate::output::{Output, fingerprint};
use crate::read;
use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use tocsin::browser::SiteLanguage;
use tocsin::i18n::{self, Catalog, Direction};
use tocsin::listing::PageContent;
use tocsin::model::{Article, BasePath, Campaign, LanguageTag, Slug};
use tocsin::prerender::{
    PageMeta, SiteFrame, article_body, campaign_body, escape, list_body, search_body,
};
use tocsin::route::{Route, catalog_file, language_base, root_file_href};
use tocsin::takeover::{APP_FETCHES, APP_START, PRERENDERED_ID, RENDERED_DAY, START_WHEN_SEEN};

/// Checks the content in `data`, then writes the pre-rendered pages into
/// `dist` from it, in each of the site's languages (the first at the site's
/// root, each other under its own segment, `dist/ru/…`), with the
/// interface from that language's catalog in `catalogs`, and the data
/// folder they read (`crate::content::publish`); returns their routes. The
/// page shell is `dist/404.html`, the bare app. `base_url` (no trailing
/// slash) makes the canonical and Open Graph addresses absolute; `base` is
/// its path, under which the pages link and fetch; `style` fits the
/// shell's style to each page.
pub fn write_pages(
    data: &Path,
    catalogs: &Path,
    output: &Output,
    base_url: &str,
    base: &BasePath,
    style: &crate::style::Fit,
) -> Result<Vec<Route>, String> {
    // Invalid content stops the build with the checker's own words, before
    // a page or a list is written.
    crate::content::check_dir(data)?;
    let content = Content::read(data)?;
    crate::content::publish(&content, data, output)?;
    let languages = read_catalogs(catalogs, &content.site.languages)?;
    let site = SiteFrame {
        base: base.clone(),
        name: content.site.name.clone(),
        root: base_url.to_owned(),
        languages: languages.iter().map(|(l, _)| l.clone()).collect(),
        today: crate::content::build_day()?,
    };
    let shell = crate::loader::without_app_preloads(&read(&output.dist().join("404.html"))?);
    let lists = content.list_pages();
    let jobs: Vec<Job> = (lists.iter().map(Job::List))
        .chain(content.articles.iter().map(Job::Article))
        .chain(content.campaigns.iter().map(Job::Campaign))
        .chain([Job::Search])
        .collect();
    // What every page shares: the shell, the site, and the renderer itself
    // (the xtask program, by its size and time), so new code renders anew.
    let renderer = std::env::current_exe().and_then(std::fs::metadata);
    let renderer = renderer.map(|m| (m.len(), m.modified().ok())).ok();
    let frame = fingerprint(&(&shell, &site, renderer));
    // Each language's pages point feed readers to that language's feed.
    let feed_link =
        |base: &BasePath| format!("href=\"{}\"", root_file_href(base, crate::feeds::FEED));
    let shells: Vec<String> = (languages.iter().enumerate())
        .map(|(index, (language, _))| {
            let prefix = (index > 0).then_some(language.tag.as_str());
            shell.replacen(
                &feed_link(base),
                &feed_link(&language_base(base, prefix)),
                1,
            )
        })
        .collect();
    let language_keys: Vec<u64> = languages.iter().map(fingerprint).collect();
    let routes: Vec<Route> = jobs.iter().map(Job::route).collect();
    let paths: Vec<String> = (routes.iter())
        .map(|route| route.href(&BasePath::default()))
        .collect();
    let files = files::PageFiles::new(paths.iter().map(String::as_str));
    // What a page is made from, hashed once for all its languages: hashing
    // reads every field of an article and its campaign.
    let campaign_keys: HashMap<&Slug, u64> = (content.campaigns.iter())
        .map(|campaign| (&campaign.slug, fingerprint(campaign)))
        .collect();
    let inputs: Vec<OnceLock<u64>> = jobs.iter().map(|_| OnceLock::new()).collect();
    render_all(&jobs, &languages, &|at, language| {
        let job = &jobs[at];
        let made_from = *inputs[at].get_or_init(|| job.inputs(&content, &campaign_keys));
        let key = fingerprint(&(frame, language, language_keys[language], made_from));
        let path = files.file(&paths[at], i18n::prefix());
        output.file(&path, key, || {
            let page = page(&shells[language], &job.render(&content, &site))?;
            style.page(&page).map(String::into_bytes)
        })
    })?;
    // The search page has nothing of its own to find.
    let content_pages: Vec<Route> = routes
        .iter()
        .filter(|r| **r != Route::Search)
        .cloned()
        .collect();
    let sitemaps = crate::feeds::sitemaps(
        base_url,
        &content_pages,
        &site.languages,
        crate::feeds::SITEMAP_ADDRESSES,
    );
    for (name, text) in sitemaps {
        output.write(&name, text)?;
    }
    let mut files = vec![("robots.txt".to_owned(), crate::feeds::robots(base_url))];
    // A feed per language, each at its language's root.
    let own = content.site.languages.first().map_or("", |l| l.as_str());
    for (index, language) in site.languages.iter().enumerate() {
        let prefix = (index > 0).then_some(language.tag.as_str());
        let root = tocsin::route::language_root(base_url, prefix);
        let feed = crate::feeds::atom(&content.site, &root, &language.tag, own, &content.articles)?;
        let name = prefix.map_or(crate::feeds::FEED.to_owned(), |p| {
            format!("{p}/{}", crate::feeds::FEED)
        });
        files.push((name, feed));
    }
    for (name, text) in files {
        output.write(&name, text)?;
    }
    Ok(routes)
}

/// One page to pre-render, in each of the site's languages.
enum Job<'a> {
    /// A list page: the front page, the campaigns, a month or a tag.
    List(&'a ListRoute),
    /// An article.
    Article(&'a Article),
    /// A campaign.
    Campaign(&'a Campaign),
    /// The search page, before a search.
    Search,
}

/// The rendered parts of a page: everything but the shell.
struct Rendered {
    /// The page's head tags.
    head: String,
    /// The addresses the app fetches first, separated by spaces.
    fetches: String,
    /// The pre-rendered body.
    body: String,
    /// When the loader starts the app, and what it fetches beside it.
    start: Start,
    /// The page's language tag, for `<html lang>`.
    language: String,
    /// Which way it runs, for `<html dir>`.
    direction: Direction,
    /// The day it is rendered for.
    day: String,
}

impl Job<'_> {
    fn route(&self) -> Route {
        match self {
            Job::List(list) => list.route.clone(),
            Job::Article(article) => Route::Article {
                slug: article.slug.clone(),
            },
            Job::Campaign(campaign) => Route::Campaign {
                slug: campaign.slug.clone(),
            },
            Job::Search => Route::Search,
        }
    }

    /// A hash of what the page is made from, besides its language and the site.
    fn inputs(&self, content: &Content, campaign_keys: &HashMap<&Slug, u64>) -> u64 {
        match self {
            Job::List(list) => fingerprint(&(&list.route, &list.page, &list.fetches)),
            Job::Article(article) => fingerprint(&(
                article,
                (content.campaign_of(article)).map(|c| campaign_keys.get(&c.slug)),
                content.appeal_of(article),
            )),
            Job::Campaign(campaign) => campaign_keys
                .get(&campaign.slug)
                .copied()
                .unwrap_or_default(),
            Job::Search => 0,
        }
    }

    /// The page in the language in use (`i18n::use_language`).
    fn render(&self, content: &Content, site: &SiteFrame) -> Rendered {
        let route = self.route();
        let (meta, body, start) = match self {
            Job::List(list) => (
                PageMeta::new(site, &route, PageContent::List(&list.page))
                    .fetching(site, &list.fetches),
                list_body(route, list.page.clone(), site),
                Start::AfterPaint,
            ),
            Job::Article(article) => {
                let campaign = content.campaign_of(article).cloned();
                let appeal = content.appeal_of(article).cloned();
                (
                    // No JSON fetched ahead: the app may never start on this page.
                    PageMeta::new(site, &route, PageContent::Article(article)),
                    article_body((*article).clone(), campaign, appeal, site),
                    // An article reads in full without the app.
                    Start::WhenSeen,
                )
            }
            Job::Campaign(campaign) => {
                // A link preview in the page's language: the campaign's
                // translation, where it has one, as the page shows it.
                let own = content.site.languages.first().map_or("", |l| l.as_str());
                let (shown, _) = campaign.in_language(i18n::language(), own);
                (
                    PageMeta::new(site, &route, PageContent::Campaign(&shown))
                        .fetching(site, &route.data_files()),
                    campaign_body((*campaign).clone(), site),
                    Start::AfterPaint,
                )
            }
            // The app starts at once, to search for the words in the address.
            Job::Search => (
                PageMeta::new(site, &route, PageContent::Search),
                search_body(site),
                Start::AfterPaint,
            ),
        };
        Rendered {
            head: meta.head_tags(),
            fetches: meta.app_fetches.join(" "),
            body,
            start,
            language: meta.language,
            direction: meta.direction,
            day: site.today.to_string(),
        }
    }
}

/// Runs `write` on every job in every language (each by its index), on as many threads as the
/// machine has cores; each thread takes the next job of a language until
/// none is left, then moves to the next language. The first error stops
/// every thread.
fn render_all(
    jobs: &[Job],
    languages: &[(SiteLanguage, &'static Catalog)],
    write: &(dyn Fn(usize, usize) -> Result<(), String> + Sync),
) -> Result<(), String> {
    let next: Vec<AtomicUsize> = languages.iter().map(|_| AtomicUsize::new(0)).collect();
    let failed = AtomicBool::new(false);
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let work = || -> Result<(), String> {
        for (index, (language, catalog)) in languages.iter().enumerate() {
            i18n::use_language(&language.tag, catalog, index > 0);
            loop {
                let at = next[index].fetch_add(1, Ordering::Relaxed);
                if failed.load(Ordering::Relaxed) {
                    return Ok(());
                }
                if at >= jobs.len() {
                    break;
                }
                write(at, index).inspect_err(|_| failed.store(true, Ordering::Relaxed))?;
            }
        }
        Ok(())
    };
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads).map(|_| scope.spawn(work)).collect();
        workers.into_iter().try_for_each(|worker| {
            worker
                .join()
                .unwrap_or_else(|_| Err("a pre-rendering thread panicked".into()))
        })
    })
}

/// The catalog of each of the site's `languages`, read and checked: a
/// language without a complete catalog stops the build, with its lines.
pub fn read_catalogs(
    catalogs: &Path,
    languages: &[LanguageTag],
) -> Result<Vec<(SiteLanguage, &'static Catalog)>, String> {
    let problems = crate::content::check_catalogs(catalogs);
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    languages
        .iter()
        .map(|tag| {
            let file = catalogs.join(catalog_file(tag.as_str()));
            let text = read(&file).map_err(|e| {
                format!("the site's languages name {tag}, which has no catalog: {e}")
            })?;
            let (catalog, _) = Catalog::parse(&text);
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

/// The page's HTML: the shell filled with its head tags and body, in its
/// language and direction.
fn page(shell: &str, page: &Rendered) -> Result<String, String> {
    let html = fill_shell(shell, page)?;
    Ok(in_language(&html, &page.language, page.direction))
}

/// The app's page with the page's head tags in place of its title and the
/// pre-rendered body in an element the app knows to replace, which tells
/// the loader when to start the app and what to fetch beside it, and the
/// app which day the page was rendered for.
fn fill_shell(shell: &str, page: &Rendered) -> Result<String, String> {
    const BODY: &str = "<body></body>";
    let title = shell.find("<title>").zip(shell.find("</title>"));
    let Some((open, close)) = title.filter(|_| shell.contains(BODY)) else {
        return Err(format!(
            "the app's page no longer holds a <title> and {BODY}"
        ));
    };
    let title = &shell[open..close + "</title>".len()];
    let start = match page.start {
        Start::AfterPaint => String::new(),
        Start::WhenSeen => format!(" {APP_START}=\"{START_WHEN_SEEN}\""),
    };
    // Fetched by the loader beside the app, after the first paint: a
    // preload in the head would compete with that paint for the network.
    let fetches = match page.fetches.as_str() {
        "" => String::new(),
        files => format!(" {APP_FETCHES}=\"{}\"", escape(files)),
    };
    let (day, body) = (&page.day, &page.body);
    let body = format!(
        "<body><div id=\"{PRERENDERED_ID}\" {RENDERED_DAY}=\"{day}\"{start}{fetches}>{body}</div></body>"
    );
    Ok(shell
        .replacen(title, &page.head, 1)
        .replacen(BODY, &body, 1))
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

#[cfg(test)]
mod fixture;
#[cfg(test)]
pub use fixture::write_test_pages;
#[cfg(test)]
mod tests;

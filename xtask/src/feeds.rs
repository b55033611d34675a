//! What crawlers and feed readers fetch beside the pages: `sitemap.xml`,
//! `robots.txt`, and an Atom feed of the articles, `feed.xml`, which many
//! readers behind censorship follow in a feed reader.

use tocsin::browser::SiteLanguage;
use tocsin::model::{Article, Site};
use tocsin::prerender::escape;
use tocsin::route::{Route, language_root, root_file_url};

/// The sitemap's file name at the site's root.
pub const SITEMAP: &str = "sitemap.xml";
/// The feed's file name at the site's root.
pub const FEED: &str = "feed.xml";

/// `sitemap.xml` listing `routes` under `base` in each of the site's
/// `languages`, each address with its alternates in the others.
pub fn sitemap(base: &str, routes: &[Route], languages: &[SiteLanguage]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let roots: Vec<(&str, String)> = languages
        .iter()
        .enumerate()
        .map(|(index, l)| {
            let prefix = (index > 0).then_some(l.tag.as_str());
            (l.tag.as_str(), language_root(base, prefix))
        })
        .collect();
    for route in routes {
        let alternates: String = match roots.len() {
            0 | 1 => String::new(),
            _ => roots
                .iter()
                .map(|(tag, root)| {
                    format!(
                        "<xhtml:link rel=\"alternate\" hreflang=\"{tag}\" href=\"{}\"/>",
                        escape(&route.url(root))
                    )
                })
                .collect(),
        };
        for (_, root) in &roots {
            xml.push_str(&format!(
                "  <url><loc>{}</loc>{alternates}</url>\n",
                escape(&route.url(root))
            ));
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

/// `robots.txt`: everything may be crawled; where the sitemap is.
pub fn robots(base: &str) -> String {
    let sitemap = root_file_url(base, SITEMAP);
    format!("User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n")
}

/// The Atom feed of `articles`, newest first.
pub fn atom(site: &Site, base: &str, articles: &[Article]) -> String {
    let mut sorted: Vec<&Article> = articles.iter().collect();
    sorted.sort_by(|a, b| b.published.cmp(&a.published).then(a.slug.cmp(&b.slug)));
    let updated = sorted
        .first()
        .map_or("1970-01-01".to_owned(), |a| a.published.to_string());
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>{}</title>\n  <subtitle>{}</subtitle>\n  <id>{home}</id>\n  <link rel=\"alternate\" href=\"{home}\"/>\n  <link rel=\"self\" href=\"{feed}\"/>\n  <updated>{updated}T00:00:00Z</updated>\n",
        escape(&site.name),
        escape(&site.tagline),
        home = Route::HOME.url(base),
        feed = root_file_url(base, FEED),
    );
    for article in sorted {
        let url = Route::Article {
            slug: article.slug.clone(),
        }
        .url(base);
        xml.push_str(&format!(
            "  <entry>\n    <title>{}</title>\n    <id>{url}</id>\n    <link rel=\"alternate\" href=\"{url}\"/>\n    <published>{date}T00:00:00Z</published>\n    <updated>{date}T00:00:00Z</updated>\n    <author><name>{}</name></author>\n    <summary>{}</summary>\n  </entry>\n",
            escape(&article.title),
            escape(&article.byline),
            escape(&article.standfirst),
            date = article.published,
        ));
    }
    xml.push_str("</feed>\n");
    xml
}

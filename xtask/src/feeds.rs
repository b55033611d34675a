//! What crawlers and feed readers fetch beside the pages: `sitemap.xml`,
//! `robots.txt`, and an Atom feed of the articles, `feed.xml`, which many
//! readers behind censorship follow in a feed reader.

use tocsin::model::{Article, Site};
use tocsin::prerender::escape;

/// `sitemap.xml` listing `routes` (paths such as `/articles/x`) under `base`.
pub fn sitemap(base: &str, routes: &[String]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for route in routes {
        xml.push_str(&format!(
            "  <url><loc>{}</loc></url>\n",
            escape(&format!("{base}{route}"))
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}

/// `robots.txt`: everything may be crawled; where the sitemap is.
pub fn robots(base: &str) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\n")
}

/// The Atom feed of `articles`, newest first.
pub fn atom(site: &Site, base: &str, articles: &[Article]) -> String {
    let mut sorted: Vec<&Article> = articles.iter().collect();
    sorted.sort_by(|a, b| b.published.cmp(&a.published).then(a.slug.cmp(&b.slug)));
    let updated = sorted
        .first()
        .map_or("1970-01-01".to_owned(), |a| a.published.to_string());
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>{}</title>\n  <subtitle>{}</subtitle>\n  <id>{base}/</id>\n  <link rel=\"alternate\" href=\"{base}/\"/>\n  <link rel=\"self\" href=\"{base}/feed.xml\"/>\n  <updated>{updated}T00:00:00Z</updated>\n",
        escape(&site.name),
        escape(&site.tagline),
    );
    for article in sorted {
        let url = format!("{base}/articles/{}", article.slug);
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

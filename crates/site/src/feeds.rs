//! What crawlers and feed readers fetch beside the pages: `sitemap.xml`,
//! `robots.txt`, and an Atom feed of the articles in each of the site's
//! languages (`feed.xml`, `ru/feed.xml`…), which many readers behind
//! censorship follow in a feed reader.

use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};
use tocsin::browser::SiteLanguage;
use tocsin::model::{Article, Site};
use tocsin::prerender::escape;
use tocsin::route::{Route, language_root, root_file_url, sitemap_part};

/// The sitemap's file name at the site's root: the sitemap itself, or an
/// index of the sitemaps when the site has more addresses than one holds.
pub const SITEMAP: &str = "sitemap.xml";
/// The feed's file name at the site's root.
pub const FEED: &str = "feed.xml";
/// The most addresses one sitemap may list (sitemaps.org).
pub const SITEMAP_ADDRESSES: usize = 50_000;
/// How many of the latest articles the feed holds: a feed reader fetches
/// it again and again, so it stays small however big the archive.
pub const FEED_ENTRIES: usize = 50;

/// The sitemap files listing `routes` under `base` in each of the site's
/// `languages`, each address with its alternates in the others, as (file
/// name, text): `sitemap.xml` alone while the addresses fit in one of
/// `most` addresses, else `sitemap.xml` as the index of `sitemap-1.xml`,
/// `sitemap-2.xml`… Each file is made when the iterator reaches it, so a
/// large archive's sitemaps (hundreds of megabytes) are never all held at
/// once.
pub fn sitemaps<'a>(
    base: &'a str,
    routes: &'a [Route],
    languages: &'a [SiteLanguage],
    most: usize,
) -> impl Iterator<Item = (String, String)> + 'a {
    let roots: Vec<(&str, String)> = (languages.iter().enumerate())
        .map(|(index, l)| {
            let prefix = (index > 0).then_some(l.tag.as_str());
            (l.tag.as_str(), language_root(base, prefix))
        })
        .collect();
    let count = routes.len() * roots.len();
    let most = most.max(1);
    let parts = count.div_ceil(most);
    let index = (parts > 1).then(|| {
        let mut index = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex \
                xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        for part in 1..=parts {
            let url = escape(&root_file_url(base, &sitemap_part(part)));
            index.push_str(&format!("  <sitemap><loc>{url}</loc></sitemap>\n"));
        }
        index.push_str("</sitemapindex>\n");
        (SITEMAP.to_owned(), index)
    });
    let files = (0..parts.max(1)).map(move |part| {
        let name = if parts > 1 {
            sitemap_part(part + 1)
        } else {
            SITEMAP.to_owned()
        };
        let entries = part * most..count.min((part + 1) * most);
        (name, urlset(routes, &roots, entries))
    });
    index.into_iter().chain(files)
}

/// One sitemap: the `<url>` elements numbered `entries` among every
/// address (each route in each language, in that order).
fn urlset(routes: &[Route], roots: &[(&str, String)], entries: std::ops::Range<usize>) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset \
            xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let mut alternates = (usize::MAX, String::new());
    for entry in entries {
        let (at, (_, root)) = (entry / roots.len(), &roots[entry % roots.len()]);
        let route = &routes[at];
        if alternates.0 != at && roots.len() > 1 {
            alternates = (at, String::new());
            for (tag, root) in roots {
                alternates.1.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{tag}\" href=\"{}\"/>",
                    escape(&route.url(root))
                ));
            }
        }
        xml.push_str(&format!(
            "  <url><loc>{}</loc>{}</url>\n",
            escape(&route.url(root)),
            alternates.1
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}

/// `robots.txt`: everything may be crawled; where the sitemap is.
pub fn robots(base: &str) -> String {
    let sitemap = root_file_url(base, SITEMAP);
    // The campaign desk is for campaigners, never a page to find.
    let path = (base.split_once("://").map(|(_, rest)| rest))
        .and_then(|rest| rest.find('/').map(|at| &rest[at..]))
        .unwrap_or_default()
        .trim_end_matches('/');
    let desk = crate::desk::FOLDER;
    format!("User-agent: *\nDisallow: {path}/{desk}/\nAllow: /\n\nSitemap: {sitemap}\n")
}

/// The Atom feed of the latest [`FEED_ENTRIES`] of `articles`, newest
/// first, for the readers of `language`, whose pages are under `root` (the
/// site's address, or its `/ru` for Russian): the feed carries the language
/// as its `xml:lang` and links each entry to its page in that language;
/// each entry's title and summary carry their article's own language,
/// `own` (the site's first) when the article names none.
pub fn atom(
    site: &Site,
    root: &str,
    language: &str,
    own: &str,
    articles: &[Article],
) -> Result<String, String> {
    let mut sorted: Vec<&Article> = articles.iter().collect();
    sorted.sort_by(|a, b| b.published.cmp(&a.published).then(a.slug.cmp(&b.slug)));
    sorted.truncate(FEED_ENTRIES);
    let date = |day: &str| {
        FixedDateTime::parse_from_rfc3339(&format!("{day}T00:00:00Z"))
            .map_err(|e| format!("{day}: {e}"))
    };
    let link = |href: String, rel: &str| Link {
        href,
        rel: rel.to_owned(),
        ..Link::default()
    };
    let text = |value: &str, lang: &str| Text {
        lang: Some(lang.to_owned()),
        ..Text::plain(value)
    };
    let mut entries = Vec::new();
    for article in &sorted {
        let url = Route::Article {
            slug: article.slug.clone(),
        }
        .url(root);
        let lang = article.language.as_ref().map_or(own, |l| l.as_str());
        let published = date(article.published.as_str())?;
        entries.push(Entry {
            title: text(&article.title, lang),
            id: url.clone(),
            links: vec![link(url, "alternate")],
            published: Some(published),
            updated: published,
            authors: vec![Person {
                name: article.byline.clone(),
                ..Person::default()
            }],
            summary: Some(text(&article.standfirst, lang)),
            ..Entry::default()
        });
    }
    let feed = Feed {
        title: Text::plain(site.name.clone()),
        subtitle: Some(Text::plain(site.tagline.clone())),
        id: Route::HOME.url(root),
        links: vec![
            link(Route::HOME.url(root), "alternate"),
            link(root_file_url(root, FEED), "self"),
        ],
        updated: date(
            sorted
                .first()
                .map_or("1970-01-01", |a| a.published.as_str()),
        )?,
        entries,
        lang: Some(language.to_owned()),
        ..Feed::default()
    };
    let xml = feed
        .write_to(Vec::new())
        .map_err(|e| format!("{FEED}: {e}"))?;
    // The writer starts with the XML declaration itself.
    let xml = String::from_utf8(xml).map_err(|e| format!("{FEED}: {e}"))?;
    Ok(xml + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use tocsin::model::Slug;

    fn languages(tags: &[&str]) -> Vec<SiteLanguage> {
        (tags.iter())
            .map(|t| SiteLanguage {
                tag: (*t).to_owned(),
                name: (*t).to_owned(),
            })
            .collect()
    }

    #[test]
    fn a_sitemap_too_big_for_one_file_becomes_an_index_of_sitemaps() {
        let routes: Vec<Route> = (0..3)
            .map(|i| Route::Article {
                slug: Slug::parse(&format!("a-{i}")).unwrap(),
            })
            .collect();
        let two = languages(&["en", "ru"]);
        let whole: Vec<_> = sitemaps("https://x.example", &routes, &two, 6).collect();
        assert_eq!(whole.len(), 1);
        assert_eq!(whole[0].1.matches("<url>").count(), 6);
        let split: Vec<_> = sitemaps("https://x.example", &routes, &two, 4).collect();
        let names: Vec<&str> = split.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"]);
        assert!(split[0].1.contains("<sitemapindex"));
        assert!(
            split[0]
                .1
                .contains("<loc>https://x.example/sitemap-2.xml</loc>")
        );
        assert_eq!(split[1].1.matches("<url>").count(), 4);
        assert_eq!(split[2].1.matches("<url>").count(), 2);
        // Each address keeps its alternates wherever it lands.
        assert!(
            split[2]
                .1
                .contains("hreflang=\"ru\" href=\"https://x.example/ru/articles/a-2\"")
        );
        // Also where a file ends between an address's languages.
        let odd: Vec<_> = sitemaps("https://x.example", &routes, &two, 3).collect();
        assert_eq!(odd.len(), 3);
        let second = &odd[2].1;
        assert!(second.starts_with("<?xml") && second.ends_with("</urlset>\n"));
        assert!(second.contains(
            "<url><loc>https://x.example/ru/articles/a-1</loc><xhtml:link rel=\"alternate\" hreflang=\"en\" \
                href=\"https://x.example/articles/a-1\"/>"
        ));
    }

    #[test]
    fn the_feed_holds_the_latest_articles_only() {
        let demo: Article =
            serde_json::from_str(include_str!("../../../tests/fixtures/article.json")).unwrap();
        let articles: Vec<Article> = (0..FEED_ENTRIES + 10)
            .map(|i| {
                let mut a = demo.clone();
                a.slug = Slug::parse(&format!("a-{i:03}")).unwrap();
                a
            })
            .collect();
        let site: Site =
            serde_json::from_str(include_str!("../../../public/data/site.json")).unwrap();
        let feed = atom(&site, "https://x.example/ru", "ru", "en", &articles).unwrap();
        assert_eq!(feed.matches("<entry>").count(), FEED_ENTRIES);
        assert!(feed.contains("https://x.example/ru/articles/a-000<"));
        assert!(!feed.contains("/articles/a-059<"));
        // The feed is Russian readers'; each entry says its own language.
        assert!(
            feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ru\""),
            "{feed}"
        );
        assert!(feed.contains("<title xml:lang=\"en\">Kazakhstan"), "{feed}");
        assert!(
            feed.contains("<link href=\"https://x.example/ru/feed.xml\" rel=\"self\""),
            "{feed}"
        );
    }
}

//! Pre-rendering the demo content, read back by an independent parser.

use super::*;
use tocsin::model::BasePath;
use tocsin::route::Route;

/// Pre-renders the demo content into a fresh temporary folder named after
/// `name`, with a bare shell as the app's page; the folder and the routes.
fn prerender_demo(name: &str, base_url: &str, base: &BasePath) -> (std::path::PathBuf, Vec<Route>) {
    let root = crate::project::Project::locate().root;
    let dist = std::env::temp_dir().join(format!("tocsin-prerender-{name}-{}", std::process::id()));
    let written = write_test_pages(
        &root.join("public/data"),
        &root.join("public/i18n"),
        &dist,
        base_url,
        base,
    )
    .unwrap();
    (dist, written)
}

#[test]
fn the_shell_takes_the_head_tags_and_the_body() {
    let shell = "<head><title>Tocsin</title><script type=\"module\" src=\"/l.js\"></script></head><body></body>";
    let rendered = |start, fetches: &str| Rendered {
        head: "<title>A · Tocsin</title>".into(),
        fetches: fetches.into(),
        body: "<main>x</main>".into(),
        start,
        language: "en".into(),
        direction: Direction::Ltr,
        day: "2010-04-20".into(),
    };
    let page = fill_shell(shell, &rendered(Start::AfterPaint, "")).unwrap();
    assert_eq!(
        page,
        "<head><title>A · Tocsin</title><script type=\"module\" src=\"/l.js\"></script></head><body><div \
            id=\"prerendered\" data-day=\"2010-04-20\"><main>x</main></div></body>"
    );
    let later = fill_shell(shell, &rendered(Start::WhenSeen, "")).unwrap();
    assert!(later.contains(
        "<body><div id=\"prerendered\" data-day=\"2010-04-20\" data-app-start=\"when-seen\"><main>x</main>"
    ));
    // What the app fetches first, escaped as any attribute.
    let fetching =
        fill_shell(shell, &rendered(Start::AfterPaint, "/d/a.json /i/\"ru.txt")).unwrap();
    assert!(fetching.contains(
        "<div id=\"prerendered\" data-day=\"2010-04-20\" data-app-fetches=\"/d/a.json /i/&quot;ru.txt\">"
    ));
    assert!(fill_shell("<html></html>", &rendered(Start::AfterPaint, "")).is_err());
}

#[test]
fn every_demo_article_and_campaign_gets_a_page() {
    let root = crate::project::Project::locate().root;
    let (dist, written) = prerender_demo("root", "https://x.example", &BasePath::default());
    // The demo content, counted by hand: four articles (one of them the
    // Russian translation of another), five campaigns, one front page,
    // the campaigns, two months, three tags and the search page.
    let mut expected = vec![
        "/search",
        "/",
        "/campaigns",
        "/archive/2010/04",
        "/archive/2010/03",
        "/tags/kazakhstan",
        "/tags/repression",
        "/tags/trade-unions",
        "/articles/ainur-kurmanov-found-not-guilty",
        "/articles/kazakhstan-2012-founding-conference",
        "/articles/kazakhstan-ainur-kurmanov-arestovan",
        "/articles/kazakhstan-ainur-kurmanov-jailed",
        "/campaigns/demo-free-the-port-strikers",
        "/campaigns/demo-reinstate-the-oil-workers",
        "/campaigns/demo-reinstate-union-reps",
        "/campaigns/demo-save-the-library",
        "/campaigns/free-ainur-kurmanov",
    ];
    let mut paths: Vec<String> = written.iter().map(Route::path).collect();
    paths.sort();
    expected.sort();
    assert_eq!(paths, expected);
    // Each is a file of its own, and there is no other page.
    let files = super::files::PageFiles::new(paths.iter().map(String::as_str));
    for path in &paths {
        assert!(dist.join(files.file(path, None)).is_file(), "{path}");
    }
    assert!(
        dist.join("articles/kazakhstan-ainur-kurmanov-jailed.html")
            .is_file()
    );
    assert!(dist.join("campaigns/index.html").is_file());
    // Every page again in each of the site's other languages, under its segment.
    let languages = ["en", "ru", "kk", "de", "ar"];
    assert_eq!(pages_in(&dist), expected.len() * languages.len());
    for path in &paths {
        for tag in &languages[1..] {
            let file = dist.join(files.file(path, Some(tag)));
            assert!(file.is_file(), "/{tag}{path}");
        }
    }
    let ru = read(&dist.join("ru/campaigns/free-ainur-kurmanov.html")).unwrap();
    assert!(
        ru.starts_with("<!DOCTYPE html><html lang=\"ru\" dir=\"ltr\"><head>"),
        "{ru}"
    );
    assert!(
        ru.contains("<h2 id=\"act-heading\">Напишите протест</h2>"),
        "{ru}"
    );
    assert!(ru.contains("<meta property=\"og:locale\" content=\"ru_RU\" data-prerendered>"));
    // The link preview is in the page's language, from the campaign's own
    // translation.
    assert!(ru.contains("<title>Свободу Айнуру Курманову · "), "{ru}");
    assert!(ru.contains("<meta property=\"og:title\" content=\"Свободу Айнуру Курманову\""));
    assert!(ru.contains("<meta property=\"og:description\" content=\"Суд в Алматы приговорил"));
    assert!(ru.contains(
        "<link rel=\"canonical\" href=\"https://x.example/ru/campaigns/free-ainur-kurmanov\""
    ));
    for (tag, url) in [
        ("en", "https://x.example/campaigns/free-ainur-kurmanov"),
        ("kk", "https://x.example/kk/campaigns/free-ainur-kurmanov"),
        (
            "x-default",
            "https://x.example/campaigns/free-ainur-kurmanov",
        ),
    ] {
        let alternate =
            format!("<link rel=\"alternate\" hreflang=\"{tag}\" href=\"{url}\" data-prerendered>");
        assert!(ru.contains(&alternate), "{alternate}");
    }
    // The app's first data, its catalog last, fetched after the first paint,
    // never preloaded by the head.
    assert!(
        ru.contains("data-app-fetches=\"/data/campaigns/free-ainur-kurmanov.json /i18n/ru.txt\">")
    );
    assert!(!ru.contains("rel=\"preload\""));
    assert!(
        read(&dist.join("ru/feed.xml"))
            .unwrap()
            .contains("xml:lang=\"ru\""),
        "a Russian feed"
    );
    assert!(
        ru.contains("href=\"/ru/campaigns\""),
        "links stay in Russian"
    );
    let ar = read(&dist.join("ar/index.html")).unwrap();
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"), "{ar}");
    let front = read(&dist.join("index.html")).unwrap();
    assert!(front.contains("<title>Tocsin</title>"), "{front}");
    assert!(
        front.contains("<link rel=\"canonical\" href=\"https://x.example/\" data-prerendered>")
    );
    assert!(front.contains("href=\"/articles/kazakhstan-ainur-kurmanov-jailed\""));
    let month = read(&dist.join("archive/2010/04.html")).unwrap();
    assert!(
        month.contains("<title>Archive: April 2010 · Tocsin</title>"),
        "{month}"
    );
    assert!(month.contains("data-app-fetches=\"/data/lists/archive/2010-04/1.json\""));
    // The lists the app fetches are in the build, derived from the articles.
    let list = read(&dist.join("data/lists/archive/2010-04/1.json")).unwrap();
    assert!(
        list.contains("\"slug\":\"kazakhstan-ainur-kurmanov-jailed\""),
        "{list}"
    );
    assert!(dist.join("data/lists/front/1.json").is_file());
    let campaign = read(&dist.join("campaigns/free-ainur-kurmanov.html")).unwrap();
    assert!(
        campaign.contains(
            "<meta property=\"og:title\" content=\"Free Ainur Kurmanov\" data-prerendered>"
        )
    );
    let page = read(&dist.join("articles/kazakhstan-ainur-kurmanov-jailed.html")).unwrap();
    // The page holds the rules its HTML uses, and its policy allows them.
    let used = "main{margin:0}";
    assert!(page.contains(&format!("<style>{used}</style>")), "{page}");
    let policy = format!("style-src {}\"", crate::style::hash_source(used)).replace('\'', "&#39;");
    assert!(page.contains(&policy), "{page}");
    assert!(page.contains(
        "<link rel=\"canonical\" \
        href=\"https://x.example/articles/kazakhstan-ainur-kurmanov-jailed\" data-prerendered>"
    ));
    // An article starts the app when its share panel nears the view, so it
    // fetches no JSON ahead that the app might never ask for; a campaign does.
    assert!(page.contains("data-app-start=\"when-seen\"><a href=\"#main\" class=\"skip-link\">"));
    assert!(page.contains("aria-labelledby=\"share-heading\" data-needs-app"));
    assert!(!page.contains("data-app-fetches"), "{page}");
    // Each page says which day it was rendered for: the build's.
    let day = crate::content::build_day().unwrap().to_string();
    let prerendered = format!(
        "<div id=\"prerendered\" data-day=\"{day}\" \
            data-app-fetches=\"/data/campaigns/free-ainur-kurmanov.json\"><a href=\"#main\""
    );
    assert!(campaign.contains(&prerendered), "{campaign}");
    // Python's standard library, which nobody here wrote, reads the
    // preview tags, the sitemap and the feed back against the published
    // content.
    let out = std::process::Command::new("python3")
        .env("PYTHONPATH", root.join(crate::project::PYTHON_PACKAGES))
        .arg(root.join("tests/independent/check_pages.py"))
        .args([&dist, &dist.join("data")])
        .arg("https://x.example")
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::remove_dir_all(&dist).unwrap();
}

#[test]
fn under_a_sub_path_every_link_and_fetch_is_under_it() {
    let base = BasePath::parse("/tocsin").unwrap();
    let (dist, _) = prerender_demo("sub", "https://x.example/tocsin", &base);
    let front = read(&dist.join("index.html")).unwrap();
    let article = read(&dist.join("articles/kazakhstan-ainur-kurmanov-jailed.html")).unwrap();
    for page in [&front, &article] {
        // Every site address in a link starts with the base.
        for attribute in ["href=\"/", "src=\"/"] {
            for (at, _) in page.match_indices(attribute) {
                let rest = &page[at + attribute.len() - 1..];
                assert!(
                    rest.starts_with("/tocsin/"),
                    "{}",
                    &rest[..rest.len().min(60)]
                );
            }
        }
    }
    assert!(front.contains("<link rel=\"canonical\" href=\"https://x.example/tocsin/\""));
    let campaign = read(&dist.join("campaigns/free-ainur-kurmanov.html")).unwrap();
    assert!(
        campaign.contains("data-app-fetches=\"/tocsin/data/campaigns/free-ainur-kurmanov.json\"")
    );
    assert!(article.contains("<a href=\"/tocsin/\" class=\"site-name\">"));
    let sitemap = read(&dist.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>https://x.example/tocsin/tags/kazakhstan</loc>"));
    std::fs::remove_dir_all(&dist).unwrap();
}

/// How many `index.html` files there are in `dir` and below.
fn pages_in(dir: &std::path::Path) -> usize {
    let entries = std::fs::read_dir(dir).unwrap().filter_map(Result::ok);
    entries
        .map(|entry| match entry.path() {
            path if path.is_dir() => pages_in(&path),
            // Every HTML file but the bare app's.
            path => usize::from(
                path.extension().is_some_and(|e| e == "html")
                    && path.file_name().is_some_and(|n| n != "404.html"),
            ),
        })
        .sum()
}

#[test]
fn invalid_content_stops_the_build_with_the_checkers_words_before_any_page() {
    let root = crate::project::Project::locate().root;
    let scratch = std::env::temp_dir().join(format!("tocsin-invalid-{}", std::process::id()));
    let (data, dist) = (scratch.join("data"), scratch.join("dist"));
    crate::output::Output::open(&data, None)
        .copy_tree(&root.join("public/data"), "", &|_| false)
        .unwrap();
    // An article whose campaign does not exist.
    let path = data.join("articles/kazakhstan-2012-founding-conference.md");
    let article = read(&path).unwrap();
    let broken = article.replacen("tags =", "campaign = \"no-such-campaign\"\ntags =", 1);
    assert_ne!(article, broken, "the demo article changed shape");
    std::fs::write(&path, broken).unwrap();
    let error = write_test_pages(
        &data,
        &root.join("public/i18n"),
        &dist,
        "https://x.example",
        &BasePath::default(),
    )
    .unwrap_err();
    assert!(
        error.contains("kazakhstan-2012-founding-conference.md:7:"),
        "{error}"
    );
    assert!(error.contains(".md:7:1: no campaign file"), "{error}");
    assert!(error.contains("content check: 1 problem(s)"), "{error}");
    assert_eq!(pages_in(&dist), 0);
    std::fs::remove_dir_all(&scratch).unwrap();
}

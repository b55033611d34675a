use super::*;

fn every_kind() -> Vec<Route> {
    Route::every_kind()
}

#[test]
fn every_shape_of_address_has_an_example_of_its_kind() {
    let routes = every_kind();
    assert_eq!(routes.len(), ADDRESSES.len() + 1, "a shape has no example");
    for (route, (kind, shape)) in routes.iter().zip(ADDRESSES) {
        assert_eq!(route.kind(), Some(*kind), "{shape}");
        assert_eq!(route.pattern(), *shape);
        let names: Vec<&str> = route.parameters().iter().map(|(name, _)| *name).collect();
        let named: Vec<&str> = shape
            .split('/')
            .filter_map(|s| s.strip_prefix(':'))
            .collect();
        assert_eq!(names, named, "{shape}");
    }
    assert_eq!(routes.last(), Some(&Route::NotFound));
    assert_eq!(Route::NotFound.pattern(), "/*any");
}

#[test]
fn every_route_reads_back_from_its_address_at_the_root_and_under_a_sub_path() {
    let sub = BasePath::parse("/news/tocsin").unwrap();
    for route in every_kind() {
        let root = BasePath::default();
        assert_eq!(Route::parse(&route.href(&root), &root), route, "{route:?}");
        assert_eq!(Route::parse(&route.href(&sub), &sub), route, "{route:?}");
        assert!(route.href(&sub).starts_with("/news/tocsin/"), "{route:?}");
        let query = format!("{}?lang=ru#act", route.href(&root));
        assert_eq!(Route::parse(&query, &root), route, "{route:?}");
    }
}

#[test]
fn addresses_as_readers_and_crawlers_see_them() {
    let root = BasePath::default();
    let addresses: Vec<String> = every_kind().iter().map(Route::path).collect();
    assert_eq!(
        addresses,
        [
            "/",
            "/page/3",
            "/articles/free-ainur-kurmanov",
            "/campaigns",
            "/campaigns/free-ainur-kurmanov",
            "/campaigns/free-ainur-kurmanov/flyer",
            "/archive/2010/04",
            "/archive/2010/04/page/3",
            "/tags/kazakhstan",
            "/tags/kazakhstan/page/3",
            "/search",
            "/404.html",
        ]
    );
    // A trailing slash, as static hosts add to folders, names the same page.
    assert_eq!(Route::parse("/campaigns/", &root), Route::Campaigns);
    assert_eq!(Route::parse("/page/1", &root), Route::HOME);
    let url = Route::Campaigns.url("https://example.org/tocsin");
    assert_eq!(url, "https://example.org/tocsin/campaigns");
}

#[test]
fn crafted_addresses_name_no_page() {
    let root = BasePath::default();
    for crafted in [
        "/page/0",
        "/page/x",
        "/page/01",
        "/page/-1",
        "/page/99999999999999999999999",
        "/articles/../site",
        "/articles/Ainur",
        "/articles/a%20b",
        "/archive/2010/4",
        "/archive/2010/13",
        "/archive/10/04",
        "/tags/a/page/0",
        "/campaigns/x/flyer/more",
        "/data/index.json",
        "/articles",
        "//evil.example/x",
    ] {
        assert_eq!(Route::parse(crafted, &root), Route::NotFound, "{crafted}");
    }
    // Outside the base path nothing is the site's.
    let sub = BasePath::parse("/tocsin").unwrap();
    assert_eq!(Route::parse("/campaigns", &sub), Route::NotFound);
}

#[test]
fn data_files_and_preview_kinds() {
    let month = Month::parse("2010-04").unwrap();
    let slug = Slug::parse("x").unwrap();
    let paths =
        |route: Route| -> Vec<String> { route.data_files().iter().map(DataFile::path).collect() };
    assert_eq!(
        paths(Route::Month {
            month: month.clone(),
            page: 1
        }),
        ["lists/archive/2010-04/1.json"]
    );
    assert_eq!(paths(Route::Home { page: 3 }), ["lists/front/3.json"]);
    assert_eq!(paths(Route::Campaigns), ["lists/campaigns.json"]);
    let tag = Route::Tag {
        tag: slug.clone(),
        page: 2,
    };
    assert_eq!(paths(tag.clone()), ["lists/tags/x/2.json"]);
    // A list file names the page that shows it.
    for route in [tag, Route::Month { month, page: 2 }, Route::Campaigns] {
        assert_eq!(route.list().map(|l| l.route()), Some(route));
    }
    assert_eq!(
        paths(Route::Article { slug: slug.clone() }),
        ["articles/x.json", "site.json"]
    );
    assert_eq!(
        paths(Route::Flyer { slug: slug.clone() }),
        ["campaigns/x.json"]
    );
    assert!(paths(Route::NotFound).is_empty());
    let sub = BasePath::parse("/tocsin").unwrap();
    assert_eq!(
        DataFile::List(ListOf::Campaigns).href(&sub),
        "/tocsin/data/lists/campaigns.json"
    );
    assert_eq!(
        asset_href(&sub, "images/a.jpg"),
        "/tocsin/data/images/a.jpg"
    );
    let kinds: Vec<_> = every_kind().iter().map(|r| r.og_kind().as_str()).collect();
    assert_eq!(
        kinds,
        [
            "website", "website", "article", "website", "article", "website", "website", "website",
            "website", "website", "website", "website"
        ]
    );
    let tag = Route::Tag { tag: slug, page: 1 };
    assert_eq!(tag.at_page(4).path(), "/tags/x/page/4");
    assert_eq!(Route::Campaigns.at_page(4), Route::Campaigns);
}

#[test]
fn a_language_is_a_segment_after_the_base_and_the_first_language_has_none() {
    let sub = BasePath::parse("/tocsin").unwrap();
    let prefixed = ["ru".to_owned(), "kk".to_owned()];
    let article = Route::Article {
        slug: Slug::parse("x").unwrap(),
    };
    let ru = language_base(&sub, Some("ru"));
    assert_eq!(article.href(&ru), "/tocsin/ru/articles/x");
    assert_eq!(
        article.href(&language_base(&sub, None)),
        "/tocsin/articles/x"
    );
    assert_eq!(Route::parse("/tocsin/ru/articles/x", &ru), article);
    for (address, language) in [
        ("/tocsin/ru/articles/x", Some("ru")),
        ("/tocsin/kk", Some("kk")),
        ("/tocsin/kk?lang=ru", Some("kk")),
        ("/tocsin/articles/x", None),
        ("/tocsin/de/articles/x", None),
        ("/ru/articles/x", None),
        ("/tocsin/russia", None),
    ] {
        assert_eq!(
            address_language(address, &sub, &prefixed),
            language,
            "{address}"
        );
    }
    assert_eq!(
        language_root("https://example.org/tocsin", Some("ar")),
        "https://example.org/tocsin/ar"
    );
    assert_eq!(
        language_root("https://example.org", None),
        "https://example.org"
    );
    assert_eq!(catalog_href(&sub, "ru"), "/tocsin/i18n/ru.txt");
    let (en, kk) = (language_base(&sub, None), language_base(&sub, Some("kk")));
    assert_eq!(
        rebase("/tocsin/ru/articles/x?lang=kk", &ru, &kk),
        "/tocsin/kk/articles/x"
    );
    assert_eq!(rebase("/tocsin/ru", &ru, &en), "/tocsin/");
    assert_eq!(
        rebase("/tocsin/articles/x", &en, &ru),
        "/tocsin/ru/articles/x"
    );
    assert_eq!(rebase("/elsewhere", &ru, &kk), "/tocsin/kk/");
}

#[test]
fn another_language_of_a_crafted_address_stays_on_the_site() {
    let ru = language_base(&BasePath::default(), Some("ru"));
    let en = BasePath::default();
    assert_eq!(rebase("/ru//evil.example/x", &ru, &en), "/evil.example/x");
    assert_eq!(rebase("/ru/\\evil.example/x", &ru, &en), "/evil.example/x");
    assert_eq!(rebase("/ru/\t/evil.example", &ru, &en), "/evil.example");
    assert_eq!(rebase("/ru/articles//x/", &ru, &en), "/articles/x");
}

#[test]
fn search_words_go_in_the_fragment_and_come_back_out_of_it() {
    let ru = language_base(&BasePath::parse("/tocsin").unwrap(), Some("ru"));
    let href = search_href(&ru, "Курманов & co #1");
    assert_eq!(
        href,
        "/tocsin/ru/search#q=%D0%9A%D1%83%D1%80%D0%BC%D0%B0%D0%BD%D0%BE%D0%B2%20%26%20co%20%231"
    );
    let fragment = &href[href.find('#').unwrap()..];
    assert_eq!(
        fragment_words(fragment).as_deref(),
        Some("Курманов & co #1")
    );
    assert_eq!(fragment_words("q=a+b").as_deref(), Some("a+b"));
    assert_eq!(fragment_words("#x=1&q=%FF").as_deref(), Some("\u{fffd}"));
    for none in ["", "#", "#x=1", "#qq=1"] {
        assert_eq!(fragment_words(none), None, "{none}");
    }
}

use super::*;

/// `per_month` articles in each of three months, every third tagged
/// `union`, and two campaigns, one active.
fn content(per_month: usize) -> ListContent {
    let months = ["2010-03", "2010-04", "2010-05"];
    let shard = |month: &str| -> IndexShard {
        let articles: Vec<String> = (0..per_month)
            .map(|i| {
                let tags = if i % 3 == 0 { r#"["union"]"# } else { "[]" };
                format!(
                    r#"{{"slug": "a-{month}-{i}", "title": "{month} {i}", "standfirst": "",
                        "published": "{month}-{:02}", "tags": {tags}}}"#,
                    i % 28 + 1
                )
            })
            .collect();
        let json = format!(
            r#"{{"month": "{month}", "articles": [{}]}}"#,
            articles.join(",")
        );
        serde_json::from_str(&json).unwrap()
    };
    let entries: Vec<String> = months
        .iter()
        .map(|m| format!(r#"{{"month": "{m}", "articles": {per_month}}}"#))
        .collect();
    let manifest = format!(
        r#"{{"months": [{}], "campaigns": [
            {{"slug": "won-case", "title": "Won", "status": "won"}},
            {{"slug": "free-ainur-kurmanov", "title": "Free", "status": "active"}}]}}"#,
        entries.join(",")
    );
    let campaign = include_str!("../../public/data/campaigns/free-ainur-kurmanov.json");
    ListContent {
        manifest: serde_json::from_str(&manifest).unwrap(),
        shards: months.iter().map(|m| shard(m)).collect(),
        campaigns: vec![serde_json::from_str(campaign).unwrap()],
    }
}

fn paths(files: &[DataFile]) -> Vec<String> {
    files.iter().map(DataFile::path).collect()
}

#[test]
fn the_front_page_fetches_only_its_shards_and_the_active_campaigns() {
    let content = content(9);
    let second = Route::Home { page: 2 };
    let files = list_files(&second, &content.manifest).unwrap();
    // Articles 11 to 20, newest first, start in April and run into March.
    assert_eq!(
        paths(&files),
        [
            "index/2010-04.json",
            "index/2010-03.json",
            "campaigns/free-ainur-kurmanov.json"
        ]
    );
    let Some(ListPage::Front(front)) = list_page(&second, &content) else {
        panic!("not a front page");
    };
    assert_eq!(front.paging, Paging { page: 2, pages: 3 });
    assert_eq!(front.articles.len(), 10);
    assert_eq!(front.articles[0].slug.as_str(), "a-2010-04-7");
    let slugs: Vec<_> = front.campaigns.iter().map(|c| c.slug.as_str()).collect();
    assert_eq!(slugs, ["free-ainur-kurmanov"]);
}

#[test]
fn tags_are_paged_and_a_page_past_the_end_is_no_page() {
    let content = content(30);
    // 10 tagged articles a month, 30 in all: three pages.
    let tag = Slug::parse("union").unwrap();
    let at = |page| Route::Tag {
        tag: tag.clone(),
        page,
    };
    let Some(ListPage::Tag(third)) = list_page(&at(3), &content) else {
        panic!("no third page");
    };
    assert_eq!(third.paging, Paging { page: 3, pages: 3 });
    assert_eq!(third.articles.len(), 10);
    assert_eq!(list_page(&at(4), &content), None);
    // An unused tag still has its first, empty page.
    let unused = Route::Tag {
        tag: Slug::parse("none").unwrap(),
        page: 1,
    };
    assert!(
        matches!(list_page(&unused, &content), Some(ListPage::Tag(t)) if t.articles.is_empty())
    );
}

#[test]
fn a_month_without_articles_fetches_no_shard_and_lists_nothing() {
    let content = content(3);
    let june = Route::Month {
        month: Month::parse("2010-06").unwrap(),
    };
    assert_eq!(list_files(&june, &content.manifest), Some(Vec::new()));
    let Some(ListPage::Month(list)) = list_page(&june, &content) else {
        panic!("no month page");
    };
    assert!(list.articles.is_empty());
    assert_eq!(
        list.neighbours.older.map(|m| m.to_string()).as_deref(),
        Some("2010-05")
    );
    let article = Route::Article {
        slug: Slug::parse("x").unwrap(),
    };
    assert_eq!(list_files(&article, &content.manifest), None);
    assert_eq!(list_page(&article, &content), None);
}

#[test]
fn every_list_page_is_listed_once_and_each_assembles() {
    let content = content(30);
    let routes = list_routes(&content);
    let addresses: Vec<String> = routes.iter().map(Route::path).collect();
    assert_eq!(
        addresses,
        [
            "/",
            "/page/2",
            "/page/3",
            "/page/4",
            "/page/5",
            "/page/6",
            "/page/7",
            "/page/8",
            "/page/9",
            "/campaigns",
            "/archive/2010/03",
            "/archive/2010/04",
            "/archive/2010/05",
            "/tags/union",
            "/tags/union/page/2",
            "/tags/union/page/3",
        ]
    );
    for route in &routes {
        assert!(list_page(route, &content).is_some(), "{route:?}");
    }
}

#[test]
fn titles_carry_the_sites_name_and_the_pages_own() {
    let content = content(30);
    let title = |route: &Route| {
        let page = list_page(route, &content).unwrap();
        page_title("Tocsin", route, PageContent::List(&page))
    };
    assert_eq!(title(&Route::HOME), "Tocsin");
    assert_eq!(
        title(&Route::Home { page: 2 }),
        "Latest articles, page 2 · Tocsin"
    );
    assert_eq!(title(&Route::Campaigns), "Campaigns · Tocsin");
    let april = Route::Month {
        month: Month::parse("2010-04").unwrap(),
    };
    assert_eq!(title(&april), "Archive: April 2010 · Tocsin");
    let tag = Route::Tag {
        tag: Slug::parse("union").unwrap(),
        page: 2,
    };
    assert_eq!(title(&tag), "#union, page 2 · Tocsin");
    let campaign = &content.campaigns[0];
    let flyer = Route::Flyer {
        slug: campaign.slug.clone(),
    };
    let flyer_title = page_title("News", &flyer, PageContent::Campaign(campaign));
    assert_eq!(flyer_title, format!("Flyer: {} · News", campaign.title));
    assert_eq!(
        page_title("", &Route::NotFound, PageContent::Missing),
        "Page not found"
    );
}

use super::*;
use crate::i18n::english;

/// A list file of page `page` of `pages` with `n` articles.
fn file(page: usize, pages: usize, n: usize) -> ListFile {
    let articles: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"slug": "a-{i}", "title": "Story {i}", "standfirst": "",
                    "published": "2010-04-{:02}", "tags": ["union"]}}"#,
                28 - i
            )
        })
        .collect();
    let json = format!(
        r#"{{"page": {page}, "pages": {pages}, "articles": [{}], "older": "2010-03",
            "campaigns": [{{"slug": "won-case", "title": "Won", "status": "won"}}]}}"#,
        articles.join(",")
    );
    serde_json::from_str(&json).unwrap()
}

fn campaign() -> Campaign {
    serde_json::from_str(include_str!(
        "../../../../public/data/campaigns/free-ainur-kurmanov.json"
    ))
    .unwrap()
}

#[test]
fn each_list_page_reads_its_own_part_of_the_file() {
    let mut front = file(2, 3, 10);
    front.actions = vec![campaign()];
    let Some(ListPage::Front(list)) = list_page(&Route::Home { page: 2 }, front) else {
        panic!("not a front page");
    };
    assert_eq!(list.paging, Paging { page: 2, pages: 3 });
    assert_eq!((list.articles.len(), list.campaigns.len()), (10, 1));
    let april = Route::Month {
        month: Month::parse("2010-04").unwrap(),
        page: 1,
    };
    let Some(ListPage::Month(month)) = list_page(&april, file(1, 1, 4)) else {
        panic!("not a month page");
    };
    assert_eq!(
        month.neighbours.older.map(|m| m.to_string()).as_deref(),
        Some("2010-03")
    );
    assert_eq!(month.neighbours.newer, None);
    let Some(ListPage::Campaigns(campaigns)) = list_page(&Route::Campaigns, file(1, 1, 0)) else {
        panic!("not the campaigns page");
    };
    assert_eq!(campaigns[0].slug.as_str(), "won-case");
    // A file that says no pages still has its one page.
    let tag = Route::Tag {
        tag: Slug::parse("union").unwrap(),
        page: 1,
    };
    let Some(ListPage::Tag(tagged)) = list_page(&tag, file(1, 0, 0)) else {
        panic!("not a tag page");
    };
    assert_eq!(tagged.paging, Paging { page: 1, pages: 1 });
    let article = Route::Article {
        slug: Slug::parse("x").unwrap(),
    };
    assert_eq!(list_page(&article, file(1, 1, 1)), None);
}

#[test]
fn titles_carry_the_sites_name_and_the_pages_own() {
    let title = |route: &Route| {
        let at = match route {
            Route::Home { page } | Route::Tag { page, .. } => *page,
            _ => 1,
        };
        let page = list_page(route, file(at, 3, 10)).unwrap();
        page_title("Tocsin", route, PageContent::List(&page), english())
    };
    assert_eq!(title(&Route::HOME), "Tocsin");
    assert_eq!(
        title(&Route::Home { page: 2 }),
        "Latest articles, page 2 · Tocsin"
    );
    assert_eq!(title(&Route::Campaigns), "Campaigns · Tocsin");
    let april = Route::Month {
        month: Month::parse("2010-04").unwrap(),
        page: 1,
    };
    assert_eq!(title(&april), "Archive: April 2010 · Tocsin");
    let tag = Route::Tag {
        tag: Slug::parse("union").unwrap(),
        page: 2,
    };
    assert_eq!(title(&tag), "#union, page 2 · Tocsin");
    let campaign = campaign();
    let flyer = Route::Flyer {
        slug: campaign.slug.clone(),
    };
    let flyer_title = page_title("News", &flyer, PageContent::Campaign(&campaign), english());
    assert_eq!(flyer_title, format!("Flyer: {} · News", campaign.title));
    assert_eq!(
        page_title("", &Route::NotFound, PageContent::Missing, english()),
        "Page not found"
    );
}

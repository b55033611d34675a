//! The pre-rendered pages against the demo content.

use super::*;
use crate::model::{BasePath, Date};
use crate::route::OgKind;

fn site() -> SiteFrame {
    SiteFrame {
        base: BasePath::default(),
        name: "Tocsin".into(),
        root: "https://x.example".into(),
        languages: Vec::new(),
        today: Date::parse("2010-04-20").unwrap(),
    }
}

fn demo_article() -> Article {
    serde_json::from_str(include_str!("../../tests/fixtures/article.json")).unwrap()
}

#[test]
fn head_tags_escape_every_value() {
    let meta = PageMeta {
        title: "\"><script>alert(1)</script> · Tocsin".into(),
        own_title: "\"><script>alert(1)</script>".into(),
        description: "a & b".into(),
        url: "https://x.example/a?b=\"c\"".into(),
        site_name: "Tocsin".into(),
        kind: OgKind::Article,
        published: Some(Date::parse("2010-04-15").unwrap()),
        image: None,
        app_fetches: vec!["/data/a.json".into()],
        language: "en".into(),
        direction: crate::i18n::Direction::Ltr,
        locale: "en_GB\"><script>".into(),
        alternates: vec![("ru\"".into(), "https://x.example/ru/a?b=\"c\"".into())],
    };
    let tags = meta.head_tags();
    assert!(!tags.contains("<script"), "{tags}");
    assert!(tags.contains("<meta property=\"og:title\" content=\"&quot;&gt;&lt;script&gt;"));
    assert!(tags.contains("<meta name=\"description\" content=\"a &amp; b\" data-prerendered>"));
    assert!(tags.contains(
        "<meta property=\"article:published_time\" content=\"2010-04-15\" data-prerendered>"
    ));
    assert!(
        !tags.contains("/data/a.json"),
        "fetched by the loader, not the head"
    );
    assert!(
        tags.contains("<meta property=\"og:locale\" content=\"en_GB&quot;&gt;&lt;script&gt;\"")
    );
    assert!(tags.contains("hreflang=\"ru&quot;\" href=\"https://x.example/ru/a?b=&quot;c&quot;\""));
}

#[test]
fn the_campaign_renders_with_its_demands_targets_and_a_plain_mail_link() {
    let campaign: Campaign = serde_json::from_str(include_str!(
        "../../public/data/campaigns/free-ainur-kurmanov.json"
    ))
    .unwrap();
    let embassies: crate::model::Directory = serde_json::from_str(include_str!(
        "../../public/data/directories/kazakhstan-embassies.json"
    ))
    .unwrap();
    let campaign = campaign.with_directories(|_| Some(&embassies)).unwrap();
    let html = campaign_body(campaign.clone(), &site());
    assert!(html.contains(&format!("<h1>{}</h1>", escape(&campaign.title))));
    for demand in &campaign.demands {
        assert!(html.contains(&escape(demand)), "{demand}");
    }
    for target in &campaign.targets {
        assert!(html.contains(target.email.as_str()), "{}", target.email);
    }
    let start = html
        .find("class=\"plain-letter\"")
        .expect("a plain letter for readers the app cannot reach");
    let plain = &html[start..];
    // A letter short enough for any device goes whole in one link, with
    // %20 for spaces and prompts in words.
    let whole = link(plain, "plain-link\"");
    assert!(
        whole.starts_with("mailto:gp-rk@mail.online.kz?subject="),
        "{whole}"
    );
    assert!(whole.contains("&amp;body=") && whole.contains("%20") && !whole.contains('+'));
    assert!(
        whole.contains(&crate::share::encode("[your name]")),
        "{whole}"
    );
    // The embassy cannot be chosen without the app: its addresses, to copy.
    assert!(plain.contains("this page cannot add it for you"), "{plain}");
    assert!(plain.contains("kz-embassy.de@example.org"));
    assert!(plain.contains("[your name]"));
    // The letter form sends from the first paint, with the letter its box
    // shows: the Russian one the campaign recommends, too long for a
    // computer's link, so whole on touch screens only.
    let form = &html[html.find("class=\"composer\"").expect("the letter form")..start];
    let touch = link(form, "on-touch");
    assert!(
        touch.contains(&crate::share::encode("Я решительно протестую")),
        "{touch}"
    );
    assert!(!link(form, "on-desk").contains("body="));
    // The form already holds the campaign's letter, as the app shows it.
    let textarea = &html[html
        .find("<textarea id=\"letter-body\"")
        .expect("the letter box")..];
    // In the language the campaign recommends for its targets.
    let draft = crate::compose::Draft::first(&campaign, &Preset::default(), None, 0);
    let shown = draft.compose(&campaign, crate::i18n::english()).shown;
    let first_line = shown.lines().next().unwrap();
    assert_eq!(first_line, "Уважаемый господин прокурор!");
    assert!(
        textarea[textarea.find('>').unwrap() + 1..].starts_with(&escape(first_line)),
        "{}",
        &textarea[..200]
    );
    // The form is usable from the first paint: only its buttons that need
    // the app wait for it.
    assert!(!html.contains("<fieldset disabled"));
    assert!(html.contains("disabled class=\"secondary\">Start again"));
    assert!(!html.contains("{sender_name}"));
    assert!(!html.contains("<!>"));
}

#[test]
fn the_article_renders_in_the_app_frame_with_its_text() {
    let article = demo_article();
    let first = match &article.body[0] {
        crate::model::Block::Paragraph(text) => text.plain_text(),
        other => panic!("{other:?}"),
    };
    let html = article_body(article.clone(), None, None, &site());
    assert!(
        html.starts_with("<a href=\"#main\" class=\"skip-link\">"),
        "{}",
        &html[..80]
    );
    assert!(html.contains("<main id=\"main\" tabindex=\"-1\"><article"));
    assert!(html.contains(&format!("<h1>{}</h1>", escape(&article.title))));
    assert!(html.contains(&first[..40]));
    assert!(!html.contains("<!>"));
}

#[test]
fn an_article_with_an_image_gets_a_large_preview_card() {
    let mut article = demo_article();
    assert_eq!(lead_image(&article), None);
    let image: crate::model::Block = serde_json::from_str(
        r#"{"image": {"src": "images/court.jpg", "alt": "The court in \"Almaty\"", "width": 800, "height": 600}}"#,
    )
    .unwrap();
    article.body.insert(1, image);
    let (src, alt) = lead_image(&article).expect("the image");
    assert_eq!(
        (src.as_str(), alt),
        ("images/court.jpg", "The court in \"Almaty\"")
    );
    let sub = SiteFrame {
        base: BasePath::parse("/tocsin").unwrap(),
        name: "News".into(),
        root: "https://x.example/tocsin".into(),
        languages: Vec::new(),
        today: Date::parse("2010-04-20").unwrap(),
    };
    let route = Route::Article {
        slug: article.slug.clone(),
    };
    let meta = PageMeta::new(&sub, &route, crate::listing::PageContent::Article(&article));
    assert_eq!(meta.title, format!("{} · News", article.title));
    assert_eq!(meta.own_title, article.title);
    assert_eq!(meta.kind, OgKind::Article);
    assert_eq!(meta.published, Some(article.published.clone()));
    let tags = meta.head_tags();
    assert!(tags.contains(
        "<meta property=\"og:image\" content=\"https://x.example/tocsin/data/images/court.jpg\" data-prerendered>"
    ));
    assert!(tags.contains("content=\"The court in &quot;Almaty&quot;\""));
    assert!(tags.contains("<meta name=\"twitter:card\" content=\"summary_large_image\""));
    // X falls back to Open Graph for the rest: no page says it twice.
    for twice in ["twitter:title", "twitter:description", "twitter:image"] {
        assert!(!tags.contains(twice), "{twice}");
    }
}

/// The address of the first link after `class` in `html`.
fn link<'a>(html: &'a str, class: &str) -> &'a str {
    let from = &html[html.find(class).unwrap_or_else(|| panic!("no {class}"))..];
    let href = &from[from.find("href=\"").unwrap() + 6..];
    &href[..href.find('"').unwrap()]
}

#[test]
fn a_long_letter_goes_whole_to_touch_screens_and_by_subject_elsewhere() {
    let mut campaign: Campaign = serde_json::from_str(include_str!(
        "../../public/data/campaigns/free-ainur-kurmanov.json"
    ))
    .unwrap();
    let letter = &mut campaign.letters[0];
    let longer = letter.body.source().repeat(3);
    letter.body = crate::model::Template::parse(&longer).unwrap();
    let html = campaign_body(campaign, &site());
    let plain = &html[html.find("class=\"plain-letter\"").unwrap()..];
    let touch = link(plain, "on-touch");
    assert!(
        touch.contains("&amp;body=") && touch.len() > 2_000,
        "{touch}"
    );
    let desk = link(plain, "on-desk");
    assert!(
        desk.starts_with("mailto:gp-rk@mail.online.kz?subject="),
        "{desk}"
    );
    assert!(!desk.contains("body="), "{desk}");
    // Each link says what it carries.
    let touch_part = &plain[plain.find("on-touch").unwrap()..plain.find("on-desk").unwrap()];
    assert!(touch_part.contains("opens with the whole letter"));
    let desk_part = &plain[plain.find("on-desk").unwrap()..];
    assert!(desk_part.contains("copy the letter from this page"));
}

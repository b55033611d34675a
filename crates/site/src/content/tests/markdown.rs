//! Articles in Markdown: what the block model carries comes through, what
//! it cannot carry is refused at its line, and JSON articles turn into
//! Markdown without losing anything.

use super::{check, read_tree, repo};
use crate::content::markdown::{self, normalized};
use crate::content::{Content, migrate};
use crate::scratch::Scratch;
use std::collections::BTreeMap;
use tocsin::model::{Article, BasePath};

/// The front matter every test article starts with; its body starts on
/// line 8.
const FRONT: &str = "+++
title = \"Суд в Алматы\"
standfirst = \"Айнур Курманов снова под арестом.\"
published = 2010-04-15
byline = \"КРИ\"
section = \"Азия\"
+++
";

/// The checker's problems for an article `articles/a.md` of `text` added
/// to the demo content, as (file, line, message).
fn problems(name: &str, text: &str) -> Vec<(String, usize, String)> {
    let mut files: BTreeMap<String, Vec<u8>> = read_tree(&repo().join("public/data")).unwrap();
    files.insert(format!("articles/{name}"), text.as_bytes().to_vec());
    (check(&files).into_iter())
        .map(|p| (p.file, p.line, p.message))
        .collect()
}

#[test]
fn what_the_model_cannot_carry_is_refused_at_its_line_with_what_to_write() {
    let cases: &[(&str, usize, &str)] = &[
        (
            "Text\n\n<script>alert(1)</script>\n",
            10,
            "raw HTML is not published",
        ),
        ("Text with <b>bold</b> in it.\n", 8, "raw HTML"),
        ("# Top\n", 8, "the title is the page's only top heading"),
        ("#### Small\n", 8, "write ## or ###"),
        ("| a | b |\n|---|---|\n| 1 | 2 |\n", 8, "a table"),
        ("Said.[^1]\n\n[^1]: Source.\n", 8, "footnote"),
        ("Run `rm -rf`.\n", 8, "(code)"),
        ("```\ncode\n```\n", 8, "a code block"),
        ("- a\n  - b\n", 8, "one level deep"),
        ("***bold and italic***\n", 8, "marks do not nest"),
        (
            "[**bold link**](https://example.org)\n",
            8,
            "marks do not nest",
        ),
        ("[x](http://example.org)\n", 8, "starts with https://"),
        ("[x](other.html)\n", 8, "to a page of this site with /"),
        (
            "Text ![alt](images/x.jpg) more.\n",
            8,
            "on a line of its own",
        ),
        (
            "![alt](images/none.jpg)\n",
            8,
            "no image file images/none.jpg",
        ),
        ("One  \ntwo\n", 8, "start a new paragraph"),
        ("~~gone~~\n", 8, "struck-through"),
        ("- [ ] task\n", 8, "task box"),
        ("Text\n\n---\n", 10, "horizontal rule"),
        ("> one\n>\n> two\n", 8, "a quote is one paragraph"),
        ("[x](/nowhere/at/all)\n", 8, "is no page of this site"),
        (
            "[x](/campaigns/free-ainur-kurmanov/)\n",
            8,
            "write the page's address as /campaigns/free-ainur-kurmanov",
        ),
    ];
    let mut failures = Vec::new();
    for (body, line, fragment) in cases {
        let found = problems("a.md", &format!("{FRONT}{body}"));
        let matches = !found.is_empty()
            && found.iter().all(|(file, _, _)| file == "articles/a.md")
            && (found.iter()).any(|(_, l, m)| l == line && m.contains(fragment));
        if !matches {
            failures.push(format!(
                "{body:?}: expected line {line} «{fragment}», found {found:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn front_matter_mistakes_are_named_at_their_line() {
    let with = |from: &str, to: &str| {
        let text = format!("{FRONT}Text.\n").replacen(from, to, 1);
        assert_ne!(text, format!("{FRONT}Text.\n"));
        problems("a.md", &text)
    };
    let one = |found: Vec<(String, usize, String)>, line: usize, fragment: &str| {
        assert!(
            (found.iter()).any(|(_, l, m)| *l == line && m.contains(fragment)),
            "line {line} «{fragment}»: {found:?}"
        );
    };
    one(
        with("title =", "titel ="),
        2,
        "unknown field `titel`: did you mean `title`?",
    );
    one(with("title =", "titel ="), 1, "`title` is missing");
    one(
        with("\"Суд в Алматы\"", "“Суд в Алматы”"),
        2,
        "curly quotes",
    );
    one(
        with("2010-04-15", "2010-04-15T10:00:00"),
        4,
        "write a day such as 2010-04-15",
    );
    one(
        with("byline", "slug = \"a\"\nbyline"),
        5,
        "the slug is the file's name",
    );
    one(
        with("+++\ntitle", "title"),
        1,
        "starts with its front matter",
    );
    // A date may be quoted, and a draft is checked as any article.
    assert_eq!(with("2010-04-15", "\"2010-04-15\""), Vec::new());
    assert_eq!(with("section", "draft = true\nsection"), Vec::new());
}

#[test]
fn a_file_name_is_the_slug_and_one_article_has_one_file() {
    let found = problems("Суд в Алматы.md", &format!("{FRONT}Text.\n"));
    assert!(
        (found.iter()).any(|(_, _, m)| m.contains("rename it articles/sud-v-almaty.md")),
        "{found:?}"
    );
    let demo = "kazakhstan-ainur-kurmanov-jailed";
    let found = problems(&format!("{demo}.json"), "{}");
    assert!(
        (found.iter())
            .any(|(f, _, m)| f == &format!("articles/{demo}.md") && m.contains("the same article")),
        "{found:?}"
    );
}

#[test]
fn a_russian_article_builds_into_a_page_and_the_json_the_app_reads() {
    let scratch = Scratch::new("russian");
    let (data, dist) = (scratch.0.join("data"), scratch.0.join("dist"));
    let output = crate::output::Output::open(&data, None);
    output
        .copy_tree(&repo().join("public/data"), "", &|_| false)
        .unwrap();
    let body = "Суд приговорил **Айнура Курманова** к 14 суткам ареста, сообщает \
        [socialistworld.net](https://www.socialistworld.net/).\n\n\
        ## Что делать\n\n\
        Пишите протесты:\n\n\
        1. прокурору Алматы;\n\
        2. в посольство Казахстана — *срочно*.\n\n\
        > Мартовский процесс был фарсом.\n\
        > — Отчёт КРИ\n\n\
        Подробнее в [кампании](/campaigns/free-ainur-kurmanov).\n";
    let text = format!(
        "{}{body}",
        FRONT.replace("+++\ntitle", "+++\nlanguage = \"ru\"\ntitle")
    );
    std::fs::write(data.join("articles/sud-v-almaty.md"), text).unwrap();
    std::fs::write(
        data.join("articles/chernovik.md"),
        format!(
            "{}Черновик.\n",
            FRONT.replace("title", "draft = true\ntitle")
        ),
    )
    .unwrap();
    let i18n = repo().join("public/i18n");
    crate::prerender::write_test_pages(
        &data,
        &i18n,
        &dist,
        "https://x.example",
        &BasePath::default(),
    )
    .unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&crate::read(&dist.join("data/articles/sud-v-almaty.json")).unwrap())
            .unwrap();
    let blocks = json["body"].to_string();
    for part in [
        r#"{"strong":"Айнура Курманова"}"#,
        r#"{"link":{"href":"https://www.socialistworld.net/","text":"socialistworld.net"}}"#,
        r#"{"heading":"Что делать"}"#,
        r#""ordered":true"#,
        r#"{"quote":{"cite":"Отчёт КРИ","text":["Мартовский процесс был фарсом."]}}"#,
        r#"{"page":{"path":"/campaigns/free-ainur-kurmanov","text":"кампании"}}"#,
    ] {
        assert!(blocks.contains(part), "{part} not in {blocks}");
    }
    assert!(
        !dist.join("data/articles/chernovik.json").exists(),
        "a draft is published"
    );
    let page = crate::read(&dist.join("ru/articles/sud-v-almaty.html")).unwrap();
    for part in [
        "<strong>Айнура Курманова</strong>",
        "<a href=\"https://www.socialistworld.net/\" rel=\"noopener noreferrer\">socialistworld.net</a>",
        "<h2>Что делать</h2>",
        "<ol>",
        "<blockquote",
        "Отчёт КРИ",
        "<a href=\"/ru/campaigns/free-ainur-kurmanov\">кампании</a>",
    ] {
        assert!(page.contains(part), "{part} not in the page");
    }
}

#[test]
fn every_demo_and_generated_article_migrates_to_markdown_that_reads_back_the_same() {
    let scratch = Scratch::new("migrate");
    let project = crate::project::Project::locate();
    let generated = scratch.0.join("generated");
    crate::content::generate_archive(&project, 300, &generated).unwrap();
    for data in [repo().join("public/data"), generated] {
        let before = Content::read(&data).unwrap().articles;
        let copy = scratch.0.join("copy");
        let _ = std::fs::remove_dir_all(&copy);
        crate::output::Output::open(&copy, None)
            .copy_tree(&data, "", &|f| f.ends_with(".md"))
            .unwrap();
        std::fs::create_dir_all(copy.join("articles")).unwrap();
        for article in &before {
            let path = copy.join(format!("articles/{}.json", article.slug));
            std::fs::write(path, serde_json::to_string_pretty(article).unwrap()).unwrap();
        }
        assert_eq!(migrate::migrate(&copy).unwrap(), before.len());
        let after = Content::read(&copy).unwrap().articles;
        let shown = |articles: &[Article]| articles.iter().map(normalized).collect::<Vec<_>>();
        assert_eq!(shown(&after), shown(&before), "{}", data.display());
        assert!(
            std::fs::read_dir(copy.join("articles"))
                .unwrap()
                .all(|e| { e.unwrap().path().extension().is_some_and(|x| x == "md") })
        );
    }
}

#[test]
fn an_article_that_would_lose_something_stays_json() {
    let text = std::fs::read_to_string(repo().join("tests/fixtures/article.json")).unwrap();
    let mut article: Article = serde_json::from_str(&text).unwrap();
    // A line break inside a heading shows as a space, so nothing is lost;
    // an image whose file is not there cannot be written.
    article.body.push(tocsin::model::Block::Image {
        src: tocsin::model::AssetPath::parse("images/gone.jpg").unwrap(),
        alt: "Gone".into(),
        caption: None,
        width: 10,
        height: 10,
    });
    let why = migrate::as_markdown(&article, &|_| None).unwrap_err();
    assert!(why.contains("no image file images/gone.jpg"), "{why}");
    assert!(
        markdown::write(&article)
            .unwrap()
            .contains("![Gone](images/gone.jpg)")
    );
}

#[test]
fn two_lists_in_a_row_stay_two_and_an_empty_item_is_refused() {
    let text = format!("{FRONT}- one\n- two\n\n* three\n\n1. four\n\n1) five\n");
    let read = markdown::read("a", &text, &|_| None).unwrap();
    let article: Article = serde_json::from_value(read.json).unwrap();
    assert_eq!(article.body.len(), 4, "{:?}", article.body);
    let written = markdown::write(&article).unwrap();
    let again = markdown::read("a", &written, &|_| None).unwrap();
    let again: Article = serde_json::from_value(again.json).unwrap();
    assert_eq!(normalized(&again), normalized(&article), "{written}");
    // Found by the fuzzer: an empty item, which would come back as another.
    let found = problems("a.md", &format!("{FRONT}- one\n-\n"));
    assert!(
        (found.iter()).any(|(_, line, m)| *line == 8 && m.contains("an empty list item")),
        "{found:?}"
    );
}

#[test]
fn a_link_address_with_brackets_spaces_or_backslashes_reads_back_the_same() {
    // Found by the fuzzer: `<` in a path was dropped on the way back.
    for to in [
        "/<x",
        "/a b(c)",
        "/a\\b>",
        "https://example.org/a_(b)",
        "https://e.org/a(b",
    ] {
        let span = match to.starts_with('/') {
            true => serde_json::json!({"page": {"text": "x", "path": to}}),
            false => serde_json::json!({"link": {"text": "x", "href": to}}),
        };
        let json = serde_json::json!({
            "slug": "a", "title": "T", "standfirst": "S", "published": "2010-04-15", "byline": "B",
            "section": "A", "body": [{"paragraph": [span]}]
        });
        let article: Article = serde_json::from_value(json).unwrap();
        let written = markdown::write(&article).unwrap();
        let again = markdown::read("a", &written, &|_| None).unwrap();
        let again: Article = serde_json::from_value(again.json).unwrap();
        assert_eq!(normalized(&again), normalized(&article), "{written}");
    }
}

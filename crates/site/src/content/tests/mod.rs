//! The content checker against the shipped demo content, the schema drift
//! guard, and (in `malformed`) a table of bad inputs with exact locations.

mod canonical;
mod catalogs;
mod directories;
mod editors;
mod malformed;
mod markdown;

use super::check::{Problem, check};
use super::{read_tree, schema};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::path::Path;
use tocsin::model::{Article, Campaign, Directory, Site};

pub(super) fn repo() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

#[test]
fn shipped_demo_content_is_valid() {
    let files = read_tree(&repo().join("public/data")).unwrap();
    assert!(files.len() >= 9, "{:?}", files.keys());
    assert_eq!(check(&files), Vec::<Problem>::new());
}

fn round_trip<T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug>(
    path: &str,
    bytes: &[u8],
) {
    let value: T = serde_json::from_slice(bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
    let again: T = serde_json::from_str(&serde_json::to_string(&value).unwrap()).unwrap();
    assert_eq!(again, value, "{path}");
}

#[test]
fn every_demo_file_round_trips_through_the_types() {
    let files = read_tree(&repo().join("public/data")).unwrap();
    for (path, bytes) in &files {
        match path.split('/').next() {
            Some("site.json") => round_trip::<Site>(path, bytes),
            Some("campaigns") => round_trip::<Campaign>(path, bytes),
            Some("directories") => round_trip::<Directory>(path, bytes),
            _ => {}
        }
    }
}

#[test]
fn committed_schemas_match_the_types() {
    for (name, text) in schema::generate() {
        let path = repo().join(schema::DIR).join(name);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == text,
            "{} is stale: run `cargo xtask content schema`",
            path.display()
        );
    }
}

/// Every example in the editors' guide, in Markdown or JSON, decodes into
/// one of the content types and follows their rules, so the guide cannot
/// drift from what the checker accepts.
#[test]
fn examples_in_the_editors_guide_are_valid() {
    use tocsin::validate;
    let guide = std::fs::read_to_string(repo().join("docs/content.md")).unwrap();
    let examples = |fence: &str| -> Vec<String> {
        (guide.split(fence).skip(1))
            .filter_map(|rest| rest.split("\n```").next())
            .map(|example| format!("{example}\n"))
            .collect()
    };
    let articles = examples("```markdown\n");
    assert!(!articles.is_empty(), "no Markdown article in the guide");
    for example in &articles {
        let read = super::markdown::read("example", example, &|_| None)
            .unwrap_or_else(|refused| panic!("{refused:?} in the guide's article:\n{example}"));
        let article: Article = serde_json::from_value(read.json).unwrap();
        assert_eq!(validate::article(&article), Vec::new(), "{example}");
    }
    let examples = examples("```json\n");
    assert!(examples.len() >= 4, "found {} examples", examples.len());
    for example in examples.iter().map(String::as_str) {
        let valid = if let Ok(c) = serde_json::from_str::<Campaign>(example) {
            validate::campaign(&c).is_empty()
        } else if let Ok(d) = serde_json::from_str::<Directory>(example) {
            validate::directory(&d).is_empty()
        } else {
            serde_json::from_str::<Site>(example).is_ok()
        };
        assert!(
            valid,
            "this example in docs/content.md is not valid content:\n{example}"
        );
    }
}

#[test]
fn a_hand_kept_index_is_refused_with_a_pointer_to_the_derived_lists() {
    let mut files = read_tree(&repo().join("public/data")).unwrap();
    for old in ["index.json", "index/2010-04.json", "lists/front/1.json"] {
        files.insert(old.to_owned(), b"{}".to_vec());
    }
    let found = check(&files);
    let files: Vec<&str> = found.iter().map(|p| p.file.as_str()).collect();
    assert_eq!(
        files,
        ["index.json", "index/2010-04.json", "lists/front/1.json"]
    );
    assert!(
        found
            .iter()
            .all(|p| p.message.contains("derives the lists"))
    );
}

#[test]
fn files_that_could_run_on_the_site_are_refused_and_images_are_raster() {
    let mut files = read_tree(&repo().join("public/data")).unwrap();
    for hostile in [
        "images/logo.svg",
        "images/page.html",
        "images/page.htm",
        "evil.js",
        "images/x.xml",
        "articles/readme.txt",
        "images/photo.JPG.exe",
    ] {
        files.insert(hostile.to_owned(), b"<script>alert(1)</script>".to_vec());
    }
    for raster in [
        "images/a.jpg",
        "images/b.jpeg",
        "images/c.png",
        "images/d.webp",
        "images/e.avif",
        "images/f.gif",
    ] {
        files.insert(raster.to_owned(), vec![0xff, 0xd8, 0xff]);
    }
    let refused: Vec<String> = check(&files).into_iter().map(|p| p.file).collect();
    assert_eq!(
        refused,
        [
            "articles/readme.txt",
            "evil.js",
            "images/logo.svg",
            "images/page.htm",
            "images/page.html",
            "images/photo.JPG.exe",
            "images/x.xml",
        ]
    );
    // An article may show only a raster image.
    assert!(tocsin::model::AssetPath::parse("images/logo.svg").is_err());
    assert!(tocsin::model::AssetPath::parse("images/court.webp").is_ok());
}

#[test]
fn one_line_fields_refuse_line_breaks_and_control_characters() {
    let mut files = read_tree(&repo().join("public/data")).unwrap();
    let edit = |files: &mut std::collections::BTreeMap<String, Vec<u8>>,
                path: &str,
                change: &dyn Fn(&mut serde_json::Value)| {
        let mut value: serde_json::Value = serde_json::from_slice(&files[path]).unwrap();
        change(&mut value);
        files.insert(path.to_owned(), serde_json::to_vec_pretty(&value).unwrap());
    };
    edit(&mut files, "campaigns/free-ainur-kurmanov.json", &|c| {
        c["title"] = "Free Ainur\r\nBcc: spy@example.org".into();
        c["targets"][0]["name"] = "The Procurator\u{2028}of Almaty".into();
        c["targets"][0]["role"] = "Procurator\u{0}".into();
        c["reader_targets"][0]["label"] = "Your embassy\u{85}".into();
        c["letters"][0]["subjects"][0] = "A subject\nwith a break".into();
    });
    let article = "articles/kazakhstan-ainur-kurmanov-jailed.md";
    let text = String::from_utf8(files[article].clone()).unwrap();
    let byline = "byline = \"Committee for a Workers' International (CWI)\"";
    assert!(text.contains(byline));
    let text = text.replace(byline, "byline = \"A reporter\\u001B[31m\"");
    files.insert(article.to_owned(), text.into_bytes());
    edit(&mut files, "site.json", &|s| {
        s["name"] = "Tocsin\n".into();
    });
    let found: Vec<(String, String)> = check(&files)
        .into_iter()
        .filter(|p| p.message.contains("one line"))
        .map(|p| (p.file, p.pointer))
        .collect();
    let at = |file: &str, pointer: &str| (file.to_owned(), pointer.to_owned());
    for expected in [
        at("campaigns/free-ainur-kurmanov.json", "/title"),
        at("campaigns/free-ainur-kurmanov.json", "/targets/0/name"),
        at("campaigns/free-ainur-kurmanov.json", "/targets/0/role"),
        at(
            "campaigns/free-ainur-kurmanov.json",
            "/reader_targets/0/label",
        ),
        at(
            "campaigns/free-ainur-kurmanov.json",
            "/letters/0/subjects/0",
        ),
        at("articles/kazakhstan-ainur-kurmanov-jailed.md", "/byline"),
        at("site.json", "/name"),
    ] {
        assert!(
            found.contains(&expected),
            "{expected:?} not refused: {found:?}"
        );
    }
}

/// The tests' published article (`tests/fixtures/article.json`, which the
/// core's and the app's tests read) is the demo article as the build
/// publishes it.
#[test]
fn the_tests_published_article_is_the_demo_article() {
    let content = super::Content::read(&repo().join("public/data")).unwrap();
    let demo = (content.articles.iter())
        .find(|a| a.slug.as_str() == "kazakhstan-ainur-kurmanov-jailed")
        .unwrap();
    let fixture = std::fs::read_to_string(repo().join("tests/fixtures/article.json")).unwrap();
    let fixture: Article = serde_json::from_str(&fixture).unwrap();
    assert!(
        &fixture == demo,
        "tests/fixtures/article.json is stale: run cargo xtask content publish and copy \
            target/content-publish/data/articles/kazakhstan-ainur-kurmanov-jailed.json there"
    );
}

/// The demo campaigns lack some translations: the check says so in one
/// line per file, and in one line per gap when asked.
#[test]
fn translation_gaps_are_one_line_per_file_unless_verbose() {
    let data = repo().join("public/data");
    let warnings = |report: String| -> Vec<String> {
        (report.lines())
            .filter(|l| l.starts_with("warning: "))
            .map(|l| l.split(':').nth(1).unwrap_or_default().to_owned())
            .collect()
    };
    let short = warnings(super::check_dir(&data).unwrap());
    let long = warnings(super::check_dir_with(&data, true).unwrap());
    let mut files = long.clone();
    files.dedup();
    assert!(long.len() > files.len(), "{long:?}");
    assert_eq!(short, files);
}

/// The demo content with `from` replaced by `to` in `path`.
pub(super) fn demo_with(path: &str, from: &str, to: &str) -> BTreeMap<String, Vec<u8>> {
    let mut files = read_tree(&repo().join("public/data")).unwrap();
    let text = String::from_utf8(files[path].clone()).unwrap();
    let changed = text.replacen(from, to, 1);
    assert_ne!(changed, text, "{path} has no {from:?}");
    files.insert(path.to_owned(), changed.into_bytes());
    files
}

#[test]
fn news_a_language_has_not_translated_is_named_by_its_day() {
    const CAMPAIGN: &str = "campaigns/free-ainur-kurmanov.json";
    let files = demo_with(
        CAMPAIGN,
        "\"date\": \"2010-03-26\"",
        "\"date\": \"2010-03-27\"",
    );
    let gaps = super::check::warnings(&files);
    let news: Vec<&str> = (gaps.iter())
        .filter(|p| p.file == CAMPAIGN && p.pointer.ends_with("/updates"))
        .map(|p| p.message.as_str())
        .collect();
    // The campaign's own update moved a day: no language has it, and each
    // has one the campaign lacks.
    assert_eq!(news.len(), 8, "{news:?}");
    assert!(news.contains(&"no ru text for the update of 2010-03-27: readers of ru do not see it"));
    assert!(
        news.contains(
            &"the ru news has an update of 2010-03-26 that the campaign's own news lacks"
        )
    );
}

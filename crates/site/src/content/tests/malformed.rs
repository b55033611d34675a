//! Malformed content, one small change at a time to a minimal valid set,
//! each with the exact file, JSON pointer, line, column and kind of error.

use crate::content::check::check;
use std::collections::BTreeMap;

pub(super) type Files = BTreeMap<String, Vec<u8>>;

const SITE: &str = r#"{"name": "T", "tagline": "t", "languages": ["en"],
 "appeals": [{"id": "give", "title": "Give", "text": "x",
               "links": [{"label": "Give", "url": "https://example.org/give"}]}]}"#;
pub(super) const ARTICLE: &str = r#"{
  "slug": "a",
  "title": "A",
  "standfirst": "S",
  "published": "2010-04-15",
  "byline": "B",
  "section": "Asia",
  "body": [{"paragraph": "Hello"}],
  "references": [],
  "campaign": "c",
  "appeal": "give"
}"#;
pub(super) const CAMPAIGN: &str = r#"{
  "slug": "c",
  "title": "C",
  "at_risk": "R",
  "summary": "S",
  "status": "active",
  "demands": ["Free R"],
  "targets": [{"name": "P", "role": "Procurator", "email": "p@example.org"}],
  "letters": [{"language": "en", "subjects": ["Free R"], "body": "Dear {target_name}, {sender_name}"}],
  "share_text": "Act"
}"#;

pub(super) fn base() -> Files {
    [
        ("site.json", SITE),
        ("articles/a.json", ARTICLE),
        ("campaigns/c.json", CAMPAIGN),
    ]
    .into_iter()
    .map(|(path, text)| (path.to_owned(), text.as_bytes().to_vec()))
    .collect()
}

/// Replaces `from` by `to` in one file, failing loudly if `from` is not there.
pub(super) fn edit(files: &mut Files, path: &str, from: &str, to: &str) {
    let text = String::from_utf8(files[path].clone()).unwrap();
    assert!(text.contains(from), "{path} has no {from:?}");
    files.insert(path.to_owned(), text.replacen(from, to, 1).into_bytes());
}

/// What one malformed input must produce: file, pointer, line, column and a
/// fragment of the message that names the kind of error.
pub(super) type Expected = (&'static str, &'static str, usize, usize, &'static str);

/// Applies `change` to the base set and compares what the checker finds with
/// `expected`; returns a description of any difference.
pub(super) fn run_case(
    name: &str,
    change: impl FnOnce(&mut Files),
    expected: &[Expected],
) -> Option<String> {
    let mut files = base();
    change(&mut files);
    let found = check(&files);
    let matches = found.len() == expected.len()
        && found
            .iter()
            .zip(expected)
            .all(|(p, &(file, pointer, line, column, fragment))| {
                (p.file.as_str(), p.pointer.as_str(), p.line, p.column)
                    == (file, pointer, line, column)
                    && p.message.contains(fragment)
            });
    (!matches).then(|| format!("{name}: expected {expected:?}\n  found {found:?}"))
}

#[test]
fn the_minimal_base_is_valid() {
    assert_eq!(check(&base()), Vec::new());
}

#[test]
fn malformed_inputs_are_reported_where_they_are() {
    let mut failures = Vec::new();
    macro_rules! case {
        ($($args:tt)*) => {
            failures.extend(run_case($($args)*))
        };
    }
    const A: &str = "articles/a.json";
    const C: &str = "campaigns/c.json";
    case!(
        "missing field",
        |f| edit(f, A, "  \"title\": \"A\",\n", ""),
        &[(A, "", 1, 1, "`title` is missing: add \"title\"")]
    );
    case!(
        "wrong type",
        |f| edit(f, A, "\"2010-04-15\"", "2010"),
        &[(
            A,
            "/published",
            5,
            19,
            "published must be text in quotes; found the number 2010"
        )]
    );
    case!(
        "bad slug",
        |f| edit(f, A, "\"slug\": \"a\"", "\"slug\": \"Bad Slug\""),
        &[(A, "/slug", 2, 20, "expected a slug")]
    );
    case!(
        "bad date",
        |f| edit(f, A, "2010-04-15", "2010-02-30"),
        &[(A, "/published", 5, 27, "expected an ISO 8601 date")]
    );
    case!(
        "bad email",
        |f| edit(f, C, "p@example.org", "p@example"),
        &[(C, "/targets/0/email", 8, 71, "expected an e-mail address")]
    );
    case!(
        "header injection in an email",
        |f| edit(
            f,
            C,
            "p@example.org",
            "p@example.org\\r\\nBcc: x@example.org"
        ),
        &[(C, "/targets/0/email", 8, 97, "expected an e-mail address")]
    );
    case!(
        "unknown block",
        |f| edit(f, A, "{\"paragraph\": \"Hello\"}", "{\"video\": \"x.mp4\"}"),
        &[(
            A,
            "/body/0",
            8,
            19,
            "each item of body must be one of paragraph, heading, quote, list, image; found video"
        )]
    );
    case!(
        "javascript link",
        |f| edit(
            f,
            A,
            "\"Hello\"",
            "[{\"link\": {\"text\": \"x\", \"href\": \"javascript:alert(1)\"}}]"
        ),
        &[(
            A,
            "/body/0/paragraph/0/link/href",
            8,
            79,
            "expected an https:// or mailto: link"
        )],
    );
    case!(
        "http reference",
        |f| edit(
            f,
            A,
            "\"references\": []",
            "\"references\": [{\"title\": \"T\", \"source\": \"S\", \"date\": \"2010-03-26\", \"url\": \
                \"http://x.org\"}]"
        ),
        &[(
            A,
            "/references/0/url",
            9,
            91,
            "expected an https:// or mailto: link"
        )],
    );
    case!(
        "image without alt",
        |f| edit(
            f,
            A,
            "{\"paragraph\": \"Hello\"}",
            "{\"image\": {\"src\": \"i.jpg\", \"width\": 1, \"height\": 1}}"
        ),
        &[(A, "/body/0/image", 8, 22, "`alt` is missing")]
    );
    case!(
        "blank alt",
        |f| edit(
            f,
            A,
            "{\"paragraph\": \"Hello\"}",
            "{\"image\": {\"src\": \"i.jpg\", \"alt\": \" \", \"width\": 1, \"height\": 1}}"
        ),
        &[(A, "/body/0/image/alt", 8, 46, "expected non-empty text")],
    );
    case!(
        "dangling campaign",
        |f| edit(f, A, "\"campaign\": \"c\"", "\"campaign\": \"nope\""),
        &[(
            A,
            "/campaign",
            10,
            15,
            "no campaign file campaigns/nope.json"
        )]
    );
    case!(
        "unknown appeal",
        |f| edit(f, A, "\"appeal\": \"give\"", "\"appeal\": \"nope\""),
        &[(A, "/appeal", 11, 13, "site.json has no appeal with id nope")]
    );
    case!(
        "unknown placeholder",
        |f| edit(f, C, "{sender_name}", "{sender_email}"),
        &[(
            C,
            "/letters/0/body",
            9,
            102,
            "unknown placeholder {sender_email}"
        )]
    );
    case!(
        "no subject",
        |f| edit(f, C, "[\"Free R\"], \"body\"", "[], \"body\""),
        &[(
            C,
            "/letters/0/subjects",
            9,
            46,
            "expected at least one subject"
        )]
    );
    case!(
        "two-line subject",
        |f| edit(
            f,
            C,
            "[\"Free R\"], \"body\"",
            "[\"Free R\\r\\nBcc: x@example.org\"], \"body\""
        ),
        &[(C, "/letters/0/subjects/0", 9, 47, "no line breaks")]
    );
    case!(
        "bad language",
        |f| edit(f, C, "\"language\": \"en\"", "\"language\": \"english\""),
        &[(
            C,
            "/letters/0/language",
            9,
            36,
            "expected a BCP 47 language tag"
        )]
    );
    case!(
        "a language's news left blank",
        |f| edit(
            f,
            C,
            "\"share_text\": \"Act\"",
            concat!(
                "\"share_text\": \"Act\", \"translations\": ",
                "{\"ru\": {\"updates\": [{\"date\": \"2010-04-15\", \"text\": \" \"}]}}"
            )
        ),
        &[(
            C,
            "/translations/ru/updates/0/text",
            10,
            91,
            "expected non-empty text"
        )]
    );
    case!(
        "won without outcome",
        |f| edit(f, C, "\"active\"", "\"won\""),
        &[(C, "/status", 6, 13, "needs an \"outcome\"")]
    );
    case!(
        "unknown status",
        |f| edit(f, C, "\"active\"", "\"paused\""),
        &[(
            C,
            "/status",
            6,
            20,
            "status must be one of active, won, closed; found paused"
        )]
    );
    case!(
        "truncated JSON",
        |f| {
            let cut = ARTICLE[..60].to_owned();
            f.insert(A.into(), cut.into_bytes());
        },
        &[(
            A,
            "",
            5,
            6,
            "the file ends inside text: a closing \" is missing"
        )]
    );
    case!(
        "empty file",
        |f| {
            f.insert(A.into(), Vec::new());
        },
        &[(A, "", 1, 0, "the file is empty")]
    );
    case!(
        "something follows the end",
        |f| edit(f, C, "\"Act\"\n}", "\"Act\"\n} x"),
        &[(C, "", 11, 3, "something follows the end")]
    );
    case!(
        "not UTF-8",
        |f| {
            f.insert(A.into(), b"{\n  \"slug\": \"a\xff\"}".to_vec());
        },
        &[(
            A,
            "",
            2,
            13,
            "expected UTF-8 text, found an invalid byte at offset 14"
        )]
    );
    case!(
        "slug differs from file name",
        |f| {
            let text = CAMPAIGN.replace("\"slug\": \"c\"", "\"slug\": \"d\"");
            f.insert(C.into(), text.into_bytes());
        },
        &[(C, "/slug", 2, 11, "the slug d does not match the file name")]
    );
    case!(
        "missing site file",
        |f| {
            f.remove("site.json");
        },
        &[("site.json", "", 1, 1, "site.json is missing")]
    );
    case!(
        "unexpected file",
        |f| {
            f.insert("articles/Bad Name.json".into(), b"{}".to_vec());
        },
        &[(
            "articles/Bad Name.json",
            "",
            1,
            1,
            "rename it articles/bad-name.json"
        )]
    );
    assert!(
        failures.is_empty(),
        "{} of the malformed cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

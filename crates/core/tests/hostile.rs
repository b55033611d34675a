//! The hostile corpus (`tests/hostile/corpus.json` at the workspace root,
//! which the end-to-end suite types into the UI too) fed to every pure entry
//! point: share-link presets, letter templates and filling, mailto, webmail,
//! `.eml`, share links, QR codes and content decoding with validation.
//! Nothing may panic, and nothing may escape: no header gains a line, no
//! link gains a parameter or a scheme, no refused value is accepted.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/mail.rs"]
mod mail;

use serde::Deserialize;
use serde_json::{Value, json};
use tocsin_core::compose::{
    Client, Message, Platform, SenderDetails, eml, fill, mailto, normalize_body, offer,
    sanitize_header,
};
use tocsin_core::model::{
    Article, Campaign, Directory, Email, LanguageTag, SafeLink, Slug, Template,
};
use tocsin_core::share::{Channel, Preset, encode, qr_path};
use tocsin_core::validate;

#[derive(Deserialize)]
struct Corpus {
    strings: Vec<String>,
    big: Vec<Big>,
    utf16: Vec<Vec<u16>>,
}

#[derive(Deserialize)]
struct Big {
    repeat: String,
    times: usize,
}

/// Every hostile string, as Rust would receive it (lone surrogates from JS
/// arrive as U+FFFD, which is what `from_utf16_lossy` gives).
fn corpus() -> Vec<String> {
    let text = include_str!("../../../tests/hostile/corpus.json");
    let corpus: Corpus = serde_json::from_str(text).expect("the corpus is valid JSON");
    let mut all = corpus.strings;
    all.extend(corpus.big.iter().map(|b| b.repeat.repeat(b.times)));
    all.extend(corpus.utf16.iter().map(|u| String::from_utf16_lossy(u)));
    all
}

/// The demo campaign as published: with its shared directory written in.
fn demo_campaign() -> Campaign {
    let text = include_str!("../../../public/data/campaigns/free-ainur-kurmanov.json");
    let campaign: Campaign = serde_json::from_str(text).expect("the demo campaign decodes");
    let text = include_str!("../../../public/data/directories/kazakhstan-embassies.json");
    let directory: Directory = serde_json::from_str(text).expect("the demo directory decodes");
    (campaign.with_directories(|_| Some(&directory))).expect("the directory is found")
}

/// Short enough to show in a failure message.
fn shown(s: &str) -> String {
    format!("{:?}", s.chars().take(60).collect::<String>())
}

/// Printable ASCII with no space: what every link we build must be.
fn is_link_safe(link: &str) -> bool {
    link.bytes().all(|b| (0x21..0x7f).contains(&b))
}

#[test]
fn the_corpus_has_at_least_200_strings_with_every_kind_the_issue_names() {
    let all = corpus();
    assert!(all.len() >= 200, "{}", all.len());
    for needle in [
        "\r\n",
        "%0d",
        "%250d",
        "\u{85}",
        "\u{2028}",
        "\u{2029}",
        "\u{202E}",
        "\0",
        "bcc=",
        "javascript:",
        "data:",
        "<script>",
        "\u{FFFD}",
    ] {
        assert!(
            all.iter().any(|s| s.contains(needle)),
            "no string with {needle:?}"
        );
    }
    assert!(all.iter().any(|s| s.len() >= 1 << 20), "no megabyte string");
}

#[test]
fn share_link_presets_only_ever_hold_what_the_campaign_offers() {
    let campaign = demo_campaign();
    let languages: Vec<&LanguageTag> = campaign.letters.iter().map(|l| &l.language).collect();
    for s in corpus() {
        let pairs = [
            ("lang", s.as_str()),
            ("country", s.as_str()),
            ("variant", s.as_str()),
            (s.as_str(), s.as_str()),
        ];
        let preset = Preset::parse(pairs, &campaign).preset;
        if let Some(lang) = &preset.lang {
            assert!(languages.contains(&lang), "{}", shown(&s));
        }
        if let Some(country) = &preset.country {
            assert!(
                campaign
                    .reader_targets
                    .iter()
                    .any(|t| t.directory.get(country.as_str()).is_some()),
                "{}",
                shown(&s)
            );
        }
        let query = preset.to_query();
        assert!(
            query
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"?&=-".contains(&b)),
            "{query:?} from {}",
            shown(&s)
        );
    }
}

#[test]
fn templates_and_filled_letters_never_carry_a_line_break_from_the_reader() {
    let campaign = demo_campaign();
    let letter = &campaign.letters[0].body;
    for s in corpus() {
        // A hostile template is an error or a template, never a panic.
        if let Ok(template) = Template::parse(&s) {
            let _ = template.parts();
        }
        let details = SenderDetails {
            name: s.clone(),
            city: s.clone(),
            country: s.clone(),
            target_name: s.clone(),
            salutation: s.clone(),
        };
        let clean = sanitize_header(&s);
        match fill(letter.parts(), &details) {
            Ok(body) => {
                assert!(
                    !clean.is_empty(),
                    "filled with a blank value: {}",
                    shown(&s)
                );
                // The value went in once per placeholder, as one clean line,
                // and a placeholder inside it was not expanded again.
                assert!(body.contains(&clean), "{}", shown(&s));
                assert_eq!(
                    body.lines().count(),
                    letter.source().lines().count(),
                    "{}",
                    shown(&s)
                );
            }
            Err(_) => assert!(clean.is_empty(), "refused a usable value: {}", shown(&s)),
        }
    }
}

#[test]
fn mail_links_and_eml_files_carry_exactly_the_message() {
    let to = vec![Email::parse("gp-rk@mail.online.kz").unwrap()];
    let cc = vec![Email::parse("copies@example.org").unwrap()];
    for s in corpus() {
        let message = Message {
            to: to.clone(),
            cc: cc.clone(),
            subject: s.clone(),
            body: s.clone(),
        };
        let link = mailto(&message);
        assert!(is_link_safe(&link), "{}", shown(&s));
        let (path, _) = link.split_once('?').unwrap_or((&link, ""));
        assert_eq!(path, "mailto:gp-rk@mail.online.kz", "{}", shown(&s));
        let pairs = mail::query_pairs(&link).expect("links decode to UTF-8");
        for (key, value) in pairs {
            match key.as_str() {
                "subject" => assert_eq!(value, sanitize_header(&s)),
                "body" => assert_eq!(value, normalize_body(&s)),
                "cc" => assert_eq!(value, "copies@example.org"),
                other => panic!("parameter {other:?} from {}", shown(&s)),
            }
        }
        for client in Client::ALL {
            let web = client.link(&message);
            assert!(is_link_safe(&web), "{client:?} {}", shown(&s));
            assert!(
                web.starts_with("https://") || web.starts_with("mailto:"),
                "{client:?}"
            );
            let _ = offer(client, &message, Platform::Unknown);
        }
        let file = eml(&message, "Sun, 29 Nov 2026 00:00:00 GMT");
        let (head, body) = file
            .split_once("\r\n\r\n")
            .expect("a blank line ends the head");
        assert!(
            !file.replace("\r\n", "").contains(['\r', '\n']),
            "bare line end: {}",
            shown(&s)
        );
        for line in head.split("\r\n") {
            assert!(
                line.len() <= 78,
                "header line of {} from {}",
                line.len(),
                shown(&s)
            );
            let folded = line.starts_with(' ');
            let name = line.split(':').next().unwrap_or_default();
            assert!(
                folded
                    || [
                        "To",
                        "Cc",
                        "Subject",
                        "Date",
                        "MIME-Version",
                        "Content-Type",
                        "Content-Transfer-Encoding",
                        "X-Unsent"
                    ]
                    .contains(&name),
                "header {name:?} from {}",
                shown(&s)
            );
        }
        assert!(body.is_ascii(), "the body is quoted-printable");
    }
}

#[test]
fn share_links_and_qr_codes_hold_any_text() {
    for s in corpus() {
        let encoded = encode(&s);
        assert!(is_link_safe(&encoded), "{}", shown(&s));
        for channel in Channel::ALL {
            let link = channel.link(&s, &s, &s);
            assert!(is_link_safe(&link), "{channel:?} {}", shown(&s));
        }
        // Too long for a QR code is `None`, never a panic.
        let _ = qr_path(&s);
    }
}

#[test]
fn hostile_values_are_refused_by_every_checked_type() {
    for s in corpus() {
        if let Ok(link) = SafeLink::parse(&s) {
            assert!(
                s.starts_with("https://") || s.starts_with("mailto:"),
                "{}",
                shown(&s)
            );
            // Non-ASCII paths are real (Wikipedia's), but nothing invisible.
            assert!(
                link.as_str().chars().all(|c| !c.is_whitespace()
                    && !c.is_control()
                    && !matches!(
                        c,
                        '\u{200B}'..='\u{200F}'
                            | '\u{202A}'..='\u{202E}'
                            | '\u{2066}'..='\u{2069}'
                            | '\u{FEFF}'
                    )),
                "{}",
                shown(&s)
            );
        }
    }
}

/// What a mail client may take as the end of an address or the start of
/// another: whitespace, controls, and RFC 5322's specials outside `@` and `.`.
fn breaks_an_address(s: &str) -> bool {
    s.chars()
        .any(|c| c.is_whitespace() || c.is_control() || "<>()[]\\,;:\"".contains(c))
}

#[test]
fn addresses_and_slugs_that_could_break_out_are_refused() {
    let (mut addresses, mut slugs) = (0, 0);
    for s in corpus() {
        if breaks_an_address(&s) {
            assert!(
                Email::parse(&s).is_err(),
                "an address accepted: {}",
                shown(&s)
            );
            addresses += 1;
        }
        // A slug names a file and a path segment: anything but lowercase
        // ASCII letters, digits and hyphens could name another file.
        let plain = s
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !plain || s.is_empty() || s.len() > 80 {
            assert!(Slug::parse(&s).is_err(), "a slug accepted: {}", shown(&s));
            slugs += 1;
        }
    }
    // The corpus is hostile: most of it must have been refused both ways.
    assert!(
        addresses > 150 && slugs > 300,
        "{addresses} addresses, {slugs} slugs refused"
    );
    for fine in ["gp-rk@mail.online.kz", "a.b+c@example.org"] {
        assert!(Email::parse(fine).is_ok(), "{fine}");
    }
}

/// Puts `s` in every text field of a copy of the demo article and campaign,
/// then decodes and validates: an error or a clean result, never a panic, and
/// never an accepted link that is not https or mailto.
#[test]
fn content_files_with_hostile_values_decode_or_are_refused() {
    let article: Value =
        serde_json::from_str(include_str!("../../../tests/fixtures/article.json")).unwrap();
    let campaign: Value = serde_json::from_str(include_str!(
        "../../../public/data/campaigns/free-ainur-kurmanov.json"
    ))
    .unwrap();
    for s in corpus() {
        let mut a = article.clone();
        a["title"] = json!(s);
        a["standfirst"] = json!(s);
        a["body"] = json!([
            { "paragraph": s },
            { "paragraph": [{ "link": { "text": s, "href": s } }] },
            { "quote": { "text": s, "cite": s } },
        ]);
        a["tags"] = json!([s]);
        if let Ok(decoded) = tocsin_core::json::from_str::<Article>(&a.to_string()) {
            let _ = validate::article(&decoded);
            assert!(
                SafeLink::parse(&s).is_ok(),
                "an href accepted: {}",
                shown(&s)
            );
        }
        let mut c = campaign.clone();
        c["title"] = json!(s);
        c["demands"] = json!([s]);
        c["targets"][0]["email"] = json!(s);
        c["letters"][0]["subjects"] = json!([s]);
        c["letters"][0]["body"] = json!(s);
        if let Ok(decoded) = tocsin_core::json::from_str::<Campaign>(&c.to_string()) {
            assert!(
                Email::parse(&s).is_ok(),
                "an address accepted: {}",
                shown(&s)
            );
            let _ = validate::campaign(&decoded);
        }
        // The same text as a whole file is refused cleanly.
        assert!(tocsin_core::json::from_str::<Campaign>(&s).is_err());
    }
}

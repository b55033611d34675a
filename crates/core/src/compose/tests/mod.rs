//! The composer's pure core: a table of real-world cases, properties over
//! arbitrary input, and an independent check by Python's standard library.

mod draft;
mod independent;
mod properties;

use super::*;
use crate::model::{Email, Template};
use percent_encoding::percent_decode_str;

/// A mailto link decoded per RFC 6068: recipients, other parameters.
pub(super) struct Decoded {
    pub to: Vec<String>,
    pub params: Vec<(String, String)>,
}

pub(super) fn decode_mailto(link: &str) -> Decoded {
    let rest = link.strip_prefix("mailto:").expect("a mailto link");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let decode = |s: &str| {
        percent_decode_str(s)
            .decode_utf8()
            .expect("UTF-8")
            .into_owned()
    };
    let to = if path.is_empty() {
        Vec::new()
    } else {
        path.split(',').map(decode).collect()
    };
    let params = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect();
    Decoded { to, params }
}

impl Decoded {
    pub fn param(&self, key: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

pub(super) fn email(s: &str) -> Email {
    Email::parse(s).unwrap()
}

fn message(to: &[&str], cc: &[&str], subject: &str, body: &str) -> Message {
    Message {
        to: to.iter().map(|a| email(a)).collect(),
        cc: cc.iter().map(|a| email(a)).collect(),
        subject: subject.into(),
        body: body.into(),
    }
}

#[test]
fn cyrillic_and_emoji_subjects_are_utf8_percent_encoded() {
    let m = message(
        &["gp-rk@mail.online.kz"],
        &[],
        "Освободите Айнура ✊🏽",
        "Тело\nписьма",
    );
    let link = mailto(&m);
    assert!(
        link.starts_with("mailto:gp-rk@mail.online.kz?subject=%D0%9E%D1%81"),
        "{link}"
    );
    assert!(link.contains("%E2%9C%8A%F0%9F%8F%BD"), "{link}");
    let d = decode_mailto(&link);
    assert_eq!(d.param("subject"), Some("Освободите Айнура ✊🏽"));
    assert_eq!(d.param("body"), Some("Тело\r\nписьма"));
    let eml = eml(&m, "Sat, 28 Nov 2026 12:00:00 +0000");
    assert!(eml.contains("Subject: =?UTF-8?Q?=D0=9E"), "{eml}");
    assert!(eml.lines().all(|l| l.len() <= 78), "{eml}");
}

#[test]
fn reserved_characters_in_the_body_survive() {
    let body = "A & B = C # D % E + F ? G\nspace here";
    let link = mailto(&message(&["a@example.org"], &[], "x", body));
    assert!(
        link.contains(
            "A%20%26%20B%20%3D%20C%20%23%20D%20%25%20E%20%2B%20F%20%3F%20G%0D%0Aspace%20here"
        ),
        "{link}"
    );
    assert!(!link.contains('+') && !link.contains(' '));
    assert_eq!(
        decode_mailto(&link).param("body"),
        Some("A & B = C # D % E + F ? G\r\nspace here")
    );
}

#[test]
fn a_hostile_name_never_reaches_a_header() {
    let template = Template::parse("Yours,\n{sender_name}").unwrap();
    let details = SenderDetails {
        name: "Eve\r\nBcc: x@example.org".into(),
        city: "c".into(),
        country: "k".into(),
        target_name: "T".into(),
        salutation: "Dear T".into(),
    };
    let body = fill(template.parts(), &details).unwrap();
    assert_eq!(body, "Yours,\nEve Bcc: x@example.org");
    let m = message(
        &["a@example.org"],
        &[],
        "Subject\r\nBcc: x@example.org",
        &body,
    );
    let d = decode_mailto(&mailto(&m));
    assert_eq!(d.param("subject"), Some("Subject Bcc: x@example.org"));
    assert!(
        d.params
            .iter()
            .all(|(k, _)| ["subject", "body", "cc"].contains(&k.as_str()))
    );
    let eml = eml(&m, "date\r\nBcc: y@example.org");
    assert!(!eml.contains("\r\nBcc:"), "{eml}");
}

#[test]
fn long_or_lookalike_ascii_subjects_are_encoded_and_folded() {
    for subject in [
        "A".repeat(200),
        "=?utf-8?q?=0D=0ABcc:x@example.org?=".to_owned(),
    ] {
        let file = eml(&message(&["a@example.org"], &[], &subject, "b"), "d");
        let head = file.split("\r\n\r\n").next().unwrap_or_default();
        assert!(head.contains("Subject: =?UTF-8?Q?"), "{head}");
        assert!(head.split("\r\n").all(|line| line.len() <= 76), "{head}");
    }
    let short = eml(&message(&["a@example.org"], &[], "Free Ainur", "b"), "d");
    assert!(short.contains("\r\nSubject: Free Ainur\r\n"), "{short}");
}

#[test]
fn empty_copies_leave_no_cc_and_copies_are_comma_separated() {
    let none = mailto(&message(&["a@example.org"], &[], "s", "b"));
    assert!(!none.contains("cc="), "{none}");
    let two = mailto(&message(
        &["a@example.org"],
        &["c1@example.org", "c2@example.org"],
        "s",
        "b",
    ));
    assert_eq!(
        decode_mailto(&two).param("cc"),
        Some("c1@example.org,c2@example.org")
    );
    assert!(
        !Client::Gmail
            .link(&message(&["a@example.org"], &[], "s", "b"))
            .contains("cc=")
    );
}

#[test]
fn single_and_eight_targets_go_in_the_path() {
    let one = decode_mailto(&mailto(&message(&["a@example.org"], &[], "s", "b")));
    assert_eq!(one.to, ["a@example.org"]);
    let eight: Vec<String> = (0..8).map(|i| format!("t{i}+x@example.org")).collect();
    let refs: Vec<&str> = eight.iter().map(String::as_str).collect();
    let link = mailto(&message(&refs, &[], "s", "b"));
    assert!(
        link.starts_with("mailto:t0%2Bx@example.org,t1%2Bx@example.org,"),
        "{link}"
    );
    assert_eq!(decode_mailto(&link).to, eight);
    assert!(decode_mailto(&link).param("to").is_none());
}

/// User agents of real browsers, with the platform each names.
const AGENTS: [(&str, Platform); 6] = [
    (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 \
            Safari/537.36",
        Platform::Windows,
    ),
    (
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 \
            Safari/605.1.15",
        Platform::Mac,
    ),
    (
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        Platform::Linux,
    ),
    (
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 \
            Mobile Safari/537.36",
        Platform::Android,
    ),
    (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) \
            Version/18.1 Mobile/15E148 Safari/604.1",
        Platform::Ios,
    ),
    ("curl/8.5.0", Platform::Unknown),
];

#[test]
fn each_platform_gets_its_own_mail_link_budget() {
    for (agent, platform) in AGENTS {
        assert_eq!(Platform::from_user_agent(agent), platform, "{agent}");
    }
    let budgets: Vec<usize> = AGENTS.iter().map(|(_, p)| p.mailto_limit()).collect();
    assert_eq!(budgets, [2_000, 2_000, 32_000, 32_000, 32_000, 2_000]);
}

#[test]
fn a_long_letter_gets_the_fallback_where_the_platform_would_drop_it() {
    let m = message(&["a@example.org"], &[], "s", &"x".repeat(5_000));
    for platform in [Platform::Windows, Platform::Mac, Platform::Unknown] {
        assert!(matches!(
            offer(Client::MailApp, &m, platform),
            Offer::TooLong { limit: 2_000, .. }
        ));
    }
    assert!(matches!(
        offer(Client::Outlook, &m, Platform::Android),
        Offer::TooLong { .. }
    ));
    assert!(matches!(
        offer(Client::Yahoo, &m, Platform::Android),
        Offer::TooLong { .. }
    ));
    // Gmail takes it: 5,000 ASCII characters stay under its 8,000.
    assert!(matches!(
        offer(Client::Gmail, &m, Platform::Windows),
        Offer::Link(_)
    ));
    // A letter in Cyrillic encodes each letter in six characters: 30,000
    // here, which only a phone's or Linux's mail link carries.
    let cyrillic = message(&["a@example.org"], &[], "s", &"я".repeat(5_000));
    assert!(
        matches!(
            offer(Client::Gmail, &cyrillic, Platform::Android),
            Offer::TooLong { .. }
        ),
        "30,000 encoded characters"
    );
    for platform in [Platform::Android, Platform::Ios, Platform::Linux] {
        let Offer::Link(link) = offer(Client::MailApp, &cyrillic, platform) else {
            panic!("{platform:?} refused a mail link of 30,000 characters");
        };
        assert_eq!(
            decode_mailto(&link).param("body"),
            Some("я".repeat(5_000).as_str())
        );
    }
    let short = message(&["a@example.org"], &[], "s", "short");
    assert!(
        Client::ALL
            .iter()
            .all(|&c| matches!(offer(c, &short, Platform::Windows), Offer::Link(_)))
    );
}

#[test]
fn the_mail_ru_link_carries_the_whole_mail_link() {
    let m = message(
        &["a@example.org"],
        &["cc@example.org"],
        "Тема & co",
        "Текст\nписьма",
    );
    let link = Client::MailRu.link(&m);
    let inner = link
        .strip_prefix("https://e.mail.ru/compose/?mailto=")
        .expect("the compose page's mailto form");
    let inner = percent_decode_str(inner).decode_utf8().unwrap();
    assert_eq!(inner, mailto(&m));
    let decoded = decode_mailto(&inner);
    assert_eq!(decoded.to, ["a@example.org"]);
    assert_eq!(decoded.param("cc"), Some("cc@example.org"));
    assert_eq!(decoded.param("body"), Some("Текст\r\nписьма"));
    assert_eq!(decoded.param("subject"), Some("Тема & co"));
}

#[test]
fn webmail_links_carry_their_own_parameter_names() {
    let m = message(
        &["a@example.org", "b@example.org"],
        &["c@example.org"],
        "Free Ainur",
        "Dear all,\nfree him",
    );
    let gmail = Client::Gmail.link(&m);
    assert_eq!(
        gmail,
        "https://mail.google.com/mail/?view=cm&fs=1&to=a@example.org,b@example.org&su=Free%20Ainur&body=Dear%20all%\
            2C%0D%0Afree%20him&cc=c@example.org"
    );
    assert!(Client::Outlook.link(&m).starts_with(
        "https://outlook.live.com/mail/0/deeplink/compose?to=a@example.org\
        ,b@example.org&subject=Free%20Ainur&body="
    ));
    assert!(Client::Yahoo.link(&m).starts_with(
        "https://compose.mail.yahoo.com/?to=a@example.org,b@example.org&subject=Free%20Ainur&body="
    ));
}

#[test]
fn filling_refuses_blanks_and_subjects_follow_the_seed() {
    let template = Template::parse(
        "Dear {target_name}, from {sender_name} in {sender_city}, {sender_country}",
    )
    .unwrap();
    let mut details = SenderDetails {
        name: "Ann".into(),
        city: "Leeds".into(),
        country: "UK".into(),
        target_name: "Procurator".into(),
        salutation: "Dear Procurator".into(),
    };
    assert_eq!(
        fill(template.parts(), &details).unwrap(),
        "Dear Procurator, from Ann in Leeds, UK"
    );
    details.city = "  \r\n ".into();
    assert_eq!(
        fill(template.parts(), &details),
        Err(FillError(crate::model::Placeholder::SenderCity))
    );
    assert!(
        crate::i18n::english()
            .t(FillError(crate::model::Placeholder::SenderCity).prompt())
            .starts_with("Enter your town")
    );
    let subjects: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
    assert_eq!(pick_subject(&subjects, 7), pick_subject(&subjects, 7));
    let picked: std::collections::BTreeSet<_> = (0..30)
        .filter_map(|seed| pick_subject(&subjects, seed))
        .collect();
    assert_eq!(picked.len(), 3);
    assert_eq!(pick_subject(&[], 1), None);
}

#[test]
fn sending_in_turn_addresses_one_target_at_a_time() {
    let targets: Vec<Recipient> = (1..=5)
        .map(|i| Recipient {
            name: format!("Target {i}"),
            email: email(&format!("t{i}@example.org")),
            salutation: (i < 3).then(|| format!("Dear Target {i}")),
        })
        .collect();
    let mut plan = SendPlan {
        targets: targets.clone(),
        mode: SendMode::InTurn,
        step: 0,
    };
    assert_eq!(
        (plan.steps(), plan.position(), plan.target_name()),
        (5, (1, 5), "Target 1".to_owned())
    );
    assert!(plan.advance());
    assert_eq!(plan.position(), (2, 5));
    let m = plan.message("s", "b", &[email("cc@example.org")]);
    assert_eq!((m.to, m.cc.len()), (vec![email("t2@example.org")], 1));
    while plan.advance() {}
    assert_eq!(plan.position(), (5, 5));
    let all = SendPlan {
        targets,
        mode: SendMode::AllAtOnce,
        step: 0,
    };
    assert_eq!((all.steps(), all.current().len()), (1, 5));
    assert_eq!(
        all.target_name(),
        "Target 1, Target 2, Target 3, Target 4, Target 5"
    );
    // A letter to several greets them all with the collective greeting,
    // never with their names joined; one to one greets them by their own
    // salutation, or the collective one when the campaign gives none.
    assert_eq!(all.salutation(Some("Dear Sirs")), "Dear Sirs");
    let mut one = SendPlan {
        mode: SendMode::InTurn,
        ..all
    };
    assert_eq!(one.salutation(Some("Dear Sirs")), "Dear Target 1");
    one.step = 3;
    assert_eq!(one.salutation(Some("Dear Sirs")), "Dear Sirs");
    assert_eq!(one.salutation(None), "");
}

#[test]
fn headers_and_bodies_are_cleaned() {
    assert_eq!(
        sanitize_header(" a\r\n\tb\u{0}c\u{2028}d\u{202E}e\u{85}f "),
        "a b c de f"
    );
    assert_eq!(
        normalize_body("a\rb\nc\r\nd\u{2028}e\u{0}f\tg"),
        "a\r\nb\r\nc\r\nd\r\nef\tg"
    );
}

//! An independent check: Python's standard library (`urllib.parse` and
//! `email`), which nobody here wrote, parses our mailto links and `.eml`
//! files and must find exactly the fields we meant.

use super::super::*;
use super::email;
use std::process::Command;

/// The demo campaign's Russian and Kazakh letters, filled in and sent to
/// both recipients at once, as a phone's mail link carries them whole.
fn demo_letters() -> Vec<Message> {
    let campaign = crate::demo::campaign();
    let details = Details {
        name: "Анна Петрова".into(),
        city: "Алматы".into(),
        country: "Қазақстан".into(),
    };
    let preset = crate::share::Preset {
        country: crate::model::CountryCode::parse("DE").ok(),
        ..Default::default()
    };
    ["ru", "kk"]
        .map(|tag| {
            let mut draft = Draft::first(&campaign, &preset, Some(details.clone()), 0);
            draft.lang = crate::model::LanguageTag::parse(tag).ok();
            let message = draft
                .compose(&campaign, crate::i18n::english())
                .message()
                .unwrap();
            // Far over Windows' budget, and within a phone's.
            assert!(
                mailto(&message).len() > Platform::Windows.mailto_limit(),
                "{tag}"
            );
            for phone in [Platform::Android, Platform::Ios] {
                assert!(matches!(
                    offer(Client::MailApp, &message, phone),
                    Offer::Link(_)
                ));
            }
            message
        })
        .to_vec()
}

/// Cases in English and Russian, with and without copies, with hostile
/// input, and the demo's Russian and Kazakh letters.
fn cases() -> Vec<Message> {
    let hostile = "Eve\r\nBcc: x@example.org %0D%0A &cc=evil@example.org #?+=";
    vec![
        Message {
            to: vec![email("gp-rk@mail.online.kz")],
            cc: vec![],
            subject: "Release Ainur Kurmanov now".into(),
            body: "Dear Procurator,\n\nFree him.\n\nAnn\nLeeds, UK".into(),
        },
        Message {
            to: vec![
                email("gp-rk@mail.online.kz"),
                email("kz-embassy.de@example.org"),
            ],
            cc: vec![email("copies@example.org"), email("b+c@example.org")],
            subject: "Освободите Айнура Курманова ✊".into(),
            body:
                "Уважаемый прокурор!\r\nЯ требую освободить Айнура Курманова.\rС уважением,\nАнна"
                    .into(),
        },
        Message {
            to: vec![email("a@example.org")],
            cc: vec![email("c@example.org")],
            subject: hostile.into(),
            body: format!("{hostile}\n{}", "long line ".repeat(40)),
        },
    ]
    .into_iter()
    .chain(demo_letters())
    .collect()
}

#[test]
fn python_parses_our_mailto_and_eml_to_the_same_fields() {
    let cases: Vec<serde_json::Value> = cases()
        .iter()
        .map(|m| {
            serde_json::json!({
                "mailto": mailto(m),
                "eml": eml(m, "Sat, 28 Nov 2026 12:00:00 +0000"),
                "to": m.to.iter().map(|a| a.to_string()).collect::<Vec<_>>(),
                "cc": m.cc.iter().map(|a| a.to_string()).collect::<Vec<_>>(),
                "subject": sanitize_header(&m.subject),
                "body": normalize_body(&m.body),
            })
        })
        .collect();
    let dir = std::env::temp_dir().join(format!("tocsin-independent-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("cases.json");
    std::fs::write(&input, serde_json::to_string(&cases).unwrap()).unwrap();
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/independent/check_mail.py"
    );
    let output = Command::new("python3")
        .arg(script)
        .arg(&input)
        .output()
        .expect("python3 runs");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(output.status.success(), "Python disagrees:\n{report}");
    assert!(
        report.contains(&format!("{} cases agree", cases.len())),
        "{report}"
    );
}

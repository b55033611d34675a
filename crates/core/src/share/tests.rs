use super::*;
use crate::model::Campaign;

fn campaign() -> Campaign {
    serde_json::from_str(
        r#"{"slug": "c", "title": "C", "at_risk": "R", "summary": "S", "status": "active", "demands": ["D"],
            "reader_targets": [{"label": "Your embassy", "directory": {
                "DE": [{"name": "Berlin", "email": "de@example.org"}],
                "GB": [{"name": "London", "email": "gb@example.org"}]}}],
            "letters": [
                {"language": "en", "subjects": ["One", "Two", "Three"], "body": "Hi"},
                {"language": "ru", "subjects": ["Один", "Два"], "body": "Привет"}],
            "share_text": "Act now"}"#,
    )
    .unwrap()
}

fn parse(query: &[(&str, &str)]) -> (Preset, Vec<Ignored>) {
    let LinkChoices { preset, ignored } = Preset::parse(query.iter().copied(), &campaign());
    (preset, ignored)
}

#[test]
fn a_valid_preset_round_trips_through_its_query() {
    let (preset, ignored) = parse(&[
        ("lang", "ru"),
        ("country", "DE"),
        ("variant", "2"),
        ("utm_source", "x"),
    ]);
    assert!(ignored.is_empty());
    assert_eq!(preset.lang.as_ref().map(|l| l.as_str()), Some("ru"));
    assert_eq!(preset.country.as_ref().map(|c| c.as_str()), Some("DE"));
    assert_eq!(preset.variant, Some(2));
    assert_eq!(preset.to_query(), "?lang=ru&country=DE&variant=2");
    assert_eq!(Preset::default().to_query(), "");
    // Language tags match whatever their case.
    assert_eq!(parse(&[("lang", "RU")]).0.lang.unwrap().as_str(), "ru");
}

#[test]
fn the_variant_is_checked_against_the_chosen_letter() {
    // Russian has two subjects, English three.
    assert_eq!(
        parse(&[("lang", "ru"), ("variant", "3")]).1,
        [Ignored::Variant]
    );
    assert_eq!(
        parse(&[("lang", "en"), ("variant", "3")]).0.variant,
        Some(3)
    );
    assert_eq!(parse(&[("variant", "3")]).0.variant, Some(3));
}

#[test]
fn hostile_presets_are_ignored_with_notes_that_do_not_echo_them() {
    let big = "9".repeat(100_000);
    let cases: &[&[(&str, &str)]] = &[
        &[
            ("lang", "<script>"),
            ("country", "XX\r\n"),
            ("variant", "999"),
        ],
        &[
            ("lang", "en\r\nBcc: x@example.org"),
            ("country", "de"),
            ("variant", "-1"),
        ],
        &[("lang", ""), ("country", ""), ("variant", "")],
        &[
            ("lang", "javascript:alert(1)"),
            ("country", "DE%0D%0A"),
            ("variant", "2e0"),
        ],
        &[
            ("lang", "ru\u{202e}"),
            ("country", "D\u{0}E"),
            ("variant", &big),
        ],
        &[
            ("lang", "\u{85}"),
            ("country", "\u{2028}"),
            ("variant", " 2"),
        ],
    ];
    for query in cases {
        let (preset, ignored) = parse(query);
        assert_eq!(preset, Preset::default(), "{query:?}");
        assert_eq!(
            ignored,
            [Ignored::Language, Ignored::Country, Ignored::Variant],
            "{query:?}"
        );
        for note in ignored.iter().map(|i| i.note(crate::i18n::english())) {
            assert!(
                query.iter().all(|(_, v)| v.len() < 3 || !note.contains(v)),
                "{note}"
            );
        }
    }
    // The first of a repeated key counts; later ones cannot override it.
    let (preset, _) = parse(&[("lang", "ru"), ("lang", "<script>")]);
    assert_eq!(preset.lang.unwrap().as_str(), "ru");
}

#[test]
fn share_links_encode_the_text_as_utf8_with_percent_twenty() {
    let url = "https://tocsin.example/campaigns/c?lang=ru&country=DE";
    let text = "Free Ainur & others: #solidarity 100% — Свобода";
    let telegram = Channel::Telegram.link(text, url, "S");
    assert_eq!(
        telegram,
        "https://t.me/share/url?url=https%3A%2F%2Ftocsin.example%2Fcampaigns%2Fc%3Flang%3Dru%26country%3DDE&text=Fr\
            ee%20Ainur%20%26%20others%3A%20%23solidarity%20100%25%20%E2%80%94%20\
            %D0%A1%D0%B2%D0%BE%D0%B1%D0%BE%D0%B4%D0%B0"
    );
    for channel in Channel::ALL {
        let link = channel.link(text, url, "Subject line");
        assert!(!link.contains(' ') && !link.contains('+'), "{link}");
        assert!(
            link.starts_with("https://")
                || link.starts_with("mailto:?subject=Subject%20line&body="),
            "{link}"
        );
    }
    assert!(
        Channel::WhatsApp
            .link("a b", "https://x.example/", "")
            .ends_with("?text=a%20b%20https%3A%2F%2Fx.example%2F")
    );
    assert!(
        Channel::Email
            .link("a", "u", "s")
            .ends_with("body=a%0D%0A%0D%0Au")
    );
    assert_eq!(encode("-._~"), "-._~");
}

#[test]
fn the_share_email_subject_is_one_clean_line_whatever_the_title() {
    let link = Channel::Email.link(
        "text",
        "https://tocsin.example/c",
        "Free Ainur\r\nBcc: spy@example.org\u{2028}x",
    );
    let query = link.strip_prefix("mailto:?").unwrap();
    let subject = query
        .split('&')
        .find_map(|p| p.strip_prefix("subject="))
        .unwrap();
    let subject = percent_encoding::percent_decode_str(subject)
        .decode_utf8()
        .unwrap();
    assert_eq!(subject, "Free Ainur Bcc: spy@example.org x");
    assert_eq!(query.split('&').count(), 2, "{query}");
}

#[test]
fn qr_codes_are_drawn_as_one_path_within_a_quiet_zone() {
    let (path, size) =
        qr_path("https://tocsin.example/campaigns/free-ainur-kurmanov?lang=ru").unwrap();
    assert!(path.starts_with('M'));
    assert!((29..=49).contains(&size), "{size}");
    // Followed as a pen would, the lines cover exactly the code's dark
    // modules, each a quiet zone of four inside the square.
    let code =
        super::qr::encode("https://tocsin.example/campaigns/free-ainur-kurmanov?lang=ru").unwrap();
    assert_eq!(code.mask().value(), 0);
    assert!(code.error_correction_level() >= qrcodegen::QrCodeEcc::Medium);
    let mut drawn = std::collections::BTreeSet::new();
    let (mut x, mut y) = (0.0_f64, 0.0_f64);
    let mut rest = path.as_str();
    while let Some(command) = rest.chars().next() {
        rest = &rest[1..];
        let end = rest.find(['M', 'm', 'h']).unwrap_or(rest.len());
        let numbers: Vec<f64> = rest[..end].split(' ').map(|n| n.parse().unwrap()).collect();
        rest = &rest[end..];
        match (command, numbers.as_slice()) {
            ('M', [nx, ny]) => (x, y) = (*nx, *ny),
            ('m', [dx, dy]) => (x, y) = (x + dx, y + dy),
            ('h', [run]) => {
                for step in 0..*run as i32 {
                    drawn.insert((x as i32 + step - 4, (y - 0.5) as i32 - 4));
                }
                x += run;
            }
            other => panic!("{other:?}"),
        }
    }
    let dark: std::collections::BTreeSet<(i32, i32)> = (0..code.size())
        .flat_map(|y| (0..code.size()).map(move |x| (x, y)))
        .filter(|&(x, y)| code.get_module(x, y))
        .collect();
    assert_eq!(drawn, dark);
    assert_eq!(size, code.size() + 8);
    // Same text, same drawing: the flyer and the panel agree.
    assert_eq!(
        qr_path("https://tocsin.example/").unwrap().0,
        qr_path("https://tocsin.example/").unwrap().0
    );
    assert!(qr_path(&"x".repeat(5_000)).is_none());
}

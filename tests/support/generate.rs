//! Valid content made up from a fixed seed, for the tests that hold every
//! valid file to rendering without a panic: natively through the
//! pre-renderer (`tests/generated.rs`) and in Chromium through the app's
//! components (`tests/web.rs`). Case `i` turns each optional field on or off
//! by the bits of `i`, so a few dozen cases cover every optional field both
//! ways and every combination of the letter's placeholders; the seed varies
//! the text (Latin, Cyrillic, Kazakh, Arabic, markup that must stay text).

use serde_json::{Value, json};

/// The seed every run uses, so a failure can be replayed.
pub const SEED: u64 = 0x7c0c_5115;

/// Cases: enough for every combination of seven optional parts and of the
/// five placeholders (32).
pub const CASES: usize = 128;

/// A small deterministic generator (SplitMix64).
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A whole number below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// One to `most` words, in one line.
    pub fn words(&mut self, most: usize) -> String {
        const WORDS: [&str; 16] = [
            "workers",
            "release",
            "Almaty",
            "освободить",
            "профсоюз",
            "босатыңыз",
            "кәсіподақ",
            "أطلقوا",
            "سراح",
            "<script>alert(1)</script>",
            "{{braces}}",
            "R&D \"quoted\"",
            "naïve",
            "100%",
            "✊",
            "O'Brien",
        ];
        let count = 1 + self.below(most.max(1));
        (0..count)
            .map(|_| self.pick(&WORDS))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Whether bit `n` of case `i` is set.
fn bit(i: usize, n: u32) -> bool {
    i >> n & 1 == 1
}

/// The letter languages a case may use.
const LANGUAGES: [&str; 5] = ["en", "ru", "kk", "de", "ar"];

/// The placeholders a letter may hold, as written in a template.
pub const PLACEHOLDERS: [&str; 5] = [
    "{sender_name}",
    "{sender_city}",
    "{sender_country}",
    "{target_name}",
    "{salutation}",
];

/// The site file the generated articles refer to.
pub fn site() -> Value {
    json!({
        "name": "Generated",
        "tagline": "Made up from a seed",
        "languages": ["en", "ru", "kk", "ar"],
        "appeals": [{
            "id": "donate",
            "title": "Support us",
            "text": "Give what you can.",
            "links": [{ "label": "Donate", "url": "https://example.org/donate" }]
        }]
    })
}

/// Article `i` of the run: every optional part on or off by its bits.
pub fn article(rng: &mut Rng, i: usize) -> Value {
    let rich = |rng: &mut Rng| -> Value {
        if rng.below(2) == 0 {
            json!(rng.words(12))
        } else {
            json!([
                rng.words(5),
                { "em": rng.words(3) },
                " ",
                { "strong": rng.words(3) },
                { "link": { "text": rng.words(2), "href": "https://example.org/a?b=c#d" } },
                { "link": {
                    "text": rng.words(2),
                    "href": "mailto:office@example.org?subject=Hello&body=Hi%0D%0Athere"
                } }
            ])
        }
    };
    let mut body = vec![
        json!({ "paragraph": rich(rng) }),
        json!({ "heading": rng.words(4) }),
    ];
    let quote = if bit(i, 5) {
        json!({ "quote": { "text": rich(rng), "cite": rng.words(3) } })
    } else {
        json!({ "quote": { "text": rich(rng) } })
    };
    body.push(quote);
    body.push(json!({ "list": { "ordered": bit(i, 6), "items": [rich(rng), rich(rng)] } }));
    let mut image =
        json!({ "src": "images/photo.jpg", "alt": rng.words(4), "width": 800, "height": 600 });
    if bit(i, 4) {
        image["caption"] = json!(rng.words(6));
    }
    body.push(json!({ "image": image }));
    let mut article = json!({
        "slug": format!("generated-{i}"),
        "title": rng.words(8),
        "standfirst": rng.words(16),
        "published": format!("20{:02}-{:02}-{:02}", 10 + i % 15, 1 + i % 12, 1 + i % 28),
        "byline": rng.words(3),
        "section": rng.words(1),
        "body": body,
    });
    if bit(i, 0) {
        article["tags"] = json!(["kazakhstan", format!("tag-{}", i % 5)]);
    }
    if bit(i, 1) {
        let url = if bit(i, 2) {
            json!("https://example.org/earlier")
        } else {
            Value::Null
        };
        let mut reference =
            json!({ "title": rng.words(5), "source": "example.org", "date": "2010-03-26" });
        if !url.is_null() {
            reference["url"] = url;
        }
        article["references"] = json!([reference]);
    }
    if bit(i, 3) {
        article["campaign"] = json!(format!("generated-{i}"));
    }
    if bit(i, 2) {
        article["appeal"] = json!("donate");
    }
    // Written in another of the site's languages than its first.
    if bit(i, 6) {
        article["language"] = json!(LANGUAGES[i % LANGUAGES.len()]);
        // Translated: its neighbour is in another language, by the rule above.
        if bit(i, 5) {
            let other = i ^ 1;
            article["translations"] =
                json!({ LANGUAGES[other % LANGUAGES.len()]: format!("generated-{other}") });
        }
    }
    article
}

/// Campaign `i` of the run: status, deadline, updates, targets, reader
/// targets, copies, letters and translations on or off by its bits, and the
/// letter's placeholders the subset of [`PLACEHOLDERS`] that `i % 32` names.
pub fn campaign(rng: &mut Rng, i: usize) -> Value {
    let status = ["active", "won", "closed"][i % 3];
    let targets: Vec<Value> = (0..(i / 3) % 3)
        .map(|n| {
            let mut target = json!({
                "name": rng.words(4),
                "role": rng.words(3),
                "email": format!("target{n}@example.org")
            });
            // Names, roles and greetings in some languages, not all.
            if bit(i, 6) {
                target["greetings"] = json!({ "ru": rng.words(3), "en": rng.words(2) });
                target["translations"] = json!({
                    "ru": { "name": rng.words(3), "role": rng.words(2) },
                    "kk": { "name": rng.words(3) }
                });
            }
            target
        })
        .collect();
    // An active campaign needs someone to write to.
    let reader_targets = if bit(i, 2) || (status == "active" && targets.is_empty()) {
        let mut target = json!({ "label": rng.words(3), "free_entry": bit(i, 3) });
        if bit(i, 4) || !bit(i, 3) {
            target["directory"] = json!({
                "DE": [{ "name": rng.words(4), "email": "embassy.de@example.org",
                         "greetings": { "ru": rng.words(3) }, "translations": { "ar": { "name": rng.words(3) } } }],
                "GB": [{ "name": rng.words(4), "email": "embassy.gb@example.org" }]
            });
            // As published: a shared directory's addresses beside its id.
            if bit(i, 0) {
                target["shared_directory"] = json!("embassies");
            }
        }
        if bit(i, 1) {
            target["labels"] = json!({ "ru": rng.words(3), "ar": rng.words(3) });
        }
        vec![target]
    } else {
        Vec::new()
    };
    let placeholders: Vec<&str> = (0..5)
        .filter(|n| bit(i % 32, *n))
        .map(|n| PLACEHOLDERS[n as usize])
        .collect();
    // A letter that greets with {salutation} needs its collective greeting;
    // others have one or not.
    let greeted = placeholders.contains(&"{salutation}") || bit(i, 5);
    let letters: Vec<Value> = (0..1 + i % 3)
        .map(|n| {
            let language = LANGUAGES[(i + n) % LANGUAGES.len()];
            let subjects: Vec<String> = (0..1 + (i + n) % 3).map(|_| rng.words(6)).collect();
            let body = format!(
                "{} {}\n\n{}\n{{{{literal braces}}}}\n{}",
                rng.words(2),
                placeholders.join(", "),
                rng.words(20),
                rng.words(3)
            );
            let mut letter = json!({ "language": language, "subjects": subjects, "body": body });
            if greeted {
                letter["greeting"] = json!(rng.words(3));
            }
            letter
        })
        .collect();
    let recommended = bit(i, 4)
        .then(|| letters.last().map(|l| l["language"].clone()))
        .flatten();
    let mut campaign = json!({
        "slug": format!("generated-{i}"),
        "title": rng.words(5),
        "at_risk": rng.words(6),
        "summary": rng.words(20),
        "status": status,
        "demands": [rng.words(8), rng.words(8)],
        "targets": targets,
        "reader_targets": reader_targets,
        "letters": letters,
        "share_text": rng.words(10),
    });
    if status != "active" || bit(i, 5) {
        campaign["outcome"] = json!(rng.words(10));
    }
    if bit(i, 0) {
        campaign["deadline"] = json!("2010-04-29");
    }
    if bit(i, 1) {
        campaign["updates"] = json!([{ "date": "2010-04-15", "text": rng.words(10) }]);
    }
    if bit(i, 5) {
        campaign["copies"] = json!(["copies@example.org"]);
    }
    if bit(i, 6) {
        campaign["demo"] = json!(true);
    }
    if let Some(language) = recommended {
        campaign["letter_language"] = language;
    }
    // A translation complete in one language, partial in another.
    if bit(i, 3) {
        campaign["translations"] = json!({
            "ru": {
                "title": rng.words(5), "at_risk": rng.words(5), "summary": rng.words(15),
                "outcome": rng.words(8), "demands": [rng.words(6)],
                "updates": [{ "date": "2010-04-16", "text": rng.words(8) }], "share_text": rng.words(8)
            },
            "ar": { "title": rng.words(5) }
        });
    }
    campaign
}

/// Every case of the run as (article, campaign), in order.
pub fn cases() -> Vec<(Value, Value)> {
    let mut rng = Rng::new(SEED);
    (0..CASES)
        .map(|i| {
            let article = article(&mut rng, i);
            (article, campaign(&mut rng, i))
        })
        .collect()
}

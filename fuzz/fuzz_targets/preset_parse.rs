//! A share link's query, as arbitrary bytes, read against the demo campaign:
//! the preset only ever holds what the campaign offers, and writes back a
//! query of plain tags and numbers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tocsin::model::{Campaign, Directory};
use tocsin::share::Preset;

/// Decoded once: the fuzzer's time goes to the parser, not to JSON.
static CAMPAIGN: OnceLock<Campaign> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(query) = std::str::from_utf8(data) else {
        return;
    };
    let campaign = CAMPAIGN.get_or_init(|| {
        let campaign: Campaign = serde_json::from_str(include_str!(
            "../../public/data/campaigns/free-ainur-kurmanov.json"
        ))
        .expect("the demo campaign decodes");
        let directory: Directory = serde_json::from_str(include_str!(
            "../../public/data/directories/kazakhstan-embassies.json"
        ))
        .expect("the demo directory decodes");
        // As published: the shared directory written in.
        (campaign.with_directories(|_| Some(&directory))).expect("the directory is found")
    });
    let pairs = query
        .split('&')
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")));
    let preset = Preset::parse(pairs, campaign).preset;
    if let Some(lang) = &preset.lang {
        assert!(campaign.letters.iter().any(|l| &l.language == lang));
    }
    if let Some(country) = &preset.country {
        assert!(
            campaign
                .reader_targets
                .iter()
                .any(|t| t.directory.contains_key(country))
        );
    }
    let back = preset.to_query();
    assert!(
        back.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"?&=-".contains(&b))
    );
    // Reading our own query back gives the same preset.
    let again = back.trim_start_matches('?');
    let pairs = again
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")));
    assert_eq!(Preset::parse(pairs, campaign).preset, preset);
});

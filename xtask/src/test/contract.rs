//! The takeover's names (`tocsin::takeover`) as the other languages
//! spell them: the end-to-end suite's module and the stylesheets.

use std::collections::BTreeMap;
use tocsin::takeover::{
    ALL, APP_FAILED, APP_ID, APP_LATE, APP_START, APP_STATE, NEEDS_APP, PRERENDERED_TAG,
};
use tocsin_site::project::Project;

fn read(path: &str) -> String {
    let root = Project::locate().root;
    std::fs::read_to_string(root.join(path)).unwrap()
}

#[test]
fn the_e2e_suite_names_what_the_contract_names() {
    let module = read("e2e/contract.js");
    let exported: BTreeMap<&str, &str> = module
        .lines()
        .filter_map(|line| line.strip_prefix("export const ")?.strip_suffix("';"))
        .filter_map(|line| line.split_once(" = '"))
        .collect();
    let expected: BTreeMap<&str, &str> = ALL.into_iter().collect();
    assert_eq!(exported, expected);
}

#[test]
fn the_stylesheets_use_only_the_contracts_names() {
    let css: String = [
        "style/base.css",
        "style/campaign.css",
        "style/reading.css",
        "style/print.css",
    ]
    .map(read)
    .concat();
    // What the stylesheets rely on is there, spelled as the contract says.
    for selector in [
        format!("#{APP_ID}[hidden]"),
        format!("[{APP_STATE}=\"{APP_FAILED}\"] .plain-letter"),
        format!("[{APP_STATE}=\"{APP_LATE}\"] .plain-letter"),
    ] {
        assert!(css.contains(&selector), "{selector}");
    }
    // No other data attribute or state is styled.
    let attributes = [APP_STATE, APP_START, NEEDS_APP, PRERENDERED_TAG];
    for (at, _) in css.match_indices("[data-") {
        let name = &css[at + 1..];
        let name = &name[..name.find([']', '=']).unwrap_or(name.len())];
        assert!(
            attributes.contains(&name),
            "[{name}] is not in the contract"
        );
        let value = css[at..].split(']').next().unwrap_or_default();
        if let Some((_, state)) = value.split_once('=') {
            let state = state.trim_matches('"');
            assert!([APP_FAILED, APP_LATE].contains(&state), "{value}]");
        }
    }
}

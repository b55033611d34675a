//! Shared directories: one file of addresses that campaigns name by id,
//! checked on its own and against the campaigns that use it, and written
//! into each of them when the data folder is published.

use super::{Problem, check, demo_with, repo};

const CAMPAIGN: &str = "campaigns/free-ainur-kurmanov.json";
const DIRECTORY: &str = "directories/kazakhstan-embassies.json";

fn messages(found: &[Problem]) -> Vec<(&str, &str, &str)> {
    (found.iter())
        .map(|p| (p.file.as_str(), p.pointer.as_str(), p.message.as_str()))
        .collect()
}

#[test]
fn the_demo_campaign_names_the_shared_directory_rather_than_holding_it() {
    let text = std::fs::read_to_string(repo().join("public/data").join(CAMPAIGN)).unwrap();
    assert!(text.contains("\"shared_directory\": \"kazakhstan-embassies\""));
    assert!(
        !text.contains("@example.org\""),
        "addresses left in the campaign"
    );
}

#[test]
fn a_campaign_naming_a_missing_directory_is_refused() {
    let files = demo_with(
        CAMPAIGN,
        "\"kazakhstan-embassies\"",
        "\"kazakstan-embassies\"",
    );
    let found = check(&files);
    assert_eq!(
        messages(&found),
        [(
            CAMPAIGN,
            "/reader_targets/0/shared_directory",
            "no directory file directories/kazakstan-embassies.json"
        )]
    );
}

#[test]
fn a_reader_target_takes_a_shared_directory_or_its_own_not_both() {
    let files = demo_with(
        CAMPAIGN,
        "\"shared_directory\": \"kazakhstan-embassies\",",
        "\"shared_directory\": \"kazakhstan-embassies\", \"directory\": {\"GB\": [{\"name\": \"X\", \
            \"email\": \"x@example.org\"}]},",
    );
    let found = check(&files);
    assert_eq!(messages(&found).len(), 1, "{found:?}");
    assert_eq!(found[0].pointer, "/reader_targets/0/shared_directory");
    assert!(
        found[0].message.contains("not both"),
        "{}",
        found[0].message
    );
}

#[test]
fn a_country_listed_twice_in_a_directory_is_refused() {
    let files = demo_with(
        DIRECTORY,
        r#""countries": {"#,
        r#""countries": {"GB": [{"name": "A second list", "email": "gb@example.org"}],"#,
    );
    let found: Vec<Problem> = (check(&files).into_iter())
        .filter(|p| p.message.contains("twice"))
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].file.as_str(), found[0].pointer.as_str()),
        (DIRECTORY, "/countries")
    );
    assert!(found[0].message.contains("GB"), "{}", found[0].message);
}

#[test]
fn a_directory_misspelt_or_without_a_greeting_the_letters_use_is_named() {
    let files = demo_with(
        DIRECTORY,
        "\"email\": \"kz-embassy.gb",
        "\"emial\": \"kz-embassy.gb",
    );
    let found = check(&files);
    assert!(
        (found.iter()).any(|p| p.file == DIRECTORY && p.message.contains("did you mean `email`")),
        "{found:?}"
    );
    let files = demo_with(DIRECTORY, "\"ru\": \"Уважаемый господин посол\",", "");
    assert_eq!(check(&files), Vec::<Problem>::new());
    let gaps = super::super::check::warnings(&files);
    let gap =
        (gaps.iter()).find(|p| p.file == DIRECTORY && p.message.starts_with("no ru greeting"));
    let gap = gap.unwrap_or_else(|| panic!("no greeting warning in {DIRECTORY}: {gaps:?}"));
    assert_eq!(gap.pointer, "/countries/GB/0/greetings");
}

#[test]
fn the_published_campaign_holds_the_directory_and_its_id() {
    let dir = std::env::temp_dir().join(format!("tocsin-publish-{}", std::process::id()));
    let data = repo().join("public/data");
    let content = crate::content::Content::read(&data).unwrap();
    let output = crate::output::Output::open(&dir, None);
    crate::content::publish(&content, &data, &output).unwrap();
    let read = |path: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(dir.join("data").join(path)).unwrap())
            .unwrap()
    };
    let campaign = read(CAMPAIGN);
    let target = &campaign["reader_targets"][0];
    assert_eq!(target["shared_directory"], "kazakhstan-embassies");
    assert_eq!(target["directory"], read(DIRECTORY)["countries"]);
    assert!(target["directory"]["GB"][0]["email"].is_string());
    std::fs::remove_dir_all(&dir).unwrap();
}

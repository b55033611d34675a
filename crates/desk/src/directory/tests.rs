//! The demo directory corrected in the form: unchanged it is the same
//! file; a bad address is kept and named at its place; a new country's
//! address is added and asked for.

use super::*;

fn demo() -> (String, DirectoryForm) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/data/directories/kazakhstan-embassies.json"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let directory = serde_json::from_str(&text).unwrap();
    let id = Slug::parse("kazakhstan-embassies").unwrap();
    (text, DirectoryForm::new(id, directory))
}

#[test]
fn a_directory_opened_and_saved_unchanged_is_the_same_file() {
    let (text, mut form) = demo();
    assert_eq!(form.file(), text);
    assert!(!form.changed() && form.problems().is_empty());
    let ru = Tag::of(&LanguageTag::parse("ru").unwrap()).unwrap();
    for (i, j, _) in form.entries() {
        for spot in [
            Spot::Name(i, j),
            Spot::Email(i, j),
            Spot::Greeting(i, j, ru),
        ] {
            let shown = form.text(spot);
            form.set(spot, &shown);
        }
    }
    assert_eq!(form.file(), text);
}

#[test]
fn a_bad_address_is_kept_at_its_place_and_a_new_country_is_asked_for() {
    let (text, mut form) = demo();
    let (i, j, _) = form.entries()[0].clone();
    form.set(Spot::Email(i, j), "embassy at example.org");
    assert_eq!(form.text(Spot::Email(i, j)), "embassy at example.org");
    let problems = form.problems();
    assert_eq!(
        (problems.len(), problems[0].spot, problems[0].typed),
        (1, Some(Spot::Email(i, j)), true)
    );
    assert!(form.changed());
    form.set(Spot::Email(i, j), "embassy@example.org");
    assert!(form.file().contains("\"email\": \"embassy@example.org\""));
    assert!(form.add("gb").is_err(), "a country is two capital letters");
    form.add("JP").unwrap();
    let (k, l, code) = form.entries().last().cloned().unwrap();
    assert_eq!(code, "JP");
    // Its name and address are still to write, and the checker says so.
    let asked: Vec<Option<Spot>> = form.problems().iter().map(|p| p.spot).collect();
    assert!(
        asked.contains(&Some(Spot::Email(k, l))) && asked.contains(&Some(Spot::Name(k, l))),
        "{asked:?}"
    );
    form.set(Spot::Name(k, l), "Embassy of Kazakhstan in Japan");
    form.set(Spot::Email(k, l), "kz-embassy.jp@example.org");
    let ru = Tag::of(&LanguageTag::parse("ru").unwrap()).unwrap();
    form.set(Spot::NameIn(k, l, ru), "Посольство Казахстана в Японии");
    assert!(
        form.file()
            .contains("\"name\": \"Посольство Казахстана в Японии\"")
    );
    form.set(Spot::NameIn(k, l, ru), "");
    assert!(!form.file().contains("Японии"));
    assert!(form.problems().is_empty(), "{:?}", form.problems());
    assert_ne!(form.file(), text);
}

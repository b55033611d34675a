//! The form against the demo campaign: saved unchanged it is the same
//! file; what the model cannot take is kept and named at its field.

use super::*;

/// The demo campaign's file, and the campaign it holds.
pub(crate) fn demo() -> (String, Campaign) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/data/campaigns/free-ainur-kurmanov.json"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let campaign = serde_json::from_str(&text).unwrap();
    (text, campaign)
}

#[test]
fn a_campaign_opened_and_saved_unchanged_is_the_same_file() {
    let (text, campaign) = demo();
    let mut form = Form::new(campaign);
    assert_eq!(form.file(), text);
    assert!(form.ready(), "{:?}", form.problems());
    // Every field written back as it reads changes nothing.
    for field in form.fields() {
        let shown = form.text(field);
        form.set(field, &shown);
    }
    assert_eq!(form.file(), text);
}

#[test]
fn a_bad_address_is_flagged_at_its_field_and_kept_until_fixed() {
    let (text, campaign) = demo();
    let mut form = Form::new(campaign);
    let address = Field::Target(0, Part::Email);
    form.set(address, "gp-rk at mail.online.kz");
    assert_eq!(form.text(address), "gp-rk at mail.online.kz");
    let problems = form.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].field, Some(address));
    assert!(!form.ready());
    // The file keeps the last good address meanwhile.
    assert_eq!(form.file(), text);
    form.set(address, "procurator@example.org");
    assert!(form.ready());
    assert!(
        form.file()
            .contains("\"email\": \"procurator@example.org\"")
    );
}

#[test]
fn a_letter_is_plain_text_and_a_bad_placeholder_is_named_at_it() {
    let (_, campaign) = demo();
    let mut form = Form::new(campaign);
    let body = Field::Letter(0, Part::Body);
    assert!(form.text(body).contains("\n\nI am writing to protest"));
    form.set(body, "Dear {target},\nFree him.");
    let problem = &form.problems()[0];
    assert_eq!(problem.field, Some(body));
    assert!(
        problem.message.contains("unknown placeholder {target}"),
        "{}",
        problem.message
    );
    form.set(body, "{salutation},\nFree him.\n{sender_name}");
    assert!(
        form.file()
            .contains(r#""body": "{salutation},\nFree him.\n{sender_name}""#)
    );
    form.set(
        Field::Letter(0, Part::Subjects),
        "Free him\n\n  Free him now  \n",
    );
    assert_eq!(
        form.campaign.letters[0].subjects,
        ["Free him", "Free him now"]
    );
}

#[test]
fn news_is_added_first_and_a_won_case_asks_for_its_outcome() {
    let (_, campaign) = demo();
    let mut form = Form::new(campaign);
    form.set(Field::Update(1, Part::Date), "26 March");
    let day = Date::parse("2010-05-01").unwrap();
    form.add_update(day.clone());
    assert_eq!(form.campaign.updates[0].date, day);
    // What was typed into the old second update follows it to third.
    assert_eq!(form.text(Field::Update(2, Part::Date)), "26 March");
    form.set(Field::Update(2, Part::Date), "2010-03-26");
    form.set(Field::Update(0, Part::Text), "Ainur was released.");
    // Each language with news of its own shows the new update once it
    // is translated, after the older ones it has.
    let ru = Tag::of(&LanguageTag::parse("ru").unwrap()).unwrap();
    assert_eq!(form.text(Field::UpdateTranslation(0, ru)), "");
    form.set(Field::UpdateTranslation(0, ru), "Айнура освободили.");
    let news = form
        .campaign
        .translations
        .get("ru")
        .unwrap()
        .updates
        .clone()
        .unwrap();
    assert_eq!(
        (news.len(), news[0].text.as_str()),
        (3, "Айнура освободили.")
    );
    assert_eq!(form.text(Field::UpdateTranslation(1, ru)), news[1].text);
    form.mark_won();
    let problems = form.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].field, Some(Field::Status));
    form.set(
        Field::Outcome,
        "Released on 1 May after protests from 20 countries.",
    );
    assert!(form.ready(), "{:?}", form.problems());
}

#[test]
fn targets_and_letters_are_added_and_removed() {
    let (_, campaign) = demo();
    let mut form = Form::new(campaign);
    form.add_target();
    form.add_target();
    let new = Field::Target(1, Part::Email);
    assert_eq!(form.text(new), "");
    assert!(form.problems().iter().any(|p| p.field == Some(new)));
    form.remove(new);
    // The third moved up to second, with what was typed into it.
    assert_eq!(form.text(new), "");
    form.set(new, "embassy@example.org");
    form.set(Field::Target(1, Part::Name), "Embassy");
    form.set(Field::Target(1, Part::Role), "Embassy of Kazakhstan");
    assert!(form.ready(), "{:?}", form.problems());
    form.remove(new);
    assert_eq!(form.campaign.targets.len(), 1);
    assert!(form.ready(), "{:?}", form.problems());
    form.add_letter(LanguageTag::parse("fr").unwrap());
    let fields: Vec<Option<Field>> = form.problems().iter().map(|p| p.field).collect();
    assert!(
        fields.contains(&Some(Field::Letter(5, Part::Subjects))),
        "{fields:?}"
    );
    assert_eq!(
        Field::at(&form.fields(), "/letters/5/body"),
        Some(Field::Letter(5, Part::Body))
    );
    assert_eq!(Field::Title.id(), "field-title");
}

#[test]
fn copies_are_one_address_a_line_and_a_bad_one_is_named() {
    let (_, campaign) = demo();
    let mut form = Form::new(campaign);
    form.set(Field::Copies, "cwi@example.org\n\nnot an address\n");
    let problem = &form.problems()[0];
    assert_eq!(problem.field, Some(Field::Copies));
    assert!(
        problem.message.starts_with("not an address: "),
        "{}",
        problem.message
    );
    form.set(Field::Copies, "cwi@example.org\npress@example.org");
    assert_eq!(form.campaign.copies.len(), 2);
    assert_eq!(
        form.text(Field::Copies),
        "cwi@example.org\npress@example.org"
    );
}

#[test]
fn a_slug_the_site_has_is_said_unless_it_is_the_campaign_opened() {
    let (_, campaign) = demo();
    let taken = vec!["free-ainur-kurmanov".to_owned()];
    let mut form = Form::new(campaign);
    assert!(form.replaces(&taken));
    form.opened_as = Some("free-ainur-kurmanov".into());
    assert!(!form.replaces(&taken));
    form.set(Field::Slug, "free-erlan-baljanov");
    assert!(!form.replaces(&taken));
}

#[test]
fn each_recipient_is_greeted_in_each_letters_language() {
    let (text, campaign) = demo();
    let mut form = Form::new(campaign);
    let russian = Tag::of(&LanguageTag::parse("ru").unwrap()).unwrap();
    let greeting = Field::TargetGreeting(0, russian);
    assert!(form.fields().contains(&greeting));
    assert_eq!(form.text(greeting), "Уважаемый господин прокурор");
    form.set(greeting, "");
    assert_eq!(form.campaign.targets[0].greetings.get("ru"), None);
    form.set(greeting, "Уважаемый господин прокурор");
    // Written back, it comes after the others: the file changes only in order.
    assert_ne!(form.file(), text);
    assert_eq!(
        form.campaign.targets[0]
            .greetings
            .get("ru")
            .map(String::as_str),
        Some("Уважаемый господин прокурор")
    );
}

#[test]
fn a_recipient_named_in_another_language_is_kept_only_while_named() {
    let (text, campaign) = demo();
    let mut form = Form::new(campaign);
    let es = Tag::of(&LanguageTag::parse("es").unwrap()).unwrap();
    let (name, role) = (
        Field::TargetTranslation(0, es, Part::Name),
        Field::TargetTranslation(0, es, Part::Role),
    );
    form.set(name, "Der Staatsanwalt von Almaty");
    form.set(role, "Staatsanwaltschaft");
    assert!(form.fields().contains(&role));
    assert_eq!(form.text(name), "Der Staatsanwalt von Almaty");
    assert!(
        form.file()
            .contains("\"name\": \"Der Staatsanwalt von Almaty\"")
    );
    form.set(name, "");
    form.set(role, " ");
    assert!(!form.fields().contains(&role));
    assert_eq!(form.file(), text);
}

//! The draft's core: a first draft from a share link and remembered
//! details, and the email a draft makes, all at once or in turn.

use super::super::*;
use crate::i18n::english;
use crate::model::{Campaign, CountryCode, LanguageTag};
use crate::share::Preset;

fn campaign() -> Campaign {
    crate::demo::campaign()
}

fn details() -> Details {
    Details {
        name: "Ann Reader".into(),
        city: "Leeds".into(),
        country: "United Kingdom".into(),
    }
}

#[test]
fn a_first_draft_follows_the_share_link_and_the_remembered_details() {
    let campaign = campaign();
    let fresh = Draft::first(&campaign, &Preset::default(), None, 7);
    // The letter starts in the language its targets read.
    assert_eq!(fresh.lang.as_ref().map(LanguageTag::as_str), Some("ru"));
    assert_eq!((fresh.seed, fresh.remember), (7, false));
    assert_eq!(fresh.details, Details::default());
    let preset = Preset {
        lang: Some(LanguageTag::parse("ru").unwrap()),
        country: Some(CountryCode::parse("DE").unwrap()),
        variant: Some(2),
    };
    let shared = Draft::first(&campaign, &preset, Some(details()), 7);
    assert_eq!(shared.lang.as_ref().map(LanguageTag::as_str), Some("ru"));
    assert_eq!(shared.directory_country, preset.country);
    // Variant 2 is the second subject, whatever the tab's seed.
    assert_eq!((shared.seed, shared.remember), (1, true));
    assert_eq!(shared.details, details());
}

#[test]
fn a_forgotten_draft_keeps_nothing_of_the_reader_and_keeps_the_letter() {
    let mut draft = Draft::first(&campaign(), &Preset::default(), Some(details()), 7);
    let own = vec![crate::model::Part::Text("My own words".to_owned())];
    draft.body = Some(own.clone());
    draft.forget();
    assert_eq!(
        (draft.remember, draft.details.clone()),
        (false, Details::default())
    );
    assert_eq!(draft.body, Some(own));
}

#[test]
fn a_draft_without_details_names_the_first_one_missing() {
    let composed =
        Draft::first(&campaign(), &Preset::default(), None, 0).compose(&campaign(), english());
    assert_eq!(
        composed.body,
        Err(FillError(crate::model::Placeholder::SenderName))
    );
    assert_eq!(composed.message(), None);
}

#[test]
fn in_turn_each_email_goes_to_one_recipient_until_the_last() {
    let campaign = campaign();
    let mut draft = Draft::first(&campaign, &Preset::default(), Some(details()), 0);
    draft.directory_country = campaign.reader_targets[0].directory.keys().next().cloned();
    let together = draft.compose(&campaign, english());
    let all = together.message().expect("a complete letter");
    assert_eq!(all.to.len(), campaign.targets.len() + 1);
    assert!(all.body.contains("Ann Reader"), "{}", all.body);
    draft.in_turn = true;
    let mut seen = Vec::new();
    loop {
        let composed = draft.compose(&campaign, english());
        let message = composed.message().expect("a complete letter");
        assert_eq!(message.to.len(), 1);
        seen.push(message.to[0].clone());
        let mut plan = composed.plan;
        if !plan.advance() {
            break;
        }
        draft.step = plan.step;
    }
    assert_eq!(seen, all.to);
    // A step past the end (the recipients changed) stays on the last.
    draft.step = 99;
    assert_eq!(
        draft.compose(&campaign, english()).plan.step,
        seen.len() - 1
    );
}

#[test]
fn an_edited_letter_and_subject_are_sent_as_written() {
    let campaign = campaign();
    let mut draft = Draft::first(&campaign, &Preset::default(), None, 0);
    draft.subject = Some("My own subject".into());
    draft.edit_body(&campaign, english(), "My own words");
    let composed = draft.compose(&campaign, english());
    assert_eq!(composed.subject, "My own subject");
    assert_eq!(composed.body.as_deref(), Ok("My own words"));
    assert_eq!(composed.copies, campaign.copies);
}

#[test]
fn each_recipient_is_greeted_in_the_letters_language_and_several_collectively() {
    let campaign = campaign();
    let preset = Preset {
        country: Some(CountryCode::parse("DE").unwrap()),
        ..Preset::default()
    };
    let mut draft = Draft::first(&campaign, &preset, Some(details()), 0);
    // Both at once: the collective greeting, never two names joined.
    let both = draft.compose(&campaign, english());
    let body = both.body.clone().unwrap();
    assert!(body.starts_with("Уважаемые господа!\n"), "{body}");
    let names: Vec<&str> = both.plan.targets.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Прокурор города Алматы",
            "Посольство Казахстана в Германии (пример адреса)"
        ]
    );
    // One at a time: each by their own salutation.
    draft.in_turn = true;
    let first = draft.compose(&campaign, english()).body.unwrap();
    assert!(
        first.starts_with("Уважаемый господин прокурор!\n"),
        "{first}"
    );
    draft.step = 1;
    let second = draft.compose(&campaign, english()).body.unwrap();
    assert!(
        second.starts_with("Уважаемый господин посол!\n"),
        "{second}"
    );
    // The same in Kazakh, and in English.
    for (tag, greeting) in [
        ("kk", "Құрметті прокурор мырза!"),
        ("en", "Dear Procurator,"),
    ] {
        draft.lang = Some(LanguageTag::parse(tag).unwrap());
        draft.step = 0;
        let body = draft.compose(&campaign, english()).body.unwrap();
        assert!(body.starts_with(greeting), "{body}");
    }
}

#[test]
fn the_reader_sees_prompts_in_words_and_never_a_placeholder() {
    let campaign = campaign();
    let en = Some(LanguageTag::parse("en").unwrap());
    let mut draft = Draft::first(&campaign, &Preset::default(), None, 0);
    draft.lang = en;
    let shown = draft.compose(&campaign, english()).shown;
    // Prompts where the reader's details go.
    assert!(shown.starts_with("Dear Procurator,"), "{shown}");
    assert!(shown.contains("[your name]"), "{shown}");
    assert!(!shown.contains('{'), "{shown}");
    let ru = crate::i18n::Catalog::parse(include_str!("../../../../../public/i18n/ru.txt")).0;
    assert!(draft.compose(&campaign, &ru).shown.contains("[ваше имя]"));
}

#[test]
fn an_edited_letter_still_takes_the_details_typed_afterwards() {
    let campaign = campaign();
    let mut draft = Draft::first(&campaign, &Preset::default(), None, 0);
    draft.lang = Some(LanguageTag::parse("en").unwrap());
    let shown = draft.compose(&campaign, english()).shown;
    // The reader adds a line of their own above their name.
    let typed = shown.replace("[your name]", "A nurse from the north.\n[your name]");
    draft.edit_body(&campaign, english(), &typed);
    draft.details = details();
    let body = draft.compose(&campaign, english()).body.unwrap();
    assert!(
        body.contains("A nurse from the north.\nAnn Reader"),
        "{body}"
    );
    assert!(body.contains("Leeds"), "{body}");
    // One email per recipient still greets each by their own salutation.
    draft.directory_country = Some(CountryCode::parse("DE").unwrap());
    draft.in_turn = true;
    let first = draft.compose(&campaign, english()).body.unwrap();
    assert!(first.starts_with("Dear Procurator,"), "{first}");
    draft.step = 1;
    let second = draft.compose(&campaign, english()).body.unwrap();
    assert!(second.starts_with("Dear Ambassador,"), "{second}");
    assert!(second.contains("A nurse from the north."), "{second}");
}

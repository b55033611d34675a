//! The campaign's fields in sections a campaigner recognises, each with its
//! problems beside it, and the list of every problem linked to its field.

use crate::form::{Field, Form, Part, Problem};
use leptos::prelude::*;
use tocsin::i18n::Direction;
use tocsin::model::{LanguageTag, local_date};

/// The label of a letter's text, with the placeholders a reader fills.
const LETTER: &str = "The letter: {salutation}, {sender_name}, {sender_city} and \
    {sender_country} are filled in for each reader";

/// How a field is labelled.
fn label(field: Field) -> String {
    match field {
        Field::Slug => "Address (the file's name): lowercase letters, digits and hyphens".into(),
        Field::Title => "Title".into(),
        Field::AtRisk => "Who is at risk".into(),
        Field::Summary => "What happened, in a few sentences".into(),
        Field::Status => "Status".into(),
        Field::Outcome => "Outcome (once won or closed)".into(),
        Field::Deadline => "Deadline: a day such as 2026-12-20, or empty for none".into(),
        Field::Demands => "Demands, one a line".into(),
        Field::Update(_, Part::Date) => "Day".into(),
        Field::Update(..) => "What happened".into(),
        Field::Target(_, Part::Name) => "Name".into(),
        Field::Target(_, Part::Role) => "Role".into(),
        Field::Target(..) => "Email address".into(),
        Field::TargetGreeting(_, tag) => format!("Greeting in a letter in {}", tag.as_str()),
        Field::TargetTranslation(_, tag, Part::Name) => format!("Name in {}", tag.as_str()),
        Field::TargetTranslation(_, tag, _) => format!("Role in {}", tag.as_str()),
        Field::UpdateTranslation(_, tag) => format!("What happened, in {}", tag.as_str()),
        Field::Letter(_, Part::Language) => "Language (a tag such as en, ru, kk)".into(),
        Field::Letter(_, Part::Subjects) => {
            "Subject lines, one a line: each reader gets one".into()
        }
        Field::Letter(_, Part::Greeting) => {
            "Greeting of several recipients at once, such as Dear Sir or Madam".into()
        }
        Field::Letter(..) => LETTER.into(),
        Field::LetterLanguage => {
            "Language the letter starts in: a tag, or empty for the first letter's".into()
        }
        Field::ShareText => "Text that goes with a shared link".into(),
        Field::Copies => "Addresses that get a copy of every letter, one a line".into(),
        Field::Translation(tag, part) => {
            let what = match part {
                Part::Title => "Title",
                Part::AtRisk => "Who is at risk",
                Part::Summary => "What happened",
                Part::Demands => "Demands, one a line",
                Part::Outcome => "Outcome",
                _ => "Text that goes with a shared link",
            };
            format!("{what} in {}", tag.as_str())
        }
    }
}

/// Every field of the form, in sections.
#[component]
pub fn CampaignFields(form: RwSignal<Option<Form>>) -> impl IntoView {
    // The lists' lengths: a section is laid out again only when one of its
    // items comes or goes, never as the campaigner types.
    let counts = Memo::new(move |_| {
        form.with(|f| {
            f.as_ref().map_or((0, 0, 0), |f| {
                let c = &f.campaign;
                (c.updates.len(), c.targets.len(), c.letters.len())
            })
        })
    });
    let fields = |list: &[Field]| {
        list.iter()
            .map(|&field| view! { <FieldInput form field /> })
            .collect_view()
    };
    let update = move |i: usize| {
        let parts = [Part::Date, Part::Text].map(|p| Field::Update(i, p));
        view! { <Item form legend=format!("News {}", i + 1) parts=parts.to_vec() /> }
    };
    let target = move |i: usize| {
        // The fields the form has for this recipient: its greeting in each
        // letter's language too (its name in other languages is with the
        // translations).
        let parts: Vec<Field> = form.with_untracked(|f| {
            (f.iter().flat_map(Form::fields))
                .filter(|field| field.same_item(Field::Target(i, Part::Name)))
                .filter(|field| !matches!(field, Field::TargetTranslation(..)))
                .collect()
        });
        view! { <Item form legend=format!("Recipient {}", i + 1) parts /> }
    };
    let letter = move |i: usize| {
        let parts = [Part::Language, Part::Subjects, Part::Greeting, Part::Body];
        let parts = parts.map(|p| Field::Letter(i, p));
        view! { <Item form legend=format!("Letter {}", i + 1) parts=parts.to_vec() /> }
    };
    let today = move || {
        let now = js_sys::Date::new_0();
        local_date(now.get_time(), -(now.get_timezone_offset() as i64))
    };
    let (new_language, set_new_language) = signal(String::new());
    view! {
        <section class="desk-form" aria-labelledby="case-heading">
            <h2 id="case-heading">"The case"</h2>
            {fields(&Field::CASE)}
        </section>
        <section class="desk-form" aria-labelledby="news-heading">
            <h2 id="news-heading">"News"</h2>
            <button
                type="button"
                on:click=move |_| {
                    if let Some(day) = today() {
                        form.update(|f| f.iter_mut().for_each(|f| f.add_update(day.clone())));
                    }
                }
            >
                "Add news of today"
            </button>
            <button
                type="button"
                class="secondary"
                on:click=move |_| form.update(|f| f.iter_mut().for_each(Form::mark_won))
            >
                "Mark the case won"
            </button>
            {move || (0..counts.get().0).map(update).collect_view()}
        </section>
        <section class="desk-form" aria-labelledby="targets-heading">
            <h2 id="targets-heading">"Recipients"</h2>
            {move || (0..counts.get().1).map(target).collect_view()}
            <button
                type="button"
                on:click=move |_| form.update(|f| f.iter_mut().for_each(Form::add_target))
            >
                "Add a person or office to write to"
            </button>
            {fields(&[Field::Copies])}
        </section>
        <section class="desk-form" aria-labelledby="letters-heading">
            <h2 id="letters-heading">"Letters"</h2>
            {move || (0..counts.get().2).map(letter).collect_view()}
            <label for="new-letter-language">"Add a letter in (a language tag such as fr)"</label>
            <input
                id="new-letter-language"
                type="text"
                prop:value=new_language
                on:input=move |ev| set_new_language.set(event_target_value(&ev))
            />
            <button
                type="button"
                on:click=move |_| {
                    if let Ok(tag) = LanguageTag::parse(new_language.get_untracked().trim()) {
                        form.update(|f| f.iter_mut().for_each(|f| f.add_letter(tag.clone())));
                        set_new_language.set(String::new());
                    }
                }
            >
                "Add the letter"
            </button>
            {fields(&[Field::LetterLanguage])}
        </section>
        <section class="desk-form" aria-labelledby="share-heading">
            <h2 id="share-heading">"Sharing"</h2>
            {fields(&[Field::ShareText])}
        </section>
    }
}

/// One item of a list, its fields and a button that removes it.
#[component]
fn Item(form: RwSignal<Option<Form>>, legend: String, parts: Vec<Field>) -> impl IntoView {
    let first = parts.first().copied();
    let fields = parts
        .into_iter()
        .map(|field| view! { <FieldInput form field /> })
        .collect_view();
    let remove = move |_| {
        if let Some(field) = first {
            form.update(|f| f.iter_mut().for_each(|f| f.remove(field)));
        }
    };
    view! {
        <fieldset class="desk-item">
            <legend>{legend.clone()}</legend>
            {fields}
            <button type="button" class="secondary" on:click=remove>
                "Remove "
                {legend}
            </button>
        </fieldset>
    }
}

/// The addresses of the site's campaigns, for the warning beside the slug.
#[derive(Clone, Copy)]
pub struct Taken(pub RwSignal<Vec<String>>);

/// Every problem of the form, worked out once a change, for every field.
#[derive(Clone, Copy)]
pub struct Problems(pub Memo<Vec<Problem>>);

/// One field: its label, its control, and its problems in words.
#[component]
pub fn FieldInput(
    form: RwSignal<Option<Form>>,
    field: Field,
    /// The language of the text typed in, when not the desk's.
    #[prop(optional)]
    lang: Option<String>,
) -> impl IntoView {
    let id = field.id();
    let dir = lang
        .as_deref()
        .map(|tag| Direction::of_language(tag).as_str());
    let error_id = format!("{id}-error");
    let text = move || form.with(|f| f.as_ref().map(|f| f.text(field)).unwrap_or_default());
    let all = use_context::<Problems>();
    // This field's share of the one list of problems, recomputed only when
    // that list changes.
    let problems = Memo::new(move |_| {
        (all.iter())
            .flat_map(|all| all.0.get())
            .filter(|p| p.field == Some(field))
            .map(|p| p.message)
            .collect::<Vec<_>>()
            .join("; ")
    });
    let problems = move || problems.get();
    let invalid = move || (!problems().is_empty()).then_some("true");
    // A slug the site already has is allowed (saving replaces that
    // campaign), but said.
    let taken = use_context::<Taken>();
    let replaces = move || {
        let taken = taken.filter(|_| field == Field::Slug)?;
        let replaces = taken
            .0
            .with(|t| form.with(|f| f.as_ref().is_some_and(|f| f.replaces(t))));
        replaces.then_some(
            "The site already has a campaign at this address: saving this file replaces it.",
        )
    };
    let set = move |value: String| form.update(|f| f.iter_mut().for_each(|f| f.set(field, &value)));
    let control = match field {
        Field::Status => view! {
            <select
                id=id.clone()
                aria-invalid=invalid
                aria-describedby=error_id.clone()
                on:change=move |ev| set(event_target_value(&ev))
            >
                {["active", "won", "closed"]
                    .map(|status| {
                        view! {
                            <option value=status selected=move || text() == status>
                                {status}
                            </option>
                        }
                    })}
            </select>
        }
        .into_any(),
        _ if field.lines() => view! {
            <textarea
                id=id.clone()
                lang=lang.clone()
                dir=dir
                rows=if matches!(field, Field::Letter(_, Part::Body)) { "14" } else { "4" }
                prop:value=text
                aria-invalid=invalid
                aria-describedby=error_id.clone()
                on:input=move |ev| set(event_target_value(&ev))
            ></textarea>
        }
        .into_any(),
        _ => view! {
            <input
                id=id.clone()
                type="text"
                lang=lang.clone()
                dir=dir
                prop:value=text
                aria-invalid=invalid
                aria-describedby=error_id.clone()
                on:input=move |ev| set(event_target_value(&ev))
            />
        }
        .into_any(),
    };
    view! {
        <div class="desk-field">
            <label for=id>{label(field)}</label>
            {control}
            <p class="field-error" id=error_id>
                {problems}
            </p>
            <p class="hint" role="status">
                {replaces}
            </p>
        </div>
    }
}

/// Every problem, each linked to its field where the form shows it.
#[component]
pub fn ProblemList(problems: Problems) -> impl IntoView {
    let problems = move || problems.0.get();
    view! {
        <section class="desk-problems" aria-labelledby="problems-heading" aria-live="polite">
            <h2 id="problems-heading">
                {move || match problems().len() {
                    0 => "Ready to publish: the checker finds nothing".to_owned(),
                    n => format!("Not ready to publish: {n} to fix"),
                }}
            </h2>
            <ul>
                {move || {
                    problems()
                        .into_iter()
                        .map(|problem| {
                            let words = format!("{}: {}", problem.pointer, problem.message);
                            match problem.field {
                                Some(field) => {
                                    view! {
                                        <li>
                                            <a href=format!("#{}", field.id())>{words}</a>
                                        </li>
                                    }
                                        .into_any()
                                }
                                None => view! { <li>{words}</li> }.into_any(),
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}

//! The campaign's fields in sections a campaigner recognises, each with its
//! problems beside it, and the list of every problem linked to its field.

use crate::form::{Field, Form, Part, Problem};
use crate::words::{Words, t, words};
use leptos::prelude::*;
use tocsin::i18n::Direction;
use tocsin::model::{LanguageTag, local_date};

/// How a field is labelled, in `words`.
fn label(field: Field, words: &Words) -> String {
    let key = match field {
        Field::Slug => "label-slug",
        Field::Title | Field::Translation(_, Part::Title) => "label-title",
        Field::AtRisk | Field::Translation(_, Part::AtRisk) => "label-at-risk",
        Field::Summary | Field::Translation(_, Part::Summary) => "label-summary",
        Field::Status => "label-status",
        Field::Outcome | Field::Translation(_, Part::Outcome) => "label-outcome",
        Field::Deadline => "label-deadline",
        Field::Demands | Field::Translation(_, Part::Demands) => "label-demands",
        Field::Update(_, Part::Date) => "label-update-date",
        Field::Update(..) | Field::UpdateTranslation(..) => "label-update-text",
        Field::Target(_, Part::Name) | Field::TargetTranslation(_, _, Part::Name) => {
            "label-target-name"
        }
        Field::Target(_, Part::Role) | Field::TargetTranslation(..) => "label-target-role",
        Field::Target(..) => "label-target-email",
        Field::TargetGreeting(..) => "label-target-greeting",
        Field::Letter(_, Part::Language) => "label-letter-language",
        Field::Letter(_, Part::Subjects) => "label-letter-subjects",
        Field::Letter(_, Part::Greeting) => "label-letter-greeting",
        Field::Letter(..) => "label-letter-body",
        Field::LetterLanguage => "label-letter-choice",
        Field::ShareText | Field::Translation(..) => "label-share-text",
        Field::Copies => "label-copies",
        Field::ReaderTarget(_, Part::Label) | Field::ReaderTargetLabel(..) => "label-reader-label",
        Field::ReaderTarget(_, Part::Directory) => "label-reader-directory",
        Field::ReaderTarget(..) => "label-reader-free-entry",
    };
    match field {
        Field::TargetGreeting(_, tag) => words.fill(key, &[("language", tag.as_str())]),
        Field::Translation(tag, _)
        | Field::TargetTranslation(_, tag, _)
        | Field::UpdateTranslation(_, tag) => words.fill(
            "label-in-language",
            &[("what", words.get(key)), ("language", tag.as_str())],
        ),
        _ => words.get(key).to_owned(),
    }
}

/// Where a field is, in `words`: its label, after the item of a list it
/// belongs to (`Recipient 1 · Email address`).
fn place(field: Field, words: &Words) -> String {
    let item = match field {
        Field::Update(i, _) | Field::UpdateTranslation(i, _) => Some(("news-item", i)),
        Field::Target(i, _) | Field::TargetGreeting(i, _) | Field::TargetTranslation(i, ..) => {
            Some(("target-item", i))
        }
        Field::ReaderTarget(i, _) | Field::ReaderTargetLabel(i, _) => Some(("reader-item", i)),
        Field::Letter(i, _) => Some(("letter-item", i)),
        _ => None,
    };
    let label = label(field, words);
    match item {
        Some((key, i)) => format!(
            "{} · {label}",
            words.fill(key, &[("n", &(i + 1).to_string())])
        ),
        None => label,
    }
}

/// A problem in `words`: the checker's rule in that language where the
/// catalog has it, a value the model cannot take by what its field wants.
pub fn say(problem: &Problem, words: &Words) -> String {
    match problem.field.filter(|_| problem.typed) {
        Some(field) => {
            let key = match field {
                Field::Target(_, Part::Email) | Field::Copies => "typed-email",
                Field::Slug => "typed-slug",
                Field::Deadline | Field::Update(_, Part::Date) => "typed-date",
                Field::Letter(_, Part::Language) | Field::LetterLanguage => "typed-language",
                Field::Letter(_, Part::Body) => "typed-letter",
                _ => "typed-other",
            };
            words.fill(key, &[("why", &problem.message)])
        }
        None => words
            .rule(&problem.rule)
            .unwrap_or_else(|| problem.message.clone()),
    }
}

/// Every field of the form, in sections.
#[component]
pub fn CampaignFields(form: RwSignal<Option<Form>>) -> impl IntoView {
    // The lists' lengths: a section is laid out again only when one of its
    // items comes or goes, never as the campaigner types.
    let counts = Memo::new(move |_| {
        form.with(|f| {
            f.as_ref().map_or((0, 0, 0, 0), |f| {
                let c = &f.campaign;
                (
                    c.updates.len(),
                    c.targets.len(),
                    c.letters.len(),
                    c.reader_targets.len(),
                )
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
        let legend = move || words().fill("news-item", &[("n", &(i + 1).to_string())]);
        view! { <Item form legend parts=parts.to_vec() /> }
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
        let legend = move || words().fill("target-item", &[("n", &(i + 1).to_string())]);
        view! { <Item form legend parts /> }
    };
    let reader_target = move |i: usize| {
        let parts = [Part::Label, Part::Directory, Part::FreeEntry];
        let parts = parts.map(|p| Field::ReaderTarget(i, p));
        let legend = move || words().fill("reader-item", &[("n", &(i + 1).to_string())]);
        view! {
            <Item form legend parts=parts.to_vec() />
            <crate::directory::DirectoryEditor form index=i />
        }
    };
    let letter = move |i: usize| {
        let parts = [Part::Language, Part::Subjects, Part::Greeting, Part::Body];
        let parts = parts.map(|p| Field::Letter(i, p));
        let legend = move || words().fill("letter-item", &[("n", &(i + 1).to_string())]);
        view! { <Item form legend parts=parts.to_vec() /> }
    };
    let today = move || {
        let now = js_sys::Date::new_0();
        local_date(now.get_time(), -(now.get_timezone_offset() as i64))
    };
    let (new_language, set_new_language) = signal(String::new());
    view! {
        <section class="desk-form" aria-labelledby="case-heading">
            <h2 id="case-heading">{t("case-heading")}</h2>
            {fields(&Field::CASE)}
        </section>
        <section class="desk-form" aria-labelledby="news-heading">
            <h2 id="news-heading">{t("news-heading")}</h2>
            <button
                type="button"
                on:click=move |_| {
                    if let Some(day) = today() {
                        form.update(|f| f.iter_mut().for_each(|f| f.add_update(day.clone())));
                    }
                }
            >
                {t("news-add")}
            </button>
            <button
                type="button"
                class="secondary"
                on:click=move |_| form.update(|f| f.iter_mut().for_each(Form::mark_won))
            >
                {t("news-won")}
            </button>
            {move || (0..counts.get().0).map(update).collect_view()}
        </section>
        <section class="desk-form" aria-labelledby="targets-heading">
            <h2 id="targets-heading">{t("targets-heading")}</h2>
            {move || (0..counts.get().1).map(target).collect_view()}
            <button
                type="button"
                on:click=move |_| form.update(|f| f.iter_mut().for_each(Form::add_target))
            >
                {t("target-add")}
            </button>
            {move || (0..counts.get().3).map(reader_target).collect_view()}
            <button
                type="button"
                on:click=move |_| form.update(|f| f.iter_mut().for_each(Form::add_reader_target))
            >
                {t("reader-add")}
            </button>
            {fields(&[Field::Copies])}
        </section>
        <section class="desk-form" aria-labelledby="letters-heading">
            <h2 id="letters-heading">{t("letters-heading")}</h2>
            {move || (0..counts.get().2).map(letter).collect_view()}
            <label for="new-letter-language">{t("letter-add-language")}</label>
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
                {t("letter-add")}
            </button>
            {fields(&[Field::LetterLanguage])}
        </section>
        <section class="desk-form" aria-labelledby="share-heading">
            <h2 id="share-heading">{t("share-heading")}</h2>
            {fields(&[Field::ShareText])}
        </section>
    }
}

/// One item of a list, its fields and a button that removes it.
#[component]
fn Item(
    form: RwSignal<Option<Form>>,
    /// The item's name, in the desk's language.
    legend: impl Fn() -> String + Copy + Send + Sync + 'static,
    parts: Vec<Field>,
) -> impl IntoView {
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
            <legend>{legend}</legend>
            {fields}
            <button type="button" class="secondary" on:click=remove>
                {move || words().fill("item-remove", &[("item", &legend())])}
            </button>
        </fieldset>
    }
}

/// The addresses of the site's campaigns, for the warning beside the slug.
#[derive(Clone, Copy)]
pub struct Taken(pub RwSignal<Vec<String>>);

/// The site's shared directories, for a reader target to offer one.
#[derive(Clone, Copy)]
pub struct Listed(pub Signal<Vec<tocsin::model::Listed>>);

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
            .map(|p| say(&p, words()))
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
        replaces.then(|| words().get("slug-taken"))
    };
    let set = move |value: String| form.update(|f| f.iter_mut().for_each(|f| f.set(field, &value)));
    let control = match field {
        Field::ReaderTarget(_, Part::Directory) => {
            let listed = use_context::<Listed>().map(|l| l.0);
            let options = move || {
                let listed = listed.map(|l| l.get()).unwrap_or_default();
                (listed.into_iter())
                    .map(|d| {
                        let id = d.id.to_string();
                        let chosen = id.clone();
                        view! {
                            <option value=id selected=move || text() == chosen>
                                {d.name}
                            </option>
                        }
                    })
                    .collect_view()
            };
            view! {
                <select
                    id=id.clone()
                    aria-invalid=invalid
                    aria-describedby=error_id.clone()
                    on:change=move |ev| set(event_target_value(&ev))
                >
                    <option value="" selected=move || text().is_empty()>
                        {t("reader-no-directory")}
                    </option>
                    {options}
                </select>
            }
            .into_any()
        }
        Field::ReaderTarget(_, Part::FreeEntry) => view! {
            <input
                id=id.clone()
                type="checkbox"
                prop:checked=move || text() == "true"
                aria-describedby=error_id.clone()
                on:change=move |ev| set(event_target_checked(&ev).to_string())
            />
        }
        .into_any(),
        Field::Status => view! {
            <select
                id=id.clone()
                aria-invalid=invalid
                aria-describedby=error_id.clone()
                on:change=move |ev| set(event_target_value(&ev))
            >
                {[("active", "status-active"), ("won", "status-won"), ("closed", "status-closed")]
                    .map(|(status, key)| {
                        view! {
                            <option value=status selected=move || text() == status>
                                {t(key)}
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
            <label for=id>{move || label(field, words())}</label>
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
                    0 => words().get("problems-ready").to_owned(),
                    n => words().fill("problems-count", &[("n", &n.to_string())]),
                }}
            </h2>
            <ul>
                {move || {
                    problems()
                        .into_iter()
                        .map(|problem| {
                            let said = say(&problem, words());
                            let place = problem.field.map(|f| place(f, words()));
                            let words = format!("{}: {said}", place.unwrap_or(problem.pointer));
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

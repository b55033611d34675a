//! One field of the form: its label in the desk's language, its control,
//! and its problems in words beside it.

use super::{Listed, Problems, Taken, say};
use crate::form::{Field, Form, Part};
use crate::words::{Words, t, words};
use leptos::prelude::*;
use tocsin::i18n::Direction;

/// How a field is labelled, in `words`.
pub(super) fn label(field: Field, words: &Words) -> String {
    let key = match field {
        Field::Slug => "label-slug",
        Field::Title | Field::Translation(_, Part::Title) => "label-title",
        Field::AtRisk | Field::Translation(_, Part::AtRisk) => "label-at-risk",
        Field::Summary | Field::Translation(_, Part::Summary) => "label-summary",
        Field::Status => "label-status",
        Field::Outcome | Field::Translation(_, Part::Outcome) => "label-outcome",
        Field::Deadline => "label-deadline",
        Field::Demo => "label-demo",
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
        _ if field.tick() => view! {
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

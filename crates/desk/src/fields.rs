//! The campaign's fields, each with its problems beside it, and the list
//! of every problem with links to the fields.

use crate::form::{Field, Form};
use leptos::prelude::*;

/// How each field is labelled and written.
fn label(field: Field) -> &'static str {
    match field {
        Field::Slug => "Address (the file's name): lowercase letters, digits and hyphens",
        Field::Title => "Title",
        Field::AtRisk => "Who is at risk",
        Field::Summary => "What happened, in a few sentences",
        Field::Status => "Status",
        Field::Outcome => "Outcome (once won or closed)",
        Field::Deadline => "Deadline (a day such as 2026-12-20; leave empty for none)",
        Field::TargetEmail => "Address of the person written to",
        Field::ShareText => "Text that goes with a shared link",
    }
}

/// Every field of the form.
#[component]
pub fn CampaignFields(form: RwSignal<Option<Form>>) -> impl IntoView {
    let fields = Field::ALL
        .into_iter()
        .map(|field| view! { <FieldInput form field /> });
    view! {
        <section class="desk-form" aria-labelledby="form-heading">
            <h2 id="form-heading">"The campaign"</h2>
            {fields.collect_view()}
        </section>
    }
}

/// One field: its label, its control, and its problems in words.
#[component]
fn FieldInput(form: RwSignal<Option<Form>>, field: Field) -> impl IntoView {
    let id = field.id();
    let error_id = format!("{id}-error");
    let text = move || form.with(|f| f.as_ref().map(|f| f.text(field)).unwrap_or_default());
    let problems = move || {
        form.with(|f| {
            (f.iter().flat_map(Form::problems))
                .filter(|p| p.field == Some(field))
                .map(|p| p.message)
                .collect::<Vec<_>>()
                .join("; ")
        })
    };
    let invalid = move || (!problems().is_empty()).then_some("true");
    let set = move |value: String| form.update(|f| f.iter_mut().for_each(|f| f.set(field, &value)));
    let control = match field {
        Field::Summary | Field::Outcome | Field::ShareText => view! {
            <textarea
                id=id.clone()
                rows="4"
                prop:value=text
                aria-invalid=invalid
                aria-describedby=error_id.clone()
                on:input=move |ev| set(event_target_value(&ev))
            ></textarea>
        }
        .into_any(),
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
        _ => view! {
            <input
                id=id.clone()
                type="text"
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
        </div>
    }
}

/// Every problem, each linked to its field where the form shows it.
#[component]
pub fn ProblemList(form: RwSignal<Option<Form>>) -> impl IntoView {
    let problems = move || form.with(|f| f.as_ref().map(Form::problems).unwrap_or_default());
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

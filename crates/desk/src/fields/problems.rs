//! Every problem of the form in the desk's language, each named by where
//! it is and linked to its field.

use super::{Problems, input::label};
use crate::form::{Field, Part, Problem};
use crate::words::{Words, words};
use leptos::prelude::*;

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

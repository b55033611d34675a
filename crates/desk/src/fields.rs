//! The campaign's fields in sections a campaigner recognises, each with its
//! problems beside it (`input`), and the list of every problem linked to
//! its field (`problems`).

mod input;
mod problems;

pub use input::FieldInput;
pub use problems::{ProblemList, say};

use crate::form::{Field, Form, Part, Problem};
use crate::words::{t, words};
use leptos::prelude::*;
use tocsin::model::{LanguageTag, local_date};

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

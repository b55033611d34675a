//! The campaign's text in the site's other languages, side by side with
//! its own, each language with a count of what it still lacks: the
//! checker's own translation gaps (`tocsin::validate::translation_gaps`).

use crate::fields::FieldInput;
use crate::form::{Field, Form, Part, Tag};
use crate::words::{t, words};
use leptos::prelude::*;
use std::collections::BTreeMap;
use tocsin::model::{Campaign, Site};
use tocsin::validate;

/// Each of the site's other languages, its gaps counted, its text beside
/// the campaign's own.
#[component]
pub fn Translations(form: RwSignal<Option<Form>>, site: Signal<Option<Site>>) -> impl IntoView {
    // What each language lacks, by the checker's rules.
    let gaps = Memo::new(move |_| {
        let Some(site) = site.get() else {
            return Vec::new();
        };
        let found = form.with(|f| {
            let campaign = &f.as_ref()?.campaign;
            let campaigns = BTreeMap::from([("campaign".to_owned(), campaign)]);
            Some(validate::translation_gaps(
                &site,
                &campaigns,
                &BTreeMap::new(),
            ))
        });
        let found = found.unwrap_or_default();
        (site.languages.iter().skip(1))
            .map(|language| {
                let tag = language.as_str();
                let lacks = (found.iter())
                    .filter(|f| {
                        f.issue.pointer.split('/').any(|s| s == tag)
                            || f.issue.message.starts_with(&format!("no {tag} "))
                    })
                    .map(|f| f.issue.message.clone())
                    .collect::<Vec<_>>();
                (language.clone(), lacks)
            })
            .collect::<Vec<_>>()
    });
    let languages = move || {
        let languages = site.with(|s| {
            s.as_ref()
                .map(|s| s.languages.iter().skip(1).cloned().collect::<Vec<_>>())
        });
        languages.unwrap_or_default()
    };
    let language = move |language: tocsin::model::LanguageTag| {
        let tag = Tag::of(&language)?;
        let name = language.to_string();
        let count = {
            let name = name.clone();
            move || {
                gaps.with(|gaps| {
                    let lacks = (gaps.iter())
                        .find(|(l, _)| l.as_str() == name)
                        .map_or(0, |(_, g)| g.len());
                    match lacks {
                        0 => words().fill("translations-complete", &[("language", &name)]),
                        n => words().fill(
                            "translations-lacks",
                            &[("language", &name), ("n", &n.to_string())],
                        ),
                    }
                })
            }
        };
        let rows = (Part::TRANSLATED.into_iter())
            .map(|part| {
                side_by_side(
                    form,
                    own_field(part),
                    Field::Translation(tag, part),
                    name.clone(),
                )
            })
            .collect_view();
        // The news, and the names and roles of those written to, as many
        // as there are.
        let length = |list: fn(&Campaign) -> usize| {
            Memo::new(move |_| form.with(|f| f.as_ref().map_or(0, |f| list(&f.campaign))))
        };
        let (updates, targets) = (length(|c| c.updates.len()), length(|c| c.targets.len()));
        let choices = length(|c| c.reader_targets.len());
        let news = move || {
            (0..updates.get())
                .map(|i| {
                    let own = Field::Update(i, Part::Text);
                    side_by_side(
                        form,
                        own,
                        Field::UpdateTranslation(i, tag),
                        tag.as_str().to_owned(),
                    )
                })
                .collect_view()
        };
        let people = move || {
            (0..targets.get())
                .flat_map(|i| {
                    [Part::Name, Part::Role].map(|part| {
                        let field = Field::TargetTranslation(i, tag, part);
                        side_by_side(form, Field::Target(i, part), field, tag.as_str().to_owned())
                    })
                })
                .collect_view()
        };
        let labels = move || {
            (0..choices.get())
                .map(|i| {
                    let field = Field::ReaderTargetLabel(i, tag);
                    side_by_side(
                        form,
                        Field::ReaderTarget(i, Part::Label),
                        field,
                        tag.as_str().to_owned(),
                    )
                })
                .collect_view()
        };
        Some(view! {
            <details class="desk-language">
                <summary>{count}</summary>
                {rows}
                <h3>{t("news-heading")}</h3>
                {news}
                <h3>{t("translations-people")}</h3>
                {people}
                {labels}
            </details>
        })
    };
    view! {
        <section class="desk-form" aria-labelledby="translations-heading">
            <h2 id="translations-heading">{t("translations-heading")}</h2>
            <p class="hint">{t("translations-hint")}</p>
            {move || languages().into_iter().filter_map(language).collect_view()}
        </section>
    }
}

/// The field `own` as written beside its translation `field` in `lang`.
fn side_by_side(
    form: RwSignal<Option<Form>>,
    own: Field,
    field: Field,
    lang: String,
) -> impl IntoView {
    let original = move || form.with(|f| f.as_ref().map(|f| f.text(own)).unwrap_or_default());
    view! {
        <div class="desk-side-by-side">
            <div class="desk-original">
                <p class="hint">{t("as-written")}</p>
                <p>{original}</p>
            </div>
            <FieldInput form field lang />
        </div>
    }
}

/// The campaign's own field that a translation's `part` translates.
fn own_field(part: Part) -> Field {
    match part {
        Part::Title => Field::Title,
        Part::AtRisk => Field::AtRisk,
        Part::Summary => Field::Summary,
        Part::Demands => Field::Demands,
        Part::Outcome => Field::Outcome,
        _ => Field::ShareText,
    }
}

//! The campaign's text in the site's other languages, side by side with
//! its own, each language with a count of what it still lacks: the
//! checker's own translation gaps (`tocsin::validate::translation_gaps`).

use crate::fields::FieldInput;
use crate::form::{Field, Form, Part, Tag};
use leptos::prelude::*;
use std::collections::BTreeMap;
use tocsin::model::Site;
use tocsin::validate;

/// Each of the site's other languages, its gaps counted, its text beside
/// the campaign's own.
#[component]
pub fn Translations(form: RwSignal<Option<Form>>, site: Signal<Option<Site>>) -> impl IntoView {
    // What each language lacks, by the checker's rules.
    let gaps = Memo::new(move |_| {
        let (Some(site), Some(campaign)) = (
            site.get(),
            form.with(|f| f.as_ref().map(|f| f.campaign.clone())),
        ) else {
            return Vec::new();
        };
        let campaigns = BTreeMap::from([("campaign".to_owned(), &campaign)]);
        let found = validate::translation_gaps(&site, &campaigns, &BTreeMap::new());
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
                        0 => format!("{name}: complete"),
                        n => format!("{name}: {n} to translate"),
                    }
                })
            }
        };
        let rows = Part::TRANSLATED.into_iter().map(|part| {
            let name = name.clone();
            let own = own_field(part);
            let field = Field::Translation(tag, part);
            let original =
                move || form.with(|f| f.as_ref().map(|f| f.text(own)).unwrap_or_default());
            view! {
                <div class="desk-side-by-side">
                    <div class="desk-original">
                        <p class="hint">"As written"</p>
                        <p>{original}</p>
                    </div>
                    <FieldInput form field lang=name.clone() />
                </div>
            }
        });
        Some(view! {
            <details class="desk-language">
                <summary>{count}</summary>
                {rows.collect_view()}
            </details>
        })
    };
    view! {
        <section class="desk-form" aria-labelledby="translations-heading">
            <h2 id="translations-heading">"Translations"</h2>
            <p class="hint">
                "Whatever a language leaves out, its readers see in the campaign's own."
            </p>
            {move || languages().into_iter().filter_map(language).collect_view()}
        </section>
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

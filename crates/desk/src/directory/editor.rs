//! The shared directory a reader target offers, opened beside it from the
//! site's own files: each address corrected or added in place, checked as
//! typed, and, once anything changed, the directory file to download.

use super::{DirectoryForm, Problem, Spot};
use crate::form::{Form, Tag};
use crate::words::{speaker, t, words};
use leptos::prelude::*;
use tocsin::model::{Directory, LanguageTag, Slug};

/// The directories the desk has opened, by id: corrected here, and written
/// into the campaign the preview shows.
#[derive(Debug, Clone, Copy)]
pub struct Directories(pub RwSignal<Vec<DirectoryForm>>);

/// The directory the `index`-th reader target names, to correct.
#[component]
pub fn DirectoryEditor(form: RwSignal<Option<Form>>, index: usize) -> impl IntoView {
    let store = use_context::<Directories>().unwrap_or(Directories(RwSignal::new(Vec::new())));
    let chosen = Memo::new(move |_| {
        form.with(|f| {
            f.as_ref()?
                .campaign
                .reader_targets
                .get(index)?
                .shared_directory
                .clone()
        })
    });
    let (failed, set_failed) = signal(None::<String>);
    let say = speaker();
    // A directory chosen and not yet opened is read from the site's files.
    Effect::new(move |_| {
        let Some(id) = chosen.get() else { return };
        if store.0.with_untracked(|all| all.iter().any(|d| d.id == id)) {
            return;
        }
        leptos::task::spawn_local(async move {
            let path = ["../data/directories/", id.as_str(), ".json"].concat();
            let read = crate::open::fetch(&path).await;
            match read.and_then(|text| {
                serde_json::from_str::<Directory>(&text).map_err(|e| e.to_string())
            }) {
                Ok(directory) => store
                    .0
                    .update(|all| all.push(DirectoryForm::new(id, directory))),
                Err(why) => {
                    set_failed.set(Some(say().fill("directory-unreadable", &[("why", &why)])))
                }
            }
        });
    });
    // The letters' languages, each a greeting to give.
    let tags = Memo::new(move |_| {
        form.with(|f| {
            (f.iter().flat_map(|f| &f.campaign.letters))
                .filter_map(|l| Tag::of(&l.language))
                .collect::<Vec<_>>()
        })
    });
    // The site's other languages, in each of which an office has a name
    // as readers of it choose their country's.
    let names = StoredValue::new(
        (tocsin::browser::site_languages().iter().skip(1))
            .filter_map(|l| Tag::of(&LanguageTag::parse(&l.tag).ok()?))
            .collect::<Vec<_>>(),
    );
    let editor = move || {
        let id = chosen.get()?;
        let opened = Memo::new({
            let id = id.clone();
            move |_| {
                store.0.with(|all| {
                    all.iter()
                        .find(|d| d.id == id)
                        .map(|d| (d.directory.name.clone(), d.entries()))
                })
            }
        });
        // Worked out once a change, for every value of the directory.
        let problems = Memo::new({
            let id = id.clone();
            move |_| {
                store.0.with(|all| {
                    (all.iter().find(|d| d.id == id)).map_or_else(Vec::new, DirectoryForm::problems)
                })
            }
        });
        let id = StoredValue::new(id);
        Some(view! {
            <details class="desk-directory">
                <summary>
                    {move || {
                        let name = opened.get().map(|(name, _)| name).unwrap_or_default();
                        words().fill("directory-heading", &[("name", &name)])
                    }}
                </summary>
                {move || {
                    let entries = opened.get().map(|(_, entries)| entries).unwrap_or_default();
                    (entries.into_iter())
                        .map(|(i, j, code)| {
                            view! {
                                <Entry
                                    store
                                    problems
                                    id=id.get_value()
                                    i
                                    j
                                    code
                                    tags=tags.get()
                                    names=names.get_value()
                                />
                            }
                        })
                        .collect_view()
                }}
                <AddEntry store id=id.get_value() />
                <DirectoryFile store id=id.get_value() />
            </details>
        })
    };
    view! {
        {editor}
        <p class="field-error">{failed}</p>
    }
}

/// One address of the directory: its name, address and greetings.
#[component]
fn Entry(
    store: Directories,
    problems: Memo<Vec<Problem>>,
    id: Slug,
    i: usize,
    j: usize,
    code: String,
    /// The letters' languages, each a greeting.
    tags: Vec<Tag>,
    /// The site's other languages, each a name.
    names: Vec<Tag>,
) -> impl IntoView {
    let spots = [Spot::Name(i, j), Spot::Email(i, j)]
        .into_iter()
        .chain(tags.into_iter().map(|tag| Spot::Greeting(i, j, tag)))
        .chain(names.into_iter().map(|tag| Spot::NameIn(i, j, tag)));
    let inputs = spots
        .map(|spot| view! { <SpotInput store problems id=id.clone() spot /> })
        .collect_view();
    view! {
        <fieldset class="desk-item">
            <legend>{code}</legend>
            {inputs}
        </fieldset>
    }
}

/// One value of an address, with its problems.
#[component]
fn SpotInput(
    store: Directories,
    /// The directory's problems.
    problems: Memo<Vec<Problem>>,
    id: Slug,
    spot: Spot,
) -> impl IntoView {
    let (i, j) = spot.entry();
    let (key, part) = match spot {
        Spot::Name(..) => ("label-target-name", "name".to_owned()),
        Spot::Email(..) => ("label-target-email", "email".to_owned()),
        Spot::Greeting(_, _, tag) => (
            "label-target-greeting",
            ["greeting-", tag.as_str()].concat(),
        ),
        Spot::NameIn(_, _, tag) => ("label-target-name", ["name-", tag.as_str()].concat()),
    };
    let control = format!("directory-{id}-{i}-{j}-{part}");
    let error_id = format!("{control}-error");
    let find = move |all: &[DirectoryForm]| all.iter().position(|d| d.id == id);
    let find = StoredValue::new(find);
    let text = move || {
        store.0.with(|all| {
            find.get_value()(all)
                .map(|k| all[k].text(spot))
                .unwrap_or_default()
        })
    };
    // This value's share of the directory's problems.
    let problems = Memo::new(move |_| {
        problems.with(|all| {
            (all.iter())
                .filter(|p| p.spot == Some(spot))
                .map(|p| say(p, spot))
                .collect::<Vec<_>>()
                .join("; ")
        })
    });
    let set = move |value: String| {
        store.0.update(|all| {
            if let Some(k) = find.get_value()(all) {
                all[k].set(spot, &value);
            }
        })
    };
    let lang = match spot {
        Spot::Greeting(_, _, tag) | Spot::NameIn(_, _, tag) => Some(tag.as_str().to_owned()),
        _ => None,
    };
    let label = move || match spot {
        Spot::Greeting(_, _, tag) => words().fill(key, &[("language", tag.as_str())]),
        Spot::NameIn(_, _, tag) => words().fill(
            "label-in-language",
            &[("what", words().get(key)), ("language", tag.as_str())],
        ),
        _ => words().get(key).to_owned(),
    };
    view! {
        <div class="desk-field">
            <label for=control.clone()>{label}</label>
            <input
                id=control
                type="text"
                lang=lang
                prop:value=text
                aria-invalid=move || (!problems.get().is_empty()).then_some("true")
                aria-describedby=error_id.clone()
                on:input=move |ev| set(event_target_value(&ev))
            />
            <p class="field-error" id=error_id>
                {problems}
            </p>
        </div>
    }
}

/// A problem of an address in the desk's language.
fn say(problem: &Problem, spot: Spot) -> String {
    let words = words();
    match spot {
        Spot::Email(..) if problem.typed => words.fill("typed-email", &[("why", &problem.message)]),
        _ => words
            .rule(&problem.rule)
            .unwrap_or_else(|| problem.message.clone()),
    }
}

/// A new address for a country, by its code.
#[component]
fn AddEntry(store: Directories, id: Slug) -> impl IntoView {
    let (country, set_country) = signal(String::new());
    let (refused, set_refused) = signal(false);
    let field = format!("directory-{id}-new-country");
    let add = move |_| {
        let added = store.0.try_update(|all| {
            let form = all.iter_mut().find(|d| d.id == id)?;
            form.add(&country.get_untracked()).ok()
        });
        set_refused.set(added.flatten().is_none());
        if !refused.get_untracked() {
            set_country.set(String::new());
        }
    };
    view! {
        <label for=field.clone()>{t("directory-country")}</label>
        <input
            id=field
            type="text"
            autocapitalize="characters"
            prop:value=country
            on:input=move |ev| set_country.set(event_target_value(&ev))
        />
        <button type="button" on:click=add>
            {t("directory-add")}
        </button>
        <p class="field-error" role="alert">
            {move || refused.get().then(|| words().get("directory-bad-country"))}
        </p>
    }
}

/// The corrected directory's file, once anything changed.
#[component]
fn DirectoryFile(store: Directories, id: Slug) -> impl IntoView {
    let file = Memo::new({
        let id = id.clone();
        move |_| {
            store.0.with(|all| {
                all.iter()
                    .find(|d| d.id == id)
                    .filter(|d| d.changed())
                    .map(DirectoryForm::file)
            })
        }
    });
    let href = crate::save::file_href(file.into());
    let name = StoredValue::new(format!("{id}.json"));
    move || {
        href.get().map(|href| {
            let say = move |key| words().fill(key, &[("file", &name.get_value())]);
            view! {
                <p class="hint">{move || say("directory-changed")}</p>
                <a class="button" href=href download=name.get_value()>
                    {move || say("save-download")}
                </a>
            }
        })
    }
}

//! The campaign desk, `/desk/`: a campaign written in the browser as a
//! form, checked as it is typed by the same rules the build runs
//! (`tocsin::validate`), and saved as the campaign file in its canonical
//! form. A page of its own with its own wasm: readers never load it, and
//! nothing typed here leaves the browser; the desk reads only the site's
//! own files.

mod device;
pub mod directory;
mod fields;
pub mod form;
mod language;
mod open;
pub mod preview;
mod save;
mod translations;
pub mod words;

use fields::{CampaignFields, ProblemList, Problems};
use form::Form;
use language::DeskLanguage;
use leptos::prelude::*;
use open::OpenCampaign;
use preview::{PreviewPane, RecipientLetters};
use save::SaveCampaign;
use translations::Translations;
use words::{Speaking, Words, t};

/// Links to each part of the desk, which on a phone is a long page: the
/// preview is below the form there.
#[component]
fn Sections() -> impl IntoView {
    let parts = [
        ("#case-heading", "case-heading"),
        ("#news-heading", "news-heading"),
        ("#targets-heading", "targets-heading"),
        ("#letters-heading", "letters-heading"),
        ("#translations-heading", "translations-heading"),
        ("#save-heading", "save-heading"),
        ("#preview-heading", "preview-heading"),
    ];
    let links = parts
        .map(|(href, key)| {
            view! {
                <li>
                    <a href=href>{t(key)}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="desk-sections" aria-label=t("desk-sections")>
            <ul>{links}</ul>
        </nav>
    }
}

/// Starts the page its address asks for: the desk, or, inside the desk's
/// preview frame (`?preview=ru`), a reader page in one of the site's
/// languages (any other tag reads as the site's first).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    let query = window().location().search().unwrap_or_default();
    let asked = (query.trim_start_matches('?').split('&'))
        .find_map(|pair| pair.strip_prefix(preview::QUERY)?.strip_prefix('='));
    match asked {
        Some(asked) => {
            let languages = tocsin::browser::site_languages();
            let tag = (languages.iter().find(|l| l.tag == asked))
                .or_else(|| languages.first())
                .map_or_else(|| tocsin::i18n::ENGLISH.to_owned(), |l| l.tag.clone());
            preview::page::start(tag);
        }
        None => leptos::mount::mount_to_body(Desk),
    }
}

/// The desk: open a campaign, edit it, save it, beside its preview.
#[component]
pub fn Desk() -> impl IntoView {
    let speaking = Speaking(RwSignal::new(Words::english()));
    provide_context(speaking);
    let form: RwSignal<Option<Form>> = RwSignal::new(None);
    let taken = RwSignal::new(Vec::new());
    provide_context(fields::Taken(taken));
    let problems = Problems(Memo::new(move |_| {
        form.with(|f| f.as_ref().map(Form::problems).unwrap_or_default())
    }));
    provide_context(problems);
    // The site's languages, from its own site.json.
    let site = LocalResource::new(open::site);
    let site = Signal::derive(move || site.get().flatten());
    // The form is laid out when a campaign opens, not as it is typed in.
    let editing = Memo::new(move |_| form.with(Option::is_some));
    // The campaign file, made once a change for the save; the preview's
    // holds the addresses of the shared directories it names, as corrected.
    let file = Memo::new(move |_| form.with(|f| f.as_ref().map(Form::file).unwrap_or_default()));
    let directories = directory::Directories(RwSignal::new(Vec::new()));
    provide_context(directories);
    provide_context(fields::Listed(open::listed_directories()));
    let shown = Memo::new(move |_| {
        directories
            .0
            .with(|all| form.with(|f| f.as_ref().map(|f| f.shown(all)).unwrap_or_default()))
    });
    view! {
        <header class="desk-header">
            <h1>{t("desk-title")}</h1>
            <p>{t("desk-intro")}</p>
            <DeskLanguage speaking />
        </header>
        <main id="main">
            <OpenCampaign form taken />
            {move || {
                editing
                    .get()
                    .then(|| {
                        view! {
                            <div class="desk-editing">
                                <Sections />
                                <div class="desk-writing">
                                    <ProblemList problems />
                                    <CampaignFields form />
                                    <Translations form site />
                                    <SaveCampaign form file />
                                </div>
                                <div class="desk-seeing">
                                    <PreviewPane file=shown />
                                    <RecipientLetters form />
                                </div>
                            </div>
                        }
                    })
            }}
        </main>
    }
}

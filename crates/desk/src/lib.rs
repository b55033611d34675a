//! The campaign desk, `/desk/`: a campaign written in the browser as a
//! form, checked as it is typed by the same rules the build runs
//! (`tocsin::validate`), and saved as the campaign file in its canonical
//! form. A page of its own with its own wasm: readers never load it, and
//! nothing typed here leaves the browser; the desk reads only the site's
//! own files.

mod device;
mod fields;
pub mod form;
mod open;
mod save;
mod translations;

use fields::{CampaignFields, ProblemList, Problems};
use form::Form;
use leptos::prelude::*;
use open::OpenCampaign;
use save::SaveCampaign;
use translations::Translations;

/// What the desk is for, under its heading.
const INTRO: &str = "Write an urgent action as a form, see what the checker says as you type, \
    and save the campaign file to publish. Nothing you type leaves this browser.";

/// The desk: open a campaign, edit it, save it.
#[component]
pub fn Desk() -> impl IntoView {
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
    view! {
        <header class="desk-header">
            <h1>"Campaign desk"</h1>
            <p>{INTRO}</p>
        </header>
        <main id="main">
            <OpenCampaign form taken />
            {move || {
                editing
                    .get()
                    .then(|| {
                        view! {
                            <ProblemList problems />
                            <CampaignFields form />
                            <Translations form site />
                            <SaveCampaign form />
                        }
                    })
            }}
        </main>
    }
}

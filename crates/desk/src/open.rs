//! Where a campaign comes from: one the site has, listed by title from the
//! site's own files, a campaign file from the campaigner's disk, or a new
//! one from nothing.

use crate::form::Form;
use crate::words::{speaker, t, words};
use gloo_net::http::Request;
use leptos::prelude::*;
use tocsin::model::{Campaign, ListFile, Listed, Site};
use wasm_bindgen::JsCast;

/// The site's data folder, beside the desk's own folder (`/desk/`), under
/// any base path the site lives at.
const DATA: &str = "../data/";

/// A new campaign: what every campaign needs, blank where the campaigner
/// writes.
const BLANK: &str = r#"{"slug": "new-campaign", "title": "", "at_risk": "", "summary": "", "status": "active",
    "demands": [""], "targets": [{"name": "", "role": "", "email": "name@example.org"}],
    "letters": [{"language": "en", "subjects": [""], "body": ""}], "share_text": ""}"#;

/// The choices of a campaign to open.
#[component]
pub fn OpenCampaign(
    form: RwSignal<Option<Form>>,
    /// The site's campaigns' addresses, once read.
    taken: RwSignal<Vec<String>>,
) -> impl IntoView {
    let listed = LocalResource::new(|| async {
        let text = fetch(&[DATA, "lists/campaigns.json"].concat()).await?;
        let list: ListFile = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        Ok::<_, String>(list.campaigns)
    });
    let (error, set_error) = signal(None::<String>);
    let say = speaker();
    let not_campaign = move |file: &str, why: &str| {
        Some(say().fill("open-not-campaign", &[("file", file), ("why", why)]))
    };
    let open_listed = move |slug: String| {
        leptos::task::spawn_local(async move {
            let path = [DATA, "campaigns/", &slug, ".json"].concat();
            let file = [&slug, ".json"].concat();
            match fetch(&path).await {
                Err(why) => set_error.set(Some(why)),
                Ok(text) => match decode(&text) {
                    // The published file holds what the build wrote in.
                    Ok(campaign) => {
                        let mut opened = Form::new(campaign.as_written());
                        opened.opened_as = Some(slug);
                        form.set(Some(opened));
                    }
                    Err(why) => set_error.set(not_campaign(&file, &why)),
                },
            }
        });
    };
    let open_file = move |ev: leptos::ev::Event| {
        let Some(file) = (ev.target())
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            let text = text.ok().and_then(|t| t.as_string()).unwrap_or_default();
            match decode(&text) {
                Ok(campaign) => form.set(Some(Form::new(campaign))),
                Err(why) => set_error.set(not_campaign(&file.name(), &why)),
            }
        });
    };
    // The site's addresses, for the warning beside the slug.
    Effect::new(move |_| {
        if let Some(Ok(campaigns)) = listed.get() {
            taken.set(campaigns.iter().map(|c| c.slug.to_string()).collect());
        }
    });
    let list = move || {
        listed.get().map(|campaigns| match campaigns {
            Ok(campaigns) => campaigns
                .into_iter()
                .map(|summary| {
                    let slug = summary.slug.to_string();
                    view! {
                        <li>
                            <button type="button" on:click=move |_| open_listed(slug.clone())>
                                {summary.title}
                            </button>
                        </li>
                    }
                })
                .collect_view()
                .into_any(),
            Err(why) => {
                let why = move || words().fill("open-unreadable-list", &[("why", &why)]);
                view! { <li>{why}</li> }.into_any()
            }
        })
    };
    view! {
        <section class="desk-open" aria-labelledby="open-heading">
            <h2 id="open-heading">{t("open-heading")}</h2>
            <ul class="desk-campaigns">{list}</ul>
            <label for="open-file">{t("open-file")}</label>
            <input id="open-file" type="file" accept=".json,application/json" on:change=open_file />
            {crate::device::kept_draft()
                .and_then(|text| decode(&text).ok())
                .map(|draft| {
                    view! {
                        <button
                            type="button"
                            on:click=move |_| form.set(Some(Form::new(draft.clone())))
                        >
                            {t("open-draft")}
                        </button>
                    }
                })}
            <button
                type="button"
                class="secondary"
                on:click=move |_| {
                    if let Ok(blank) = decode(BLANK) {
                        form.set(Some(Form::new(blank)));
                    }
                }
            >
                {t("open-blank")}
            </button>
            <p class="field-error" role="alert">
                {error}
            </p>
        </section>
    }
}

/// The site's shared directories, by name, once read; none when the site
/// lists none.
pub fn listed_directories() -> Signal<Vec<Listed>> {
    let listed = LocalResource::new(|| async {
        let text = fetch(&[DATA, Listed::FILE].concat()).await.ok()?;
        serde_json::from_str::<Vec<Listed>>(&text).ok()
    });
    Signal::derive(move || listed.get().flatten().unwrap_or_default())
}

/// The site's `site.json`, for its languages; `None` when it cannot be read.
pub async fn site() -> Option<Site> {
    let text = fetch(&[DATA, "site.json"].concat()).await.ok()?;
    serde_json::from_str(&text).ok()
}

/// A campaign file's text as a campaign, or what the reader of JSON says.
fn decode(text: &str) -> Result<Campaign, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// The text of the site's file at `path`.
pub(crate) async fn fetch(path: &str) -> Result<String, String> {
    let response = Request::get(path).send().await.map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("{path}: {}", response.status()));
    }
    response.text().await.map_err(|e| e.to_string())
}

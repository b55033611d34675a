//! Saving: the campaign file in its canonical form, downloaded or shown to
//! copy. A campaign with problems can be saved as a draft, marked as not
//! ready to publish. Nothing is sent anywhere.

use crate::form::Form;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The download and the file's text.
#[component]
pub fn SaveCampaign(form: RwSignal<Option<Form>>) -> impl IntoView {
    let file = Memo::new(move |_| form.with(|f| f.as_ref().map(Form::file).unwrap_or_default()));
    let ready = move || form.with(|f| f.as_ref().is_some_and(Form::ready));
    let name = move || {
        form.with(|f| {
            let slug = f
                .as_ref()
                .map(|f| f.campaign.slug.to_string())
                .unwrap_or_default();
            format!("{slug}.json")
        })
    };
    // A Blob address for the file, made anew when it changes.
    let href = Memo::new(move |previous: Option<&String>| {
        if let Some(previous) = previous {
            let _ = web_sys::Url::revoke_object_url(previous);
        }
        blob_url(&file.get()).unwrap_or_default()
    });
    view! {
        <section class="desk-save" aria-labelledby="save-heading">
            <h2 id="save-heading">"Save the campaign file"</h2>
            <p>
                {move || match ready() {
                    true => {
                        "Ready to publish: commit the file to campaigns/ in the site's repository (docs/content.md)."
                    }
                    false => {
                        "A draft: the checker still finds problems above, so the build would refuse this file."
                    }
                }}
            </p>
            <a class="button" href=href download=name>
                "Download "
                {name}
            </a>
            <label for="campaign-file">"The file, to copy"</label>
            <textarea
                id="campaign-file"
                readonly
                rows="12"
                prop:value=move || file.get()
            ></textarea>
        </section>
    }
}

/// An object URL holding `text` as a JSON file.
fn blob_url(text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

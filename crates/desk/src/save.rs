//! Saving: the campaign file in its canonical form, downloaded or shown to
//! copy. A campaign with problems can be saved as a draft, marked as not
//! ready to publish. Nothing is sent anywhere.

use crate::form::Form;
use crate::words::{t, words};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The download and the file's text.
#[component]
pub fn SaveCampaign(
    form: RwSignal<Option<Form>>,
    /// The campaign file, in its canonical form.
    file: Memo<String>,
) -> impl IntoView {
    let problems = use_context::<crate::fields::Problems>();
    let ready = move || problems.is_some_and(|p| p.0.with(Vec::is_empty));
    let name = move || {
        form.with(|f| {
            let slug = f
                .as_ref()
                .map(|f| f.campaign.slug.to_string())
                .unwrap_or_default();
            format!("{slug}.json")
        })
    };
    let href = file_href(Signal::derive(move || Some(file.get())));
    // Kept on this device only when the campaigner ticks the box.
    let (keep, set_keep) = signal(crate::device::kept_draft().is_some());
    let (kept_note, set_kept_note) = signal(None::<&'static str>);
    Effect::new(move |_| {
        let note = match keep.get() {
            true if !crate::device::keep_draft(&file.get()) => Some("save-keep-refused"),
            true => None,
            false => {
                crate::device::forget_draft();
                None
            }
        };
        set_kept_note.set(note);
    });
    let (copied, set_copied) = signal(None::<&'static str>);
    let copy = move |_| {
        let text = file.get_untracked();
        leptos::task::spawn_local(async move {
            set_copied.set(Some(match crate::device::copy(&text).await {
                true => "save-copied",
                false => "save-copy-refused",
            }));
        });
    };
    view! {
        <section class="desk-save" aria-labelledby="save-heading">
            <h2 id="save-heading">{t("save-heading")}</h2>
            <p>{move || words().get(if ready() { "save-ready" } else { "save-draft" })}</p>
            <a class="button" href=href download=name>
                {move || words().fill("save-download", &[("file", &name())])}
            </a>
            <button type="button" class="secondary" on:click=copy>
                {t("save-copy")}
            </button>
            <p role="status">{move || copied.get().map(|key| words().get(key))}</p>
            <div class="check">
                <input
                    id="keep-draft"
                    type="checkbox"
                    prop:checked=keep
                    on:change=move |ev| set_keep.set(event_target_checked(&ev))
                />
                <label for="keep-draft">{t("save-keep")}</label>
            </div>
            <p class="hint">{t("save-keep-hint")}</p>
            <p class="field-error">{move || kept_note.get().map(|key| words().get(key))}</p>
            <label for="campaign-file">{t("save-file")}</label>
            <textarea
                id="campaign-file"
                readonly
                rows="12"
                prop:value=move || file.get()
            ></textarea>
        </section>
    }
}

/// A Blob address for `file`, a JSON file to download, made anew when it
/// changes (the last one let go); none while there is no file.
pub fn file_href(file: Signal<Option<String>>) -> Memo<Option<String>> {
    Memo::new(move |previous: Option<&Option<String>>| {
        if let Some(Some(previous)) = previous {
            let _ = web_sys::Url::revoke_object_url(previous);
        }
        file.get().and_then(|text| blob_url(&text))
    })
}

/// An object URL holding `text` as a JSON file.
fn blob_url(text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

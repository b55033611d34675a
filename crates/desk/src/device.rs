//! What the desk keeps on the device, only when the campaigner asks: the
//! draft, under a key of the desk's own, the same rule as readers' details
//! in the app. And the clipboard, for the file's text.

/// The key the kept draft is stored under.
const DRAFT: &str = "tocsin-desk:draft";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The draft kept on this device, if there is one.
pub fn kept_draft() -> Option<String> {
    storage()?.get_item(DRAFT).ok().flatten()
}

/// Keeps `file` as the draft on this device; false when the browser
/// refuses (private mode, storage full).
pub fn keep_draft(file: &str) -> bool {
    storage().is_some_and(|s| s.set_item(DRAFT, file).is_ok())
}

/// Forgets the draft kept on this device.
pub fn forget_draft() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(DRAFT);
    }
}

/// Puts `text` on the clipboard; the browser may refuse, which the page
/// then says.
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

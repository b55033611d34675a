//! Entry point: mounts the Tocsin app, taking over a pre-rendered page.

fn main() {
    // Readable panic messages in the console while developing; release builds
    // abort on panic and ship without the hook.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    #[cfg(target_arch = "wasm32")]
    tocsin::boot::start(tocsin::app::App);
}

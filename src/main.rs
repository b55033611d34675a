//! Entry point: mounts the Tocsin app into the page body.

fn main() {
    // Readable panic messages in the console while developing; release builds
    // abort on panic and ship without the hook.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(tocsin::app::App);
}

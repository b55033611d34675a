//! The desk's entry point: mounts the desk into its own page, `/desk/`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    leptos::mount::mount_to_body(tocsin_desk::Desk);
}

//! The desk's entry point: mounts the desk into its own page, `/desk/`, or
//! its preview into the desk's preview frame.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tocsin_desk::start();
}

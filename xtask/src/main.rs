//! `cargo xtask <command>`: everything a newcomer needs, on a fresh machine.
//!
//! Each command first installs what it is missing (see `setup`), then runs.

mod bench;
mod content;
mod feeds;
mod fuzz;
mod loader;
mod prerender;
mod project;
mod setup;
mod test;

use project::{Project, RunExt};
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve   install what is missing, then serve the app with its demo content
          on http://127.0.0.1:8080 (Trunk's dev server, rebuilds on change)
  build [--base-url URL]
          install what is missing, then make a release build into dist/,
          with a pre-rendered page for every article; URL (else site.json's
          base_url) makes their canonical and preview links absolute
  test    install what is missing, then run every test layer in order:
          fmt, clippy (native and wasm32), native tests, browser component
          tests, release build, end-to-end tests
  content check [DIR]
          validate the content files in public/data/ (or DIR)
  content schema
          write the JSON Schemas of the content files into docs/schema/
  bench [--check]
          build, serve and measure the release app into target/bench/;
          --check fails when a budget in bench/budget.toml is not met
  fuzz [TARGET] [--seconds N]
          run the cargo-fuzz targets (default: all, 600 s each) with the
          nightly toolchain; fails on any crash";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let project = Project::locate();
    let outcome = match args.first().map(String::as_str) {
        Some("serve") => serve(&project),
        Some("build") => build(&project, &args[1..]),
        Some("test") => return test::run(&project),
        Some("content") => content::run(&project, &args[1..]),
        Some("bench") => bench::run(&project, &args[1..]),
        Some("fuzz") => fuzz::run(&project, &args[1..]),
        Some("help" | "-h" | "--help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => Err(format!("unknown or missing command\n{USAGE}")),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => {
            eprintln!("xtask: {why}");
            ExitCode::FAILURE
        }
    }
}

/// `cargo xtask serve`: Trunk's dev server with the demo content.
fn serve(project: &Project) -> Result<(), String> {
    setup::build_tools(project)?;
    project.trunk(&["serve"]).status_ok("trunk serve")
}

/// `cargo xtask build`: a release build into `dist/`.
fn build(project: &Project, args: &[String]) -> Result<(), String> {
    let base_url = match args {
        [] => None,
        [flag, url] if flag == "--base-url" => Some(url.as_str()),
        _ => return Err(format!("build takes only --base-url URL\n{USAGE}")),
    };
    setup::build_tools(project)?;
    project
        .trunk(&["build", "--release"])
        .status_ok("trunk build --release")?;
    finish_dist(project, base_url)
}

/// The release build itself, shared by `build` and `bench`.
pub(crate) fn release_build(project: &Project) -> Result<(), String> {
    project
        .trunk(&["build", "--release"])
        .status_ok("trunk build --release")?;
    finish_dist(project, None)
}

/// What follows Trunk: the loader moved out of the page for the
/// Content-Security-Policy, the pre-rendered pages with the sitemap, robots
/// and feed, and `404.html`.
pub(crate) fn finish_dist(project: &Project, base_url: Option<&str>) -> Result<(), String> {
    let dist = project.root.join("dist");
    loader::externalize(&dist)?;
    let data = project.root.join("public/data");
    let base_url = match base_url {
        Some(url) => url.to_owned(),
        None => site_base_url(&data)?,
    };
    // Hosts answer paths without a file of their own with 404.html, the
    // bare app, which routes them (docs/deploy.md); `index.html` then
    // becomes the pre-rendered front page.
    std::fs::copy(dist.join("index.html"), dist.join("404.html"))
        .map_err(|e| format!("cannot write dist/404.html: {e}"))?;
    prerender::write_pages(&data, &dist, base_url.trim_end_matches('/')).map(|_| ())
}

/// `base_url` from `site.json`, which pre-rendering needs when no flag gives it.
fn site_base_url(data: &std::path::Path) -> Result<String, String> {
    let text = std::fs::read_to_string(data.join("site.json"))
        .map_err(|e| format!("cannot read site.json: {e}"))?;
    let site: tocsin::model::Site =
        serde_json::from_str(&text).map_err(|e| format!("site.json: {e}"))?;
    site.base_url.map(|u| u.to_string()).ok_or_else(|| {
        "site.json has no base_url: add one, or pass cargo xtask build --base-url https://…".into()
    })
}

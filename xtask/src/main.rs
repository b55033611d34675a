//! `cargo xtask <command>`: everything a newcomer needs, on a fresh machine.
//!
//! Each command first installs what it is missing (see `setup`), then runs.

mod bench;
mod build;
mod content;
mod feeds;
mod fuzz;
mod icon;
mod import;
mod loader;
mod output;
mod prerender;
mod project;
mod search;
mod setup;
mod style;
mod test;
mod usage;

use project::{Project, RunExt};
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve   install what is missing, then serve the app with its demo content
          on http://127.0.0.1:8080 (Trunk's dev server, rebuilds on change)
  build [--base-url URL] [--dist DIR] [--data DIR]
          install what is missing, then make a release build of public/data
          (or the --data DIR) into dist/ (or the --dist DIR), with a
          pre-rendered page for every article, campaign and list; URL (else
          site.json's base_url) makes their canonical and preview links
          absolute, and its path is where the site lives
          (https://example.org/tocsin serves it under /tocsin)
  test    install what is missing, then run every test layer in order:
          fmt, clippy (native and wasm32), native tests, browser component
          tests, release build, end-to-end tests
  content check [DIR]
          validate the content files in public/data/ (or DIR)
  content index [DIR]
          write the list files the build derives from public/data/ into
          DIR/lists/ (default target/content-index/lists/)
  content generate N DIR
          write a valid archive of N articles into the empty folder DIR
  content schema
          write the JSON Schemas of the content files into docs/schema/
  import wordpress EXPORT.xml [DIR] [--uploads FOLDER]
          turn a WordPress export (Tools → Export) into article files in
          public/data/ (or DIR), report what could not be converted, then
          check the folder; FOLDER is the old site's wp-content/uploads,
          from which the articles' images are copied
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
        Some("import") => import::run(&project, &args[1..]),
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

/// `cargo xtask build [--base-url URL] [--dist DIR] [--data DIR]`: a
/// release build of `public/data` (or the `--data` folder), into `dist/`
/// unless `--dist` says otherwise.
fn build(project: &Project, args: &[String]) -> Result<(), String> {
    let mut base_url = None;
    let mut dist = project.root.join("dist");
    let mut data = project.root.join("public/data");
    for pair in args.chunks(2) {
        match pair {
            [flag, url] if flag == "--base-url" => base_url = Some(url.as_str()),
            [flag, dir] if flag == "--dist" => dist = project.root.join(dir),
            [flag, dir] if flag == "--data" => data = project.root.join(dir),
            _ => {
                return Err(format!(
                    "build takes --base-url URL, --dist DIR and --data DIR\n{USAGE}"
                ));
            }
        }
    }
    setup::build_tools(project)?;
    build::Build::from_data(data, dist, base_url)?.run(project)
}

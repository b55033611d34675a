//! `cargo xtask <command>`: everything a newcomer needs, on a fresh machine.
//!
//! Each command first installs what it is missing (see `setup`), then runs.

mod bench;
mod content;
mod fuzz;
mod loader;
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
  build   install what is missing, then make a release build into dist/
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
        Some("build") => build(&project),
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
fn build(project: &Project) -> Result<(), String> {
    setup::build_tools(project)?;
    release_build(project)
}

/// The release build itself, shared by `build` and `bench`: Trunk, then the
/// loader moved out of the page for the Content-Security-Policy.
pub(crate) fn release_build(project: &Project) -> Result<(), String> {
    project
        .trunk(&["build", "--release"])
        .status_ok("trunk build --release")?;
    loader::externalize(&project.root.join("dist"))
}

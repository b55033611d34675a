//! `cargo xtask <command>`: everything a newcomer needs, on a fresh machine.
//!
//! Each command first installs what it is missing (see `setup`), then runs.
//! `build`, `content` and `import` are the site builder's (`tocsin_site`),
//! forwarded after the install.

mod bench;
mod fuzz;
mod serve;
mod server;
mod setup;
mod test;

use std::process::ExitCode;
use tocsin_site::commands::{DEPLOY, USAGE as SITE_USAGE};
use tocsin_site::project::Project;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve [--port N] [--data DIR]
          install what is missing, then build the site as a release
          build does from its demo content (or DIR) and serve it on
          http://127.0.0.1:8080 (or port N), rebuilding what a saved
          file changes; the checker's messages show with file and line
  setup   install what the build needs (Trunk, wasm-bindgen-cli, wasm-opt),
          and nothing else; `test` installs what the tests need besides
  test    install what is missing, then run every test layer in order:
          fmt, clippy (native and wasm32), native tests, browser component
          tests, release build, end-to-end tests
  bench [--check]
          build, serve and measure the release app into target/bench/;
          --check fails when a budget in bench/budget.toml is not met
  fuzz [TARGET] [--seconds N]
          run the cargo-fuzz targets (default: all, 600 s each) with the
          nightly toolchain; fails on any crash

the site builder's commands (also `cargo site <command>`), which install
what the build is missing first:";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let project = Project::locate();
    let outcome = match args.first().map(String::as_str) {
        Some("serve") => serve::run(&project, &args[1..]),
        Some("setup") => setup::build_tools(&project),
        Some("test") => return test::run(&project),
        Some("bench") => bench::run(&project, &args[1..]),
        Some("fuzz") => fuzz::run(&project, &args[1..]),
        Some("help" | "-h" | "--help") => {
            println!("{}", usage());
            return ExitCode::SUCCESS;
        }
        Some("build") => site(&project, &args),
        _ => tocsin_site::commands::run(&project, &args).and_then(|ran| match ran {
            true => Ok(()),
            false => Err(format!("unknown or missing command\n{}", usage())),
        }),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => {
            eprintln!("xtask: {why}");
            ExitCode::FAILURE
        }
    }
}

/// The whole usage: xtask's commands, then the site builder's.
fn usage() -> String {
    format!("{USAGE}\n{SITE_USAGE}\n\n{DEPLOY}")
}

/// A site builder command that needs the build's tools: installs them first.
fn site(project: &Project, args: &[String]) -> Result<(), String> {
    setup::build_tools(project)?;
    tocsin_site::commands::run(project, args).map(|_| ())
}

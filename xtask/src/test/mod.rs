//! `cargo xtask test`: every layer in order, stopping at the first failure,
//! then one line adding up every layer's tests as `N passed, N failed`.
//!
//! Checks that are not test suites (fmt, each clippy run, the release build)
//! count as one test each, so the total covers everything that ran.

use crate::setup;
use lint::{clippy, fmt};
use release::release_build;
use std::io::{BufRead, BufReader};
use std::process::{Command, ExitCode, Stdio};
use tocsin_site::project::{Project, RunExt};

#[cfg(test)]
mod contract;
mod lint;
mod release;

/// Tests passed and failed in one layer, or in all of them.
#[derive(Default, Clone, Copy)]
struct Tally {
    passed: u64,
    failed: u64,
}

impl Tally {
    fn add(&mut self, other: Tally) {
        self.passed += other.passed;
        self.failed += other.failed;
    }
}

/// What a layer reports: its tally, and why it failed if it did.
type LayerResult = (Tally, Option<String>);

/// One step of the test command.
struct Layer {
    name: &'static str,
    run: fn(&Project) -> LayerResult,
}

const LAYERS: [Layer; 6] = [
    Layer {
        name: "format (leptosfmt --check, cargo fmt --check)",
        run: fmt,
    },
    Layer {
        name: "lint (clippy -D warnings, native and wasm32; node --check)",
        run: clippy,
    },
    Layer {
        name: "native tests (cargo test)",
        run: native_tests,
    },
    Layer {
        name: "browser component tests (wasm-bindgen-test in Chromium)",
        run: wasm_tests,
    },
    Layer {
        name: "release build (trunk build --release)",
        run: release_build,
    },
    Layer {
        name: "end-to-end tests (Playwright on dist/)",
        run: e2e_tests,
    },
];

/// Installs what is missing, runs the layers, prints the total.
pub fn run(project: &Project) -> ExitCode {
    if let Err(why) = setup::test_tools(project) {
        eprintln!("xtask test: setup failed: {why}");
        println!("0 passed, 1 failed");
        return ExitCode::FAILURE;
    }
    let mut total = Tally::default();
    for (number, layer) in LAYERS.iter().enumerate() {
        println!(
            "\n== xtask test: layer {}/{}: {}",
            number + 1,
            LAYERS.len(),
            layer.name
        );
        let (tally, failure) = (layer.run)(project);
        total.add(tally);
        if let Some(why) = failure {
            println!(
                "\nxtask test: FAILED at layer {} ({}): {why}",
                number + 1,
                layer.name
            );
            println!("{} passed, {} failed", total.passed, total.failed.max(1));
            return ExitCode::FAILURE;
        }
    }
    println!("\nxtask test: all {} layers passed", LAYERS.len());
    println!("{} passed, {} failed", total.passed, total.failed);
    ExitCode::SUCCESS
}

/// A check that counts as one test: passed when `cmd` exits 0.
fn single_check(mut cmd: Command, what: &str, why: &str) -> LayerResult {
    match cmd.status_ok(what) {
        Ok(()) => (
            Tally {
                passed: 1,
                failed: 0,
            },
            None,
        ),
        Err(e) => (
            Tally {
                passed: 0,
                failed: 1,
            },
            Some(format!("{why} ({e})")),
        ),
    }
}

fn native_tests(project: &Project) -> LayerResult {
    cargo_test_layer(project.cargo(&["test", "--workspace"]), "cargo test")
}

fn wasm_tests(project: &Project) -> LayerResult {
    let mut cmd = project.cargo(&[
        "test",
        "--package",
        "tocsin",
        "--target",
        "wasm32-unknown-unknown",
        "--test",
        "web",
    ]);
    cmd.env("CHROMEDRIVER", setup::CHROMEDRIVER)
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120");
    cargo_test_layer(cmd, "wasm-bindgen-test")
}

/// Runs a libtest-style command, echoing its output and adding up its
/// `test result:` lines; fails when it exits non-zero or runs no test.
fn cargo_test_layer(mut cmd: Command, what: &str) -> LayerResult {
    let mut tally = Tally::default();
    let mut child = match cmd.stdout(Stdio::piped()).spawn() {
        Ok(child) => child,
        Err(e) => return (tally, Some(format!("{what} could not start: {e}"))),
    };
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            println!("{line}");
            if let Some(counts) = parse_test_result(&line) {
                tally.add(counts);
            }
        }
    }
    let status = child.wait().map_err(|e| e.to_string());
    let failure = match status {
        Ok(s) if s.success() && tally.passed == 0 => Some(format!("{what} ran no test")),
        Ok(s) if s.success() => None,
        Ok(s) => Some(format!(
            "{what} reported {} failed test(s) ({s})",
            tally.failed
        )),
        Err(e) => Some(format!("{what} did not finish: {e}")),
    };
    (tally, failure)
}

/// Reads `test result: ok. 5 passed; 1 failed; ...`.
fn parse_test_result(line: &str) -> Option<Tally> {
    let rest = line.trim().strip_prefix("test result: ")?;
    let (_verdict, counts) = rest.split_once(". ")?;
    let count = |label: &str| {
        counts
            .split(';')
            .find_map(|part| part.trim().strip_suffix(label)?.trim().parse::<u64>().ok())
    };
    Some(Tally {
        passed: count(" passed")?,
        failed: count(" failed")?,
    })
}

fn e2e_tests(project: &Project) -> LayerResult {
    let results = project.root.join("target/e2e-results.json");
    let _ = std::fs::remove_file(&results);
    let mut cmd = project.command("playwright");
    cmd.arg("test")
        .current_dir(project.e2e())
        .env("PLAYWRIGHT_JSON_OUTPUT_FILE", &results);
    let status = cmd.status_ok("playwright test");
    let tally = std::fs::read_to_string(&results)
        .ok()
        .and_then(|text| playwright_tally(&text));
    match (status, tally) {
        (_, None) => (
            Tally::default(),
            Some("Playwright wrote no results (see its output above)".into()),
        ),
        (Ok(()), Some(t)) if t.passed == 0 => (t, Some("Playwright ran no test".into())),
        (Ok(()), Some(t)) => (t, None),
        (Err(e), Some(t)) => (
            t,
            Some(format!("{} Playwright test(s) failed ({e})", t.failed)),
        ),
    }
}

/// Adds up Playwright's JSON report: flaky tests passed on retry but are counted as failed.
fn playwright_tally(report: &str) -> Option<Tally> {
    let json: serde_json::Value = serde_json::from_str(report).ok()?;
    let stats = json.get("stats")?;
    let n = |key: &str| {
        stats
            .get(key)
            .and_then(serde_json::Value::as_u64)
            .unwrap_or(0)
    };
    Some(Tally {
        passed: n("expected"),
        failed: n("unexpected") + n("flaky"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_libtest_summaries() {
        let ok = parse_test_result("test result: ok. 12 passed; 0 failed; 1 ignored; 0 measured")
            .unwrap();
        assert_eq!((ok.passed, ok.failed), (12, 0));
        let bad = parse_test_result("test result: FAILED. 3 passed; 2 failed; 0 ignored").unwrap();
        assert_eq!((bad.passed, bad.failed), (3, 2));
        assert!(parse_test_result("running 3 tests").is_none());
    }

    #[test]
    fn reads_playwright_stats() {
        let t =
            playwright_tally(r#"{"stats":{"expected":4,"unexpected":1,"flaky":1,"skipped":0}}"#)
                .unwrap();
        assert_eq!((t.passed, t.failed), (4, 2));
        assert!(playwright_tally("not json").is_none());
    }
}

//! `cargo xtask fuzz [TARGET] [--seconds N]`: runs the cargo-fuzz targets in
//! `fuzz/` (all four by default, ten minutes each), seeded with the demo
//! content and `fuzz/seeds/`, and prints each run's executions and findings.
//! Installs the pinned nightly (`tocsin_site::tools::WASM_NIGHTLY`) and
//! cargo-fuzz when they are missing.

use crate::setup;
use std::path::Path;
use std::process::Stdio;
use tocsin_site::project::Project;
use tocsin_site::tools::WASM_NIGHTLY;

/// Every target, with the seed folders beyond its own corpus.
const TARGETS: [(&str, &[&str]); 5] = [
    ("preset_parse", &["fuzz/seeds/preset_parse"]),
    ("mailto_roundtrip", &["fuzz/seeds/mailto_roundtrip"]),
    (
        "content_decode",
        &["public/data", "tests/fixtures", "public/data/campaigns"],
    ),
    (
        "wordpress_import",
        &["tests/wordpress", "fuzz/seeds/wordpress_import"],
    ),
    (
        "markdown_article",
        &["public/data/articles", "fuzz/seeds/markdown_article"],
    ),
];

/// Runs the chosen targets; fails when one finds a crash.
pub fn run(project: &Project, args: &[String]) -> Result<(), String> {
    let mut seconds = 600;
    let mut only = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seconds" => {
                seconds = args
                    .next()
                    .and_then(|s| s.parse().ok())
                    .ok_or("--seconds takes a whole number")?;
            }
            name if TARGETS.iter().any(|(t, _)| *t == name) => only = Some(name.to_owned()),
            other => return Err(format!("unknown fuzz target or option {other:?}")),
        }
    }
    setup::fuzz_tools(project)?;
    let mut summary = Vec::new();
    for (target, seeds) in TARGETS {
        if only.as_deref().is_some_and(|o| o != target) {
            continue;
        }
        let corpus = Path::new("fuzz/corpus").join(target);
        std::fs::create_dir_all(project.root.join(&corpus)).map_err(|e| e.to_string())?;
        println!("fuzz: {target} for {seconds} s");
        let out = project
            .command("cargo")
            .arg(format!("+{WASM_NIGHTLY}"))
            .args(["fuzz", "run", target])
            .arg(&corpus)
            .args(seeds)
            .arg("--")
            .arg(format!("-max_total_time={seconds}"))
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .map_err(|e| format!("cargo fuzz could not start: {e}"))?;
        let log = String::from_utf8_lossy(&out.stderr);
        let done = log
            .lines()
            .rev()
            .find(|l| l.starts_with("Done "))
            .unwrap_or("no summary line");
        let line = format!("{target}: {done}");
        if !out.status.success() {
            let tail: Vec<&str> = log.lines().rev().take(30).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            let artifacts = Path::new("fuzz/artifacts").join(target);
            return Err(format!(
                "{target} found a failure (artifacts in {}):\n{}",
                artifacts.display(),
                tail.join("\n")
            ));
        }
        println!("fuzz: {line}, no crash");
        summary.push(line);
    }
    println!("fuzz: all clean\n  {}", summary.join("\n  "));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_target_is_declared_in_the_fuzz_manifest() {
        let manifest = include_str!("../../fuzz/Cargo.toml");
        for (target, seeds) in TARGETS {
            assert!(
                manifest.contains(&format!("name = \"{target}\"")),
                "{target}"
            );
            for seed in seeds {
                let dir = Project::locate().root.join(seed);
                assert!(dir.is_dir(), "{seed}");
            }
        }
    }
}

//! The tools a release build runs besides Cargo, at the versions it is known
//! to work with: Trunk 0.21.14 (0.22 needs a newer rustc), wasm-bindgen-cli
//! at the Cargo.lock version (Trunk would try to download another) and
//! wasm-opt from npm's binaryen 132 (Debian's wasm-opt 108 produces wasm
//! that fails in Chromium), esbuild from npm (`crate::minify`), and the
//! nightly toolchain the release wasm is compiled with ([`WASM_NIGHTLY`]).
//! `cargo xtask setup` installs them; the site builder only checks, so a
//! deploy pipeline fails early with the command that fixes it.

use crate::project::{Project, RunExt};
use std::path::PathBuf;
use std::process::Command;

/// The target the app compiles to.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// The Trunk release the build uses.
pub const TRUNK_VERSION: &str = "0.21.14";
/// The esbuild release that minifies the pages' CSS and JS
/// (`crate::minify`), from `e2e/node_modules`.
pub const ESBUILD_VERSION: &str = "0.28.2";
/// The start of `wasm-opt --version` for binaryen 132, from `e2e/node_modules`.
pub const WASM_OPT_VERSION: &str = "wasm-opt version 132";

/// The toolchain the release wasm is compiled with, pinned to a date so
/// that every machine ships the same bytes. Only nightly builds the
/// standard library for the app (`-Z build-std`) with panics that abort at
/// once, and inlines small functions across crates: 16 KB and then 7 KB
/// less wasm (docs/performance.md). Everything else (tests, clippy, the
/// native tools, the debug build) stays on stable.
pub const WASM_NIGHTLY: &str = "nightly-2026-05-20";

/// The flags of the release wasm on [`WASM_NIGHTLY`], beside the
/// `.cargo/config.toml` ones, which Cargo adds to them.
const WASM_NIGHTLY_FLAGS: &str =
    "-Zunstable-options -Cpanic=immediate-abort -Zcross-crate-inline-threshold=always";

/// Sets `cargo` (a release build of the wasm, or Trunk running one) to
/// compile on [`WASM_NIGHTLY`] with the standard library built for the
/// app, into [`release_target_dir`].
pub fn release_wasm(cargo: &mut Command, project: &Project) {
    cargo
        .env("RUSTUP_TOOLCHAIN", WASM_NIGHTLY)
        .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
            WASM_NIGHTLY_FLAGS,
        )
        .env("CARGO_TARGET_DIR", release_target_dir(project));
}

/// Where the release wasm is compiled: a target folder of its own, so that
/// the stable builds keep theirs.
pub fn release_target_dir(project: &Project) -> PathBuf {
    project.root.join("target/nightly")
}

/// What of [`WASM_NIGHTLY`] is installed: the toolchain, the standard
/// library's source (which `-Z build-std` compiles for the app) and the
/// wasm32 target.
pub fn wasm_nightly_parts(project: &Project) -> [bool; 3] {
    let toolchain = project
        .command("rustup")
        .args(["run", WASM_NIGHTLY, "rustc", "--version"])
        .output_text()
        .is_some();
    let listed = |what: &str, item: &str| {
        toolchain
            && (project.command("rustup"))
                .args([what, "list", "--toolchain", WASM_NIGHTLY, "--installed"])
                .output_text()
                .is_some_and(|list| list.lines().any(|l| l.trim() == item))
    };
    [
        toolchain,
        listed("component", "rust-src"),
        listed("target", WASM_TARGET),
    ]
}

/// Whether the wasm32 target is installed for the toolchain in use.
pub fn has_wasm_target(project: &Project) -> bool {
    project
        .command("rustup")
        .args(["target", "list", "--installed"])
        .output_text()
        .is_some_and(|installed| installed.lines().any(|l| l.trim() == WASM_TARGET))
}

/// Whether Trunk at [`TRUNK_VERSION`] is on the project's PATH.
pub fn has_trunk(project: &Project) -> bool {
    let version = project.command("trunk").arg("--version").output_text();
    version.is_some_and(|v| v.trim() == format!("trunk {TRUNK_VERSION}"))
}

/// The wasm-bindgen version Cargo.lock pins, which the CLI must match.
pub fn wanted_wasm_bindgen(project: &Project) -> Result<String, String> {
    let lock = std::fs::read_to_string(project.root.join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    locked_version(&lock, "wasm-bindgen")
        .ok_or_else(|| "Cargo.lock pins no wasm-bindgen version".into())
}

/// Whether `tool` (wasm-bindgen or its test runner) is at version `wanted`.
pub fn has_wasm_bindgen_tool(project: &Project, tool: &str, wanted: &str) -> bool {
    project
        .command(tool)
        .arg("--version")
        .output_text()
        .is_some_and(|v| v.split_whitespace().nth(1) == Some(wanted))
}

/// What `wasm-opt --version` says, first on the project's PATH.
pub fn wasm_opt_version(project: &Project) -> Option<String> {
    project.command("wasm-opt").arg("--version").output_text()
}

/// The build's tools that are missing or at another version, in words.
pub fn missing(project: &Project) -> Vec<String> {
    let mut missing = Vec::new();
    if !has_wasm_target(project) {
        missing.push(format!("the {WASM_TARGET} target"));
    }
    if wasm_nightly_parts(project).contains(&false) {
        missing.push(format!("the Rust toolchain {WASM_NIGHTLY} with rust-src"));
    }
    if !has_trunk(project) {
        missing.push(format!("Trunk {TRUNK_VERSION}"));
    }
    match wanted_wasm_bindgen(project) {
        Ok(wanted) if has_wasm_bindgen_tool(project, "wasm-bindgen", &wanted) => {}
        Ok(wanted) => missing.push(format!("wasm-bindgen-cli {wanted}")),
        Err(why) => missing.push(why),
    }
    let esbuild = project.command("esbuild").arg("--version").output_text();
    if esbuild.is_none_or(|v| v.trim() != ESBUILD_VERSION) {
        missing.push(format!("esbuild {ESBUILD_VERSION} (e2e/node_modules)"));
    }
    if !wasm_opt_version(project).is_some_and(|v| v.starts_with(WASM_OPT_VERSION)) {
        missing.push("wasm-opt from binaryen 132 (e2e/node_modules)".into());
    }
    missing
}

/// Fails, naming what is missing and the command that installs it, unless
/// every tool of the build is there.
pub fn check(project: &Project) -> Result<(), String> {
    match missing(project).as_slice() {
        [] => Ok(()),
        missing => Err(format!(
            "the build needs {}; `cargo xtask setup` installs what is missing (`cargo xtask build` installs it \
                and builds)",
            missing.join(", ")
        )),
    }
}

/// The version Cargo.lock records for the package `name`.
pub fn locked_version(lock: &str, name: &str) -> Option<String> {
    let needle = format!("name = \"{name}\"");
    let mut lines = lock.lines();
    lines.find(|l| l.trim() == needle)?;
    let version = lines.next()?.trim().strip_prefix("version = \"")?;
    Some(version.trim_end_matches('"').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_locked_version() {
        let lock = "[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n";
        assert_eq!(
            locked_version(lock, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(locked_version(lock, "trunk"), None);
    }
}

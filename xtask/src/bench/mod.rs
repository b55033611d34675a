//! `cargo xtask bench [--check]`: builds the release app, serves it on
//! loopback, and writes `target/bench/report.md` and `report.json` with the
//! bytes of each route's first load, the wasm by crate, and the build time.
//! `--check` fails when a budget in `bench/budget.toml` is exceeded or not
//! yet measured.

mod attribution;
mod report;
mod sizes;

use crate::project::{Project, RunExt};
use crate::setup;
use report::{Report, RouteBytes};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// The demo routes the budgets are about.
pub const ROUTES: [&str; 2] = [
    "/articles/kazakhstan-ainur-kurmanov-jailed",
    "/campaigns/free-ainur-kurmanov",
];
const PORT: u16 = 4190;

/// Runs the bench; with `--check`, fails on any budget not met.
pub fn run(project: &Project, args: &[String]) -> Result<(), String> {
    let check = args.iter().any(|a| a == "--check");
    setup::test_tools(project)?;
    setup::twiggy(project)?;
    let started = Instant::now();
    crate::release_build(project)?;
    let build_seconds = started.elapsed().as_secs_f64();

    let server = Server::start(project)?;
    let requests = project
        .command("node")
        .current_dir(project.e2e())
        .arg("bench/first-load.mjs")
        .arg(format!("http://127.0.0.1:{PORT}"))
        .args(ROUTES)
        .output_text()
        .ok_or("the first-load probe in Chromium failed")?;
    drop(server);
    let requests: std::collections::BTreeMap<String, Vec<String>> = serde_json::from_str(&requests)
        .map_err(|e| format!("the first-load probe wrote bad JSON: {e}"))?;

    let dist = project.root.join("dist");
    let mut routes = Vec::new();
    for route in ROUTES {
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
    let wasm = std::fs::read_dir(&dist)
        .map_err(|e| e.to_string())?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "wasm"))
        .ok_or("no wasm in dist/")?;
    let wasm_size = sizes::measure(
        &dist,
        &format!(
            "/{}",
            wasm.file_name().unwrap_or_default().to_string_lossy()
        ),
    )?;
    let unoptimised = project
        .root
        .join("target/wasm32-unknown-unknown/release/tocsin.wasm");
    let csv = project
        .command("twiggy")
        .args(["top", "-n", "1000000", "--format", "csv"])
        .arg(&unoptimised)
        .output_text()
        .ok_or("twiggy could not read the wasm")?;
    let report = Report {
        build_seconds,
        routes,
        wasm: wasm_size,
        crates: attribution::by_crate(&csv),
    };
    let budget_text = std::fs::read_to_string(project.root.join("bench/budget.toml"))
        .map_err(|e| format!("cannot read bench/budget.toml: {e}"))?;
    let verdicts = report.verdicts(&budget_text)?;
    let out = project.root.join("target/bench");
    report.write(&out, &verdicts)?;
    println!("bench: wrote {}/report.md and report.json", out.display());
    let failed: Vec<_> = verdicts
        .iter()
        .filter(|v| !v.met)
        .map(|v| v.line())
        .collect();
    if check && !failed.is_empty() {
        return Err(format!(
            "bench --check: {} budget(s) not met:\n  {}",
            failed.len(),
            failed.join("\n  ")
        ));
    }
    Ok(())
}

/// The e2e static server on loopback, stopped when dropped.
struct Server(Child);

impl Server {
    fn start(project: &Project) -> Result<Server, String> {
        let child = project
            .command("node")
            .current_dir(project.e2e())
            .args(["serve.mjs", "../dist", &PORT.to_string()])
            .stdout(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start the static server: {e}"))?;
        let server = Server(child);
        for _ in 0..100 {
            if TcpStream::connect(("127.0.0.1", PORT)).is_ok() {
                return Ok(server);
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Err(format!("the static server did not listen on port {PORT}"))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Already gone is fine.
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

//! `cargo xtask serve`: the site as the release build makes it (every
//! language's pages, the published data, the lists and the search index),
//! served on loopback as a static host serves it, and rebuilt when a file
//! changes: the content alone within a second or two, the app when its code
//! or style changes. A file the checker refuses is reported with its line
//! and leaves the last good build in place.

use crate::server::Server;
use crate::setup;
use notify::{RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use tocsin_site::build::Build;
use tocsin_site::project::Project;

/// Where the served site is built.
const DIST: &str = "target/serve";
/// The port it is served on without `--port`.
const PORT: u16 = 8080;
/// How long after a change more changes are gathered into the same
/// rebuild: an editor saving several files, or one file in several writes.
const SETTLE: Duration = Duration::from_millis(200);

/// Builds, serves and watches; returns only on an error it cannot serve
/// through.
pub fn run(project: &Project, args: &[String]) -> Result<(), String> {
    let (port, data) = options(project, args)?;
    setup::build_tools(project)?;
    let dist = project.root.join(DIST);
    let url = format!("http://127.0.0.1:{port}");
    let build = Build::from_data(data.clone(), dist.clone(), Some(&url))?;
    let started = Instant::now();
    build.trunks(project)?;
    report(build.finish(project), started);
    let _server = Server::start(project, &dist, port, false)?;
    let (send, changes) = mpsc::channel();
    let mut watcher =
        notify::recommended_watcher(send).map_err(|e| format!("cannot watch files: {e}"))?;
    let i18n = project.root.join("public/i18n");
    let code = [
        "src",
        "style",
        "index.html",
        "crates/core/src",
        "crates/desk/src",
        "public/_headers",
    ]
    .map(|p| project.root.join(p));
    for path in [&data, &i18n].into_iter().chain(&code) {
        watcher
            .watch(path, RecursiveMode::Recursive)
            .map_err(|e| format!("cannot watch {}: {e}", path.display()))?;
    }
    println!(
        "serve: {url}/ serves {}; saving a file there rebuilds it (Ctrl-C stops)",
        data.display()
    );
    while let Ok(first) = changes.recv() {
        let mut paths = written(first);
        while let Ok(more) = changes.recv_timeout(SETTLE) {
            paths.extend(written(more));
        }
        if paths.is_empty() {
            continue;
        }
        let started = Instant::now();
        let content = |p: &PathBuf| p.starts_with(&data) || p.starts_with(&i18n);
        if paths.iter().all(content) {
            report(build.finish(project), started);
        } else {
            let rebuilt = build.trunks(project);
            report(rebuilt.and_then(|()| build.finish(project)), started);
        }
    }
    Err("serve: the file watcher stopped".into())
}

/// The files an event wrote, made or removed; none for a file only read
/// (the build itself reads them all).
fn written(event: notify::Result<notify::Event>) -> Vec<PathBuf> {
    use notify::EventKind;
    match event {
        Ok(event)
            if matches!(
                event.kind,
                EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
            ) =>
        {
            event.paths
        }
        _ => Vec::new(),
    }
}

/// `--port N` and `--data DIR`, or their defaults.
fn options(project: &Project, args: &[String]) -> Result<(u16, PathBuf), String> {
    let (mut port, mut data) = (PORT, project.root.join("public/data"));
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--port", Some(n)) => {
                port = n.parse().map_err(|_| format!("--port {n} is not a port"))?
            }
            ("--data", Some(dir)) => {
                data = std::path::absolute(Path::new(dir)).map_err(|e| e.to_string())?
            }
            _ => return Err("usage: cargo xtask serve [--port N] [--data DIR]".into()),
        }
    }
    Ok((port, data))
}

/// Says how a rebuild went: the checker's messages, with file and line,
/// when the content has a problem, the last good build staying served.
fn report(outcome: Result<(), String>, started: Instant) {
    match outcome {
        Ok(()) => println!("serve: rebuilt in {:.1} s", started.elapsed().as_secs_f64()),
        Err(why) => eprintln!("{why}\nserve: not rebuilt; the site served is the last good build"),
    }
}

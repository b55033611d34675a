//! The archive's figures, against the archive issue's budgets: 10,000
//! generated articles built (the steps after Trunk, into an empty folder)
//! and searched in Chromium (`e2e/bench/search.mjs`: a first and a later
//! query, bytes on the wire and time to results on the reference phone).
//! The build's seconds are judged over the native yardstick's, timed just
//! before and after it.

use super::{node_json, yardstick};
use crate::server::Server;
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;
use std::time::Instant;
use tocsin_site::build::Build;
use tocsin_site::project::Project;

/// Articles in the archive.
const ARTICLES: usize = 10_000;
const PORT: u16 = 4192;
/// The queries: a word in about a tenth of the articles, then one in a
/// fiftieth (the generator's made-up prose, so the same every run).
const FIRST_WORDS: &str = "damo";
const LATER_WORDS: &str = "kapa";

/// One query as `search.mjs` reports it.
#[derive(Debug, Serialize, Deserialize)]
pub struct Query {
    /// The words searched.
    pub words: String,
    /// From the Enter key to the frame after the results, in ms.
    pub ms: f64,
    /// Bytes on the wire, brotli as served.
    pub bytes: f64,
    /// The count the page showed.
    pub found: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SearchRun {
    first_query: Query,
    later_query: Query,
    cpu_rate: f64,
}

/// What the archive cost to build and to search.
#[derive(Debug, Serialize)]
pub struct ArchiveFigures {
    /// Articles built.
    pub articles: usize,
    /// Seconds of the steps after Trunk, into an empty folder.
    pub build_seconds: f64,
    /// The native yardstick's seconds, the mean of its runs before and
    /// after the build.
    pub yardstick_seconds: f64,
    /// The CPU slowdown the search's yardstick gave.
    pub search_cpu_rate: f64,
    /// A first query on the search page.
    pub first: Query,
    /// A later query on the same page.
    pub later: Query,
}

impl ArchiveFigures {
    /// Generates the archive (once: it is the same every time), builds it
    /// into a new folder, serves it and searches it.
    pub fn measure(project: &Project) -> Result<ArchiveFigures, String> {
        let bench = project.root.join("target/bench");
        let data = bench.join("archive-10k");
        if !data.join("site.json").is_file() {
            let _ = std::fs::remove_dir_all(&data);
            tocsin_site::content::generate_archive(project, ARTICLES, &data)?;
        }
        // Files deleted in the last minutes slow a build that creates as
        // many (ext4 reads past each inode freed in the last minutes before
        // it hands out another: 13.3 s into a new folder, 38.4 s right after
        // deleting the last run's), so the last run's output is moved aside
        // and deleted once this run is measured.
        let dist = bench.join("archive-dist");
        let last = bench.join("archive-dist.last");
        let remove_last = || match std::fs::remove_dir_all(&last) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(format!("{}: {e}", last.display()))
            }
            _ => Ok(()),
        };
        remove_last()?;
        if dist.exists() {
            std::fs::rename(&dist, &last).map_err(|e| format!("{}: {e}", dist.display()))?;
        }
        let build = Build::from_data(data, dist.clone(), None)?;
        build.trunks(project)?;
        let before = yardstick::seconds();
        let started = Instant::now();
        build.finish(project)?;
        let build_seconds = started.elapsed().as_secs_f64();
        let yardstick_seconds = (before + yardstick::seconds()) / 2.0;
        let server = Server::start(project, &dist, PORT, true)?;
        let base = format!("http://127.0.0.1:{PORT}");
        let run: SearchRun = node_json(
            project,
            "bench/search.mjs",
            &[&base, FIRST_WORDS, LATER_WORDS],
        )?;
        drop(server);
        remove_last()?;
        Ok(ArchiveFigures {
            articles: ARTICLES,
            build_seconds,
            yardstick_seconds,
            search_cpu_rate: run.cpu_rate,
            first: run.first_query,
            later: run.later_query,
        })
    }

    /// The figure a budget in the `archive` or `search` section names.
    pub fn measured(&self, section: &str, key: &str) -> Option<f64> {
        match (section, key) {
            ("archive", "build_after_trunk_s") => Some(yardstick::on_reference(
                self.build_seconds,
                self.yardstick_seconds,
            )),
            ("search", "first_query_brotli_kb") => Some(self.first.bytes / 1000.0),
            ("search", "later_query_brotli_kb") => Some(self.later.bytes / 1000.0),
            ("search", "results_ms") => Some(self.first.ms.max(self.later.ms)),
            _ => None,
        }
    }

    /// The report's section.
    pub fn markdown(&self, md: &mut String) {
        let _ = writeln!(
            md,
            "\n## The archive\n\n{} generated articles: the steps after Trunk {:.1} s, into an empty \
                folder, beside a yardstick of {:.2} s ({:.2} s on the reference machine): {:.1} s on the \
                reference machine.\n\n| query | found | bytes on the wire | to results, CPU slowed {:.1}x \
                |\n| --- | --- | ---: | ---: |",
            self.articles,
            self.build_seconds,
            self.yardstick_seconds,
            yardstick::REFERENCE_SECONDS,
            yardstick::on_reference(self.build_seconds, self.yardstick_seconds),
            self.search_cpu_rate
        );
        for (name, q) in [("first", &self.first), ("later", &self.later)] {
            let _ = writeln!(
                md,
                "| {name}: `{}` | {} | {:.1} KB | {:.0} ms |",
                q.words,
                q.found,
                q.bytes / 1000.0,
                q.ms
            );
        }
    }
}

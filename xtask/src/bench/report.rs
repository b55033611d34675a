//! The bench report, and how it and the budgets' verdicts are written down.

use super::archive::ArchiveFigures;
use super::browser::{ComposerFigures, LighthousePage, SendablePage};
use super::budget::Verdict;
use super::sizes::FileSize;
use serde::Serialize;
use std::fmt::Write as _;
use std::path::Path;

/// The first load of one route.
#[derive(Debug, Serialize)]
pub struct RouteBytes {
    /// The route's path.
    pub route: String,
    /// Every file it fetched.
    pub files: Vec<FileSize>,
}

impl RouteBytes {
    /// Raw, gzip and brotli totals.
    pub fn totals(&self) -> (usize, usize, usize) {
        self.files.iter().fold((0, 0, 0), |(r, g, b), f| {
            (r + f.raw, g + f.gzip, b + f.brotli)
        })
    }
}

/// Everything one bench run measured.
#[derive(Debug, Serialize)]
pub struct Report {
    /// Seconds the release build took.
    pub build_seconds: f64,
    /// Each route's first load.
    pub routes: Vec<RouteBytes>,
    /// The static floor page, the one file it is.
    pub floor_bytes: FileSize,
    /// Lighthouse on each route and on the floor page.
    pub lighthouse: Vec<LighthousePage>,
    /// Composer input-to-paint on the reference phone.
    pub composer: ComposerFigures,
    /// The time to a sendable letter on the campaign page, per language.
    pub sendable: Vec<SendablePage>,
    /// The shipped wasm.
    pub wasm: FileSize,
    /// The generated archive, built and searched.
    pub archive: ArchiveFigures,
    /// Bytes of the unoptimised wasm by crate, largest first.
    pub crates: Vec<(String, u64)>,
}

impl Report {
    /// Tocsin's article route over the floor page: (LCP ratio, bytes ratio).
    pub(super) fn floor_ratios(&self) -> Option<(f64, f64)> {
        let lcp = |name: &str| {
            self.lighthouse
                .iter()
                .find(|p| p.name == name)
                .map(|p| p.median.lcp_ms)
        };
        let article_brotli = self.routes.first()?.totals().2 as f64;
        Some((
            lcp("article")? / lcp("floor")?,
            article_brotli / self.floor_bytes.brotli as f64,
        ))
    }

    /// Writes `report.json` and `report.md` into `dir`.
    pub fn write(&self, dir: &Path, verdicts: &[Verdict]) -> Result<(), String> {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        let ratios = self
            .floor_ratios()
            .map(|(lcp, bytes)| serde_json::json!({ "lcp": lcp, "bytes": bytes }));
        let json =
            serde_json::json!({ "report": self, "budgets": verdicts, "tocsin_over_floor": ratios });
        let text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
        std::fs::write(dir.join("report.json"), text).map_err(|e| e.to_string())?;
        std::fs::write(dir.join("report.md"), self.markdown(verdicts)).map_err(|e| e.to_string())
    }

    fn markdown(&self, verdicts: &[Verdict]) -> String {
        let mut md = String::from("# Tocsin bench report\n\n## Budgets\n\n");
        for v in verdicts {
            let _ = writeln!(md, "- {}", v.line());
        }
        for route in &self.routes {
            let (raw, gzip, brotli) = route.totals();
            let _ = writeln!(
                md,
                "\n## First load of `{}`\n\n| file | raw | gzip -9 | brotli |\n| --- | ---: | ---: | ---: |",
                route.route
            );
            for f in &route.files {
                let _ = writeln!(
                    md,
                    "| `{}` | {} | {} | {} |",
                    f.path, f.raw, f.gzip, f.brotli
                );
            }
            let _ = writeln!(md, "| **total** | **{raw}** | **{gzip}** | **{brotli}** |");
        }
        self.lighthouse_markdown(&mut md);
        self.archive.markdown(&mut md);
        let c = &self.composer;
        let _ = writeln!(
            md,
            "\n## Composer, CPU slowed {:.1}x\n\n{} keystrokes into a {}-character letter: input-to-next-paint \
                p50 {:.1} ms, p95 {:.1} ms, slowest {:.1} ms; longest task {}.",
            c.cpu_rate,
            c.keystrokes,
            c.letter_chars,
            c.p50_ms,
            c.p95_ms,
            c.max_ms,
            if c.longest_task_ms > 0.0 {
                format!("{:.0} ms", c.longest_task_ms)
            } else {
                "under 50 ms (no long task)".to_owned()
            }
        );
        self.sendable_markdown(&mut md);
        let _ = writeln!(
            md,
            "\n## The wasm\n\n{} bytes raw, {} gzip -9, {} brotli. Release build: {:.0} s.\n",
            self.wasm.raw, self.wasm.gzip, self.wasm.brotli, self.build_seconds
        );
        let _ = writeln!(
            md,
            "Bytes of the unoptimised module by crate (before wasm-opt; shares, not shipped bytes):\n\n| crate \
                | bytes |\n| --- | ---: |"
        );
        for (name, bytes) in self.crates.iter().take(25) {
            let _ = writeln!(md, "| {name} | {bytes} |");
        }
        md
    }

    fn sendable_markdown(&self, md: &mut String) {
        let runs = self.sendable.first().map_or(0, |p| p.runs.len());
        let _ = writeln!(
            md,
            "\n## Time to a sendable letter, mobile conditions, median of {runs} runs\n\nFrom navigation to \
                the first contentful paint, (a) a mail link with the whole letter usable and painted and (b) the \
                    composer ready (its first send link enabled), the reader typing a name, a town and a \
                        country as soon as the fields take input; (c) is (b) on the reader's next visit, the wasm \
                            and scripts cached.\n\n| page | FCP ms | (a) mail link ms | (b) composer ready ms | \
                                (c) repeat visit ms |\n| --- | ---: | ---: | ---: | ---: |"
        );
        let ms = |value: Option<f64>| value.map_or("never".to_owned(), |v| format!("{v:.0}"));
        for p in &self.sendable {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} |",
                p.name,
                ms(p.fcp_ms),
                ms(p.mail_link_ms),
                ms(p.send_link_ms),
                ms(p.repeat_send_link_ms)
            );
        }
    }

    fn lighthouse_markdown(&self, md: &mut String) {
        let _ = writeln!(
            md,
            "\n## Lighthouse, mobile profile, median of {} runs\n\n| page | performance | accessibility | best \
                practices | SEO | FCP ms | LCP ms | TBT ms | CLS | Speed Index ms |\n| --- | ---: | ---: | ---: | \
                    ---: | ---: | ---: | ---: | ---: | ---: |",
            self.lighthouse.first().map_or(0, |p| p.runs.len())
        );
        for p in &self.lighthouse {
            let r = &p.median;
            let _ = writeln!(
                md,
                "| {} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} | {:.3} | {:.0} |",
                p.name,
                r.performance * 100.0,
                r.accessibility * 100.0,
                r.best_practices * 100.0,
                r.seo * 100.0,
                r.fcp_ms,
                r.lcp_ms,
                r.tbt_ms,
                r.cls,
                r.speed_index_ms
            );
        }
        if let Some((lcp, bytes)) = self.floor_ratios() {
            let _ = writeln!(
                md,
                "\nTocsin's article route over the static floor page ({} B brotli): LCP {lcp:.2}x, bytes {bytes:.1}x.",
                self.floor_bytes.brotli
            );
        }
    }
}

//! The bench report, its budgets, and how both are written down.

use super::archive::ArchiveFigures;
use super::browser::{ComposerFigures, LighthousePage, LighthouseRun, SendablePage};
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
    /// Composer input-to-paint under 4x CPU throttling.
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

/// One budget and how the run did against it.
#[derive(Debug, Serialize)]
pub struct Verdict {
    /// The budget's name in `bench/budget.toml`.
    pub name: String,
    /// The limit.
    pub budget: f64,
    /// What was measured (the worst route where there are several); `None` when
    /// this bench does not measure it.
    pub measured: Option<f64>,
    /// A floor (scores) rather than a ceiling (bytes, times).
    pub at_least: bool,
    /// Whether the budget is met (never when not measured).
    pub met: bool,
}

impl Verdict {
    /// "bytes.wasm_brotli_kb: 263.1 (budget at most 130): not met".
    pub fn line(&self) -> String {
        let bound = if self.at_least { "at least" } else { "at most" };
        match self.measured {
            Some(m) => format!(
                "{}: {m:.3} (budget {bound} {}): {}",
                self.name,
                self.budget,
                if self.met { "met" } else { "NOT MET" }
            ),
            None => format!(
                "{}: not measured by this bench (budget {bound} {})",
                self.name, self.budget
            ),
        }
    }
}

impl Report {
    /// Compares the measured figures with every budget in `budget_toml`.
    pub fn verdicts(&self, budget_toml: &str) -> Result<Vec<Verdict>, String> {
        let table: toml::Table = budget_toml
            .parse()
            .map_err(|e| format!("bench/budget.toml: {e}"))?;
        let article_brotli = self.routes.first().map_or(0, |r| r.totals().2);
        let mut verdicts = Vec::new();
        for (section, values) in &table {
            let Some(values) = values.as_table() else {
                continue;
            };
            for (key, value) in values {
                let budget = value
                    .as_float()
                    .or_else(|| value.as_integer().map(|i| i as f64))
                    .ok_or(format!(
                        "bench/budget.toml: {section}.{key} is not a number"
                    ))?;
                let at_least = matches!(
                    key.as_str(),
                    "performance" | "accessibility" | "best_practices" | "seo"
                );
                let measured = match (section.as_str(), key.as_str()) {
                    ("bytes", "article_first_load_brotli_kb") => {
                        Some(article_brotli as f64 / 1000.0)
                    }
                    ("bytes", "wasm_brotli_kb") => Some(self.wasm.brotli as f64 / 1000.0),
                    ("lighthouse", "article_lcp_over_floor") => {
                        self.floor_ratios().map(|(lcp, _)| lcp)
                    }
                    ("lighthouse", key) => self.worst_app_page(key, at_least),
                    ("composer", "input_to_paint_p95_ms") => Some(self.composer.p95_ms),
                    ("sendable", "send_link_ms") => self.slowest_send_link(),
                    (section, key) => self.archive.measured(section, key),
                };
                let met =
                    measured.is_some_and(|m| if at_least { m >= budget } else { m <= budget });
                verdicts.push(Verdict {
                    name: format!("{section}.{key}"),
                    budget,
                    measured,
                    at_least,
                    met,
                });
            }
        }
        Ok(verdicts)
    }

    /// The worst of the app routes' medians for a Lighthouse measure
    /// (scores as percentages, as the budgets write them).
    fn worst_app_page(&self, key: &str, at_least: bool) -> Option<f64> {
        let pick: fn(&LighthouseRun) -> f64 = match key {
            "performance" => |r| r.performance * 100.0,
            "accessibility" => |r| r.accessibility * 100.0,
            "best_practices" => |r| r.best_practices * 100.0,
            "seo" => |r| r.seo * 100.0,
            "lcp_ms" => |r| r.lcp_ms,
            "tbt_ms" => |r| r.tbt_ms,
            "cls" => |r| r.cls,
            _ => return None,
        };
        let values = self
            .lighthouse
            .iter()
            .filter(|p| p.name != "floor")
            .map(|p| pick(&p.median));
        if at_least {
            values.reduce(f64::min)
        } else {
            values.reduce(f64::max)
        }
    }

    /// The slower campaign page's median time to its first send link;
    /// `None` when a page never got one.
    fn slowest_send_link(&self) -> Option<f64> {
        let times: Option<Vec<f64>> = self.sendable.iter().map(|p| p.send_link_ms).collect();
        times?.into_iter().reduce(f64::max)
    }

    /// Tocsin's article route over the floor page: (LCP ratio, bytes ratio).
    fn floor_ratios(&self) -> Option<(f64, f64)> {
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
            "\n## Composer, 4x CPU throttling\n\n{} keystrokes into a {}-character letter: input-to-next-paint \
                p50 {:.1} ms, p95 {:.1} ms, slowest {:.1} ms; longest task {}.",
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
                (a) a mail link with the letter usable and (b) the composer's first send link enabled, the reader \
                    typing a name, a town and a country as soon as the fields take input.\n\n| page | (a) mail link \
                        ms | (b) send link ms |\n| --- | ---: | ---: |"
        );
        let ms = |value: Option<f64>| value.map_or("never".to_owned(), |v| format!("{v:.0}"));
        for p in &self.sendable {
            let _ = writeln!(
                md,
                "| {} | {} | {} |",
                p.name,
                ms(p.mail_link_ms),
                ms(p.send_link_ms)
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

//! The bench report, its budgets, and how both are written down.

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
    /// The shipped wasm.
    pub wasm: FileSize,
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
    /// What was measured; `None` when this bench does not measure it yet.
    pub measured: Option<f64>,
    /// Whether the budget is met (never when not measured).
    pub met: bool,
}

impl Verdict {
    /// "wasm_brotli_kb: 263.1 (budget 130): over".
    pub fn line(&self) -> String {
        match self.measured {
            Some(m) => format!(
                "{}: {m:.1} (budget {}): {}",
                self.name,
                self.budget,
                if self.met { "met" } else { "over" }
            ),
            None => format!(
                "{}: not measured by this bench yet (budget {})",
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
                let measured = match key.as_str() {
                    "article_first_load_brotli_kb" => Some(article_brotli as f64 / 1000.0),
                    "wasm_brotli_kb" => Some(self.wasm.brotli as f64 / 1000.0),
                    _ => None,
                };
                let met = measured.is_some_and(|m| m <= budget);
                verdicts.push(Verdict {
                    name: format!("{section}.{key}"),
                    budget,
                    measured,
                    met,
                });
            }
        }
        Ok(verdicts)
    }

    /// Writes `report.json` and `report.md` into `dir`.
    pub fn write(&self, dir: &Path, verdicts: &[Verdict]) -> Result<(), String> {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        let json = serde_json::json!({ "report": self, "budgets": verdicts });
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
        let _ = writeln!(
            md,
            "\n## The wasm\n\n{} bytes raw, {} gzip -9, {} brotli. Release build: {:.0} s.\n",
            self.wasm.raw, self.wasm.gzip, self.wasm.brotli, self.build_seconds
        );
        let _ = writeln!(
            md,
            "Bytes of the unoptimised module by crate (before wasm-opt; shares, not shipped bytes):\n\n| crate | bytes |\n| --- | ---: |"
        );
        for (name, bytes) in self.crates.iter().take(25) {
            let _ = writeln!(md, "| {name} | {bytes} |");
        }
        md
    }
}

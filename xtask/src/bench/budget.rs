//! The budgets of `bench/budget.toml` against a bench report: one verdict
//! each, and `--check`'s judgement of them.

use super::browser::{LighthouseRun, SendablePage};
use super::report::Report;
use serde::Serialize;

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

/// `--check`'s judgement: every budget met, or the lines of those not met
/// (a budget this bench does not measure is not met).
pub fn check(verdicts: &[Verdict]) -> Result<(), String> {
    let failed: Vec<_> = verdicts
        .iter()
        .filter(|v| !v.met)
        .map(Verdict::line)
        .collect();
    if failed.is_empty() {
        return Ok(());
    }
    Err(format!(
        "bench --check: {} budget(s) not met:\n  {}",
        failed.len(),
        failed.join("\n  ")
    ))
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
                    ("lighthouse", "lcp_over_floor") => self.worst_lcp_over_floor(),
                    ("lighthouse", key) => self.worst_app_page(key, at_least),
                    ("composer", "input_to_paint_p95_ms") => Some(self.composer.p95_ms),
                    ("sendable", "mail_link_over_floor_fcp") => self.mail_link_over_floor_fcp(),
                    ("sendable", "composer_ready_ms") => self.slowest(|p| p.send_link_ms),
                    ("sendable", "repeat_composer_ready_ms") => {
                        self.slowest(|p| p.repeat_send_link_ms)
                    }
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

    /// The slowest campaign page's median of a time to a send link;
    /// `None` when a page never got one.
    fn slowest(&self, time: fn(&SendablePage) -> Option<f64>) -> Option<f64> {
        let times: Option<Vec<f64>> = (self.sendable.iter())
            .filter(|p| p.name != "floor")
            .map(time)
            .collect();
        times?.into_iter().reduce(f64::max)
    }

    /// The slowest campaign page's median mail link over the floor page's
    /// median first contentful paint, measured under the same conditions.
    fn mail_link_over_floor_fcp(&self) -> Option<f64> {
        let floor = self.sendable.iter().find(|p| p.name == "floor")?.fcp_ms?;
        Some(self.slowest(|p| p.mail_link_ms)? / floor)
    }

    /// The largest of the app pages' LCP over the floor page's, both
    /// medians of the same run.
    fn worst_lcp_over_floor(&self) -> Option<f64> {
        let floor = self.lighthouse.iter().find(|p| p.name == "floor")?;
        (self.lighthouse.iter())
            .filter(|p| p.name != "floor")
            .map(|p| p.median.lcp_ms / floor.median.lcp_ms)
            .reduce(f64::max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::archive::{ArchiveFigures, Query};
    use crate::bench::browser::{ComposerSamples, LighthousePage, SendableRun};
    use crate::bench::report::RouteBytes;
    use crate::bench::sizes::FileSize;
    use crate::bench::yardstick;

    fn size(path: &str, brotli: usize) -> FileSize {
        FileSize {
            path: path.to_owned(),
            raw: brotli * 4,
            gzip: brotli * 2,
            brotli,
        }
    }

    /// A run's figures: an article of 7 KB, a 225 KB wasm, the campaign
    /// page's LCP 1.5 times the floor page's, a mail link sending at 900 ms
    /// beside the floor page's first paint at 860 ms, the composer ready in
    /// 2.4 s (1.2 s on a repeat visit), the archive built in 30 s beside a
    /// yardstick that took twice the reference machine's.
    fn report() -> Report {
        let lighthouse = |name: &str, lcp_ms| {
            let run = LighthouseRun {
                performance: 0.98,
                lcp_ms,
                tbt_ms: 40.0,
                cpu_rate: 4.0,
                ..LighthouseRun::default()
            };
            LighthousePage::new(name, "u", vec![run])
        };
        let floor = SendableRun {
            fcp: Some(860.0),
            mail_link: None,
            typed: None,
            send_link: None,
            repeat_send_link: None,
            cpu_rate: 4.0,
        };
        let sendable = SendableRun {
            fcp: Some(880.0),
            mail_link: Some(900.0),
            typed: Some(2000.0),
            send_link: Some(2400.0),
            repeat_send_link: Some(1200.0),
            cpu_rate: 4.0,
        };
        let query = |words: &str| Query {
            words: words.to_owned(),
            ms: 150.0,
            bytes: 40_000.0,
            found: "found".to_owned(),
        };
        Report {
            build_seconds: 90.0,
            routes: vec![RouteBytes {
                route: "/articles/a".to_owned(),
                files: vec![size("/articles/a", 5_000), size("/i18n/en.json", 2_000)],
            }],
            floor_bytes: size("/index.html", 3_000),
            lighthouse: vec![
                lighthouse("article", 700.0),
                lighthouse("campaign", 900.0),
                lighthouse("floor", 600.0),
            ],
            composer: ComposerSamples {
                letter_chars: 3000,
                keystrokes: 2,
                cpu_rate: 4.0,
                samples_ms: vec![20.0, 22.0],
                longest_task_ms: 0.0,
            }
            .into(),
            sendable: vec![
                SendablePage::new("campaign", "u", vec![sendable]),
                SendablePage::new("floor", "f", vec![floor]),
            ],
            wasm: size("/tocsin_bg.wasm", 225_000),
            archive: ArchiveFigures {
                articles: 10_000,
                build_seconds: 30.0,
                yardstick_seconds: 2.0 * yardstick::REFERENCE_SECONDS,
                search_cpu_rate: 4.0,
                first: query("damo"),
                later: query("kapa"),
            },
            crates: Vec::new(),
        }
    }

    const BUDGETS: &str = "
        [bytes]
        article_first_load_brotli_kb = 10
        wasm_brotli_kb = 250
        [lighthouse]
        performance = 95
        tbt_ms = 100
        lcp_over_floor = 1.6
        article_lcp_over_floor = 1.2
        [composer]
        input_to_paint_p95_ms = 50
        [sendable]
        mail_link_over_floor_fcp = 1.1
        composer_ready_ms = 2500
        repeat_composer_ready_ms = 1200
        [archive]
        build_after_trunk_s = 60
        [search]
        results_ms = 300
    ";

    fn measured(verdicts: &[Verdict], name: &str) -> Option<f64> {
        verdicts.iter().find(|v| v.name == name)?.measured
    }

    #[test]
    fn every_budget_is_measured_and_met_by_a_good_run() {
        let verdicts = report().verdicts(BUDGETS).unwrap();
        assert_eq!(verdicts.len(), 12);
        assert!(check(&verdicts).is_ok(), "{:?}", check(&verdicts));
        assert_eq!(
            measured(&verdicts, "bytes.article_first_load_brotli_kb"),
            Some(7.0)
        );
        assert_eq!(measured(&verdicts, "lighthouse.lcp_over_floor"), Some(1.5));
        assert_eq!(
            measured(&verdicts, "sendable.repeat_composer_ready_ms"),
            Some(1200.0)
        );
        let mail = measured(&verdicts, "sendable.mail_link_over_floor_fcp").unwrap();
        assert!((mail - 900.0 / 860.0).abs() < 1e-9, "{mail}");
        // 30 s beside a yardstick twice as slow as the reference machine's.
        let build = measured(&verdicts, "archive.build_after_trunk_s").unwrap();
        assert!((build - 15.0).abs() < 1e-9, "{build}");
    }

    #[test]
    fn a_budget_set_too_tight_fails_the_check_and_is_named() {
        let tight = BUDGETS.replace(
            "repeat_composer_ready_ms = 1200",
            "repeat_composer_ready_ms = 1000",
        );
        let verdicts = report().verdicts(&tight).unwrap();
        let why = check(&verdicts).unwrap_err();
        assert!(why.contains("1 budget(s) not met"), "{why}");
        assert!(why.contains(
            "sendable.repeat_composer_ready_ms: 1200.000 (budget at most 1000): NOT MET"
        ));
        let scores = BUDGETS.replace("performance = 95", "performance = 99");
        let why = check(&report().verdicts(&scores).unwrap()).unwrap_err();
        assert!(
            why.contains("lighthouse.performance: 98.000 (budget at least 99)"),
            "{why}"
        );
    }

    #[test]
    fn a_budget_the_bench_does_not_measure_fails_the_check() {
        let verdicts = report()
            .verdicts("[lighthouse]\nfirst_input_ms = 10\n")
            .unwrap();
        assert!(
            check(&verdicts)
                .unwrap_err()
                .contains("not measured by this bench")
        );
        let not_a_number = report().verdicts("[bytes]\nwasm_brotli_kb = \"small\"\n");
        assert!(
            not_a_number
                .unwrap_err()
                .contains("bytes.wasm_brotli_kb is not a number")
        );
    }
}

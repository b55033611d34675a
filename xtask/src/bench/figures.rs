//! The current figures in docs/performance.md: the text between two
//! markers, which every bench run writes anew from its report, so that the
//! document gives the last run's figures and never a copy made by hand.

use super::budget::Verdict;
use super::report::Report;
use std::fmt::Write as _;
use std::path::Path;

/// The line before the figures.
const START: &str = "<!-- The figures below are written by `cargo xtask bench`. -->";
/// The line after them.
const END: &str = "<!-- End of the bench's figures. -->";

/// `doc` with the text between its markers replaced by `figures`.
fn replace_between(doc: &str, figures: &str) -> Result<String, String> {
    let missing = || format!("the markers `{START}` and `{END}` are not both there");
    let start = doc.find(START).ok_or_else(missing)? + START.len();
    let end = start + doc[start..].find(END).ok_or_else(missing)?;
    Ok([&doc[..start], "\n\n", figures.trim(), "\n\n", &doc[end..]].concat())
}

/// Writes `report`'s figures into `doc` (docs/performance.md); `commit` is
/// the commit measured.
pub fn write(
    doc: &Path,
    report: &Report,
    verdicts: &[Verdict],
    commit: &str,
) -> Result<(), String> {
    let text =
        std::fs::read_to_string(doc).map_err(|e| format!("cannot read {}: {e}", doc.display()))?;
    let new = replace_between(&text, &report.figures(verdicts, commit))
        .map_err(|e| format!("{}: {e}", doc.display()))?;
    std::fs::write(doc, new).map_err(|e| format!("cannot write {}: {e}", doc.display()))
}

impl Report {
    /// The figures as Markdown: every budget against what was measured,
    /// then each page's first load and Lighthouse medians beside the floor
    /// page's, and the campaign pages' times to a sendable letter.
    pub fn figures(&self, verdicts: &[Verdict], commit: &str) -> String {
        let cores = std::thread::available_parallelism().map_or(0, usize::from);
        let mut md = format!(
            "Measured at commit `{commit}` on a machine with {cores} cores: Lighthouse medians of \
            {} runs, times to a sendable letter medians of {} runs, every time on the reference phone \
            (the CPU slowed by the rate the yardstick gave in the same run).\n\n\
            | budget | measured | limit | |\n| --- | ---: | ---: | --- |\n",
            self.lighthouse.first().map_or(0, |p| p.runs.len()),
            self.sendable.first().map_or(0, |p| p.runs.len()),
        );
        for v in verdicts {
            let bound = if v.at_least { "at least" } else { "at most" };
            let (measured, met) = match v.measured {
                Some(m) => (format!("{m:.2}"), if v.met { "met" } else { "**not met**" }),
                None => ("not measured".to_owned(), "**not met**"),
            };
            let _ = writeln!(
                md,
                "| `{}` | {measured} | {bound} {} | {met} |",
                v.name, v.budget
            );
        }
        md.push_str(
            "\n| page | first load, brotli | CPU slowed | performance | FCP | LCP | TBT | CLS | FCP, phone \
            | mail link | composer ready | composer ready, repeat visit |\n\
            | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
        );
        let ms = |value: Option<f64>| value.map_or(String::new(), |v| format!("{v:.0} ms"));
        for page in &self.lighthouse {
            let path = page
                .url
                .split("//")
                .nth(1)
                .and_then(|rest| rest.find('/').map(|at| &rest[at..]));
            let route = self.routes.iter().find(|r| Some(r.route.as_str()) == path);
            let bytes = match route {
                Some(route) => route.totals().2,
                None => self.floor_bytes.brotli,
            };
            let sendable = self.sendable.iter().find(|s| s.name == page.name);
            let r = &page.median;
            let _ = writeln!(
                md,
                "| {} | {:.1} KB | {:.1}x | {:.0} | {:.0} ms | {:.0} ms | {:.0} ms | {:.3} | {} | {} | {} | {} |",
                page.name,
                bytes as f64 / 1000.0,
                r.cpu_rate,
                r.performance * 100.0,
                r.fcp_ms,
                r.lcp_ms,
                r.tbt_ms,
                r.cls,
                ms(sendable.and_then(|s| s.fcp_ms)),
                ms(sendable.and_then(|s| s.mail_link_ms)),
                ms(sendable.and_then(|s| s.send_link_ms)),
                ms(sendable.and_then(|s| s.repeat_send_link_ms)),
            );
        }
        let _ = write!(
            md,
            "\nThe wasm: {} B brotli ({} B raw).",
            self.wasm.brotli, self.wasm.raw
        );
        md
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_text_between_the_markers_changes() {
        let doc = format!("# Performance\n\n{START}\n\nold figures\n\n{END}\n\nThe method.\n");
        let new = replace_between(&doc, "new figures\n").unwrap();
        assert_eq!(
            new,
            format!("# Performance\n\n{START}\n\nnew figures\n\n{END}\n\nThe method.\n")
        );
        assert_eq!(replace_between(&new, "new figures").unwrap(), new);
        assert!(
            replace_between("# Performance\n", "x")
                .unwrap_err()
                .contains("markers")
        );
    }
}

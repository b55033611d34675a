//! The native yardstick: a fixed piece of work on every core, timed just
//! before and just after the archive's build, so that the build is judged
//! against the machine as it was at that minute. The build's seconds are
//! reported over the yardstick's, written in the reference machine's
//! seconds (this kind of machine, quiet); a machine twice as busy takes
//! twice as long for both. `e2e/bench/yardstick.mjs` is its browser twin.

use std::hint::black_box;
use std::time::Instant;

/// Seconds the yardstick takes on the reference machine: this kind of
/// machine (2 cores), with nothing else running.
pub const REFERENCE_SECONDS: f64 = 0.42;
/// Times the yardstick is run each time; the figure is their median.
const RUNS: usize = 5;
/// Rounds of the work in one run on each core.
const ROUNDS: usize = 3000;

/// The yardstick's seconds now: the median of a few runs.
pub fn seconds() -> f64 {
    let mut runs: Vec<f64> = (0..RUNS).map(|_| one_run()).collect();
    runs.sort_by(f64::total_cmp);
    runs[RUNS / 2]
}

/// One run: the work on as many threads as the machine has cores, as the
/// site build's pre-rendering runs.
fn one_run() -> f64 {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let started = Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                for round in 0..ROUNDS {
                    black_box(round_of_work(round));
                }
            });
        }
    });
    started.elapsed().as_secs_f64()
}

/// Work like the build's: a content file written as JSON, read back, and
/// its paragraphs written out as escaped HTML.
fn round_of_work(round: usize) -> usize {
    let paragraphs: Vec<String> = (0..400)
        .map(|i| format!("Paragraph {i} of round {round}: workers & <their> \"union\" stand firm."))
        .collect();
    let json =
        serde_json::to_string(&serde_json::json!({ "body": paragraphs })).unwrap_or_default();
    let read: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    let mut html = String::new();
    for text in read["body"].as_array().into_iter().flatten() {
        html.push_str("<p>");
        for c in text.as_str().unwrap_or_default().chars() {
            match c {
                '&' => html.push_str("&amp;"),
                '<' => html.push_str("&lt;"),
                '>' => html.push_str("&gt;"),
                '"' => html.push_str("&quot;"),
                c => html.push(c),
            }
        }
        html.push_str("</p>\n");
    }
    html.len()
}

/// `seconds` measured beside a yardstick that took `yardstick` seconds,
/// in the reference machine's seconds.
pub fn on_reference(seconds: f64, yardstick: f64) -> f64 {
    seconds * REFERENCE_SECONDS / yardstick
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_machine_twice_as_slow_gives_the_same_reference_seconds() {
        let quiet = on_reference(20.0, REFERENCE_SECONDS);
        let busy = on_reference(40.0, 2.0 * REFERENCE_SECONDS);
        assert!((quiet - 20.0).abs() < 1e-9 && (busy - 20.0).abs() < 1e-9);
    }

    #[test]
    fn the_work_is_the_same_every_round_of_the_same_number() {
        assert_eq!(round_of_work(3), round_of_work(3));
        assert!(round_of_work(3) > 400 * 60);
    }
}

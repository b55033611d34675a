//! Figures measured in Chromium by the scripts in `e2e/bench/`: Lighthouse
//! runs, composer keystrokes and the time to a sendable letter, with the
//! statistics the report shows. Every time is in the reference phone's
//! milliseconds: each script slows the CPU by the rate its yardstick gave
//! (`e2e/bench/yardstick.mjs`), and says which rate.

use serde::{Deserialize, Serialize};

/// One Lighthouse run, as `e2e/bench/lighthouse.mjs` prints it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct LighthouseRun {
    /// Performance score, 0 to 1.
    pub performance: f64,
    /// Accessibility score, 0 to 1.
    pub accessibility: f64,
    /// Best-practices score, 0 to 1.
    pub best_practices: f64,
    /// SEO score, 0 to 1.
    pub seo: f64,
    /// First contentful paint.
    pub fcp_ms: f64,
    /// Largest contentful paint.
    pub lcp_ms: f64,
    /// Total blocking time.
    pub tbt_ms: f64,
    /// Cumulative layout shift.
    pub cls: f64,
    /// Speed index.
    pub speed_index_ms: f64,
    /// The CPU slowdown the yardstick gave for the run.
    pub cpu_rate: f64,
}

/// The Lighthouse runs of one page and their per-measure medians.
#[derive(Debug, Serialize)]
pub struct LighthousePage {
    /// What the page is: "article", "campaign" or "floor".
    pub name: String,
    /// The URL Lighthouse loaded.
    pub url: String,
    /// Every run.
    pub runs: Vec<LighthouseRun>,
    /// The median of each measure over the runs.
    pub median: LighthouseRun,
}

impl LighthousePage {
    /// Collects `runs` of the page and takes the median of each measure.
    pub fn new(name: &str, url: &str, runs: Vec<LighthouseRun>) -> LighthousePage {
        let m = |f: fn(&LighthouseRun) -> f64| median(runs.iter().map(f).collect());
        let median = LighthouseRun {
            performance: m(|r| r.performance),
            accessibility: m(|r| r.accessibility),
            best_practices: m(|r| r.best_practices),
            seo: m(|r| r.seo),
            fcp_ms: m(|r| r.fcp_ms),
            lcp_ms: m(|r| r.lcp_ms),
            tbt_ms: m(|r| r.tbt_ms),
            cls: m(|r| r.cls),
            speed_index_ms: m(|r| r.speed_index_ms),
            cpu_rate: m(|r| r.cpu_rate),
        };
        LighthousePage {
            name: name.to_owned(),
            url: url.to_owned(),
            runs,
            median,
        }
    }
}

/// What `e2e/bench/composer.mjs` prints.
#[derive(Debug, Deserialize)]
pub struct ComposerSamples {
    /// Characters in the letter before typing.
    pub letter_chars: usize,
    /// Keystrokes typed.
    pub keystrokes: usize,
    /// The CPU slowdown the yardstick gave.
    pub cpu_rate: f64,
    /// Input-to-next-paint of each keystroke.
    pub samples_ms: Vec<f64>,
    /// The longest task the page reported (0 when none reached 50 ms).
    pub longest_task_ms: f64,
}

/// Composer responsiveness on the reference phone.
#[derive(Debug, Serialize)]
pub struct ComposerFigures {
    /// Characters in the letter before typing.
    pub letter_chars: usize,
    /// Keystrokes typed.
    pub keystrokes: usize,
    /// The CPU slowdown the yardstick gave.
    pub cpu_rate: f64,
    /// Median input-to-next-paint.
    pub p50_ms: f64,
    /// 95th percentile input-to-next-paint.
    pub p95_ms: f64,
    /// The slowest keystroke.
    pub max_ms: f64,
    /// The longest task (0 when none reached 50 ms, the long-task threshold).
    pub longest_task_ms: f64,
}

impl From<ComposerSamples> for ComposerFigures {
    fn from(s: ComposerSamples) -> ComposerFigures {
        let mut sorted = s.samples_ms;
        sorted.sort_by(f64::total_cmp);
        ComposerFigures {
            letter_chars: s.letter_chars,
            keystrokes: s.keystrokes,
            cpu_rate: s.cpu_rate,
            p50_ms: percentile(&sorted, 50.0),
            p95_ms: percentile(&sorted, 95.0),
            max_ms: sorted.last().copied().unwrap_or(0.0),
            longest_task_ms: s.longest_task_ms,
        }
    }
}

/// What `e2e/bench/sendable.mjs` prints for one page.
#[derive(Debug, Deserialize)]
pub struct SendableRuns {
    /// Every run's moments.
    pub runs: Vec<SendableRun>,
}

/// The moments of one run, in milliseconds from navigation start; a
/// moment that never came is missing.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SendableRun {
    /// The page's first contentful paint (the floor page's only moment).
    pub fcp: Option<f64>,
    /// (a) A mail link with the letter became usable, painted.
    pub mail_link: Option<f64>,
    /// The reader's name, town and country were typed.
    pub typed: Option<f64>,
    /// (b) The composer was ready: its first send link enabled, with what
    /// the reader typed.
    pub send_link: Option<f64>,
    /// (b) on the reader's next visit, with the wasm and scripts cached.
    pub repeat_send_link: Option<f64>,
    /// The CPU slowdown the yardstick gave for the run.
    pub cpu_rate: f64,
}

/// The time to a sendable letter on one campaign page, or the floor page's
/// first paint, under Lighthouse's mobile conditions applied through
/// DevTools.
#[derive(Debug, Serialize)]
pub struct SendablePage {
    /// Which page: "campaign", "campaign, ru" or "floor".
    pub name: String,
    /// The URL loaded.
    pub url: String,
    /// Every run.
    pub runs: Vec<SendableRun>,
    /// Median of the first contentful paint.
    pub fcp_ms: Option<f64>,
    /// Median of (a) over the runs where it came.
    pub mail_link_ms: Option<f64>,
    /// Median of (b); every run waits for it.
    pub send_link_ms: Option<f64>,
    /// Median of (b) on the repeat visits.
    pub repeat_send_link_ms: Option<f64>,
}

impl SendablePage {
    /// Collects `runs` of the page and takes the medians.
    pub fn new(name: &str, url: &str, runs: Vec<SendableRun>) -> SendablePage {
        let m = |f: fn(&SendableRun) -> Option<f64>| {
            let values: Vec<f64> = runs.iter().filter_map(f).collect();
            (!values.is_empty()).then(|| median(values))
        };
        SendablePage {
            name: name.to_owned(),
            url: url.to_owned(),
            fcp_ms: m(|r| r.fcp),
            mail_link_ms: m(|r| r.mail_link),
            send_link_ms: m(|r| r.send_link),
            repeat_send_link_ms: m(|r| r.repeat_send_link),
            runs,
        }
    }
}

/// The median; the mean of the middle two for an even count, 0 for none.
fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    match values.len() {
        0 => 0.0,
        n if n % 2 == 1 => values[n / 2],
        n => (values[n / 2 - 1] + values[n / 2]) / 2.0,
    }
}

/// The nearest-rank percentile of sorted values, 0 for none.
fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_and_percentiles() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), 2.5);
        assert_eq!(median(vec![]), 0.0);
        let sorted: Vec<f64> = (1..=200).map(f64::from).collect();
        assert_eq!(percentile(&sorted, 50.0), 100.0);
        assert_eq!(percentile(&sorted, 95.0), 190.0);
        assert_eq!(percentile(&[7.0], 95.0), 7.0);
    }

    #[test]
    fn a_page_takes_the_median_of_each_measure_separately() {
        let run = |performance, lcp_ms| LighthouseRun {
            performance,
            lcp_ms,
            ..LighthouseRun::default()
        };
        let page = LighthousePage::new(
            "article",
            "u",
            vec![run(0.9, 3000.0), run(0.99, 2000.0), run(0.95, 2500.0)],
        );
        assert_eq!(page.median.performance, 0.95);
        assert_eq!(page.median.lcp_ms, 2500.0);
    }

    #[test]
    fn a_sendable_page_takes_medians_of_the_moments_that_came() {
        let run = |mail_link, send_link| SendableRun {
            fcp: Some(400.0),
            mail_link,
            typed: Some(1.0),
            send_link: Some(send_link),
            repeat_send_link: Some(send_link / 2.0),
            cpu_rate: 4.0,
        };
        let page = SendablePage::new(
            "campaign",
            "u",
            vec![
                run(None, 3000.0),
                run(Some(2000.0), 2500.0),
                run(Some(1000.0), 2800.0),
            ],
        );
        assert_eq!(page.send_link_ms, Some(2800.0));
        assert_eq!(page.repeat_send_link_ms, Some(1400.0));
        assert_eq!(page.mail_link_ms, Some(1500.0));
        assert_eq!(SendablePage::new("c", "u", vec![]).send_link_ms, None);
    }

    #[test]
    fn composer_samples_become_figures() {
        let figures = ComposerFigures::from(ComposerSamples {
            letter_chars: 3000,
            keystrokes: 4,
            cpu_rate: 4.0,
            samples_ms: vec![40.0, 10.0, 30.0, 20.0],
            longest_task_ms: 0.0,
        });
        assert_eq!(
            (figures.p50_ms, figures.p95_ms, figures.max_ms),
            (20.0, 40.0, 40.0)
        );
    }
}

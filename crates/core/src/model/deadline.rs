//! Deadline arithmetic on calendar dates. A deadline is a day: it has passed
//! once that day is over where the reader is, so "today" is taken in the
//! reader's time zone before counting.

use super::Date;
use crate::i18n::{Catalog, Key};

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if month <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        month,
        day,
    )
}

fn day_number(date: &Date) -> i64 {
    let (y, m, d) = date.parts();
    days_from_civil(i64::from(y), i64::from(m), i64::from(d))
}

/// The reader's calendar date at `epoch_ms` (milliseconds since 1970 UTC) in a
/// time zone `offset_minutes` east of UTC (JavaScript's `getTimezoneOffset` negated).
pub fn local_date(epoch_ms: f64, offset_minutes: i64) -> Option<Date> {
    if !epoch_ms.is_finite() {
        return None;
    }
    let local_minutes = (epoch_ms / 60_000.0).floor() as i64 + offset_minutes;
    let (y, m, d) = civil_from_days(local_minutes.div_euclid(24 * 60));
    Date::parse(&format!("{y:04}-{m:02}-{d:02}")).ok()
}

/// Where a deadline stands, seen from one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineState {
    /// Whole days left after today; 0 means today is the last day.
    DaysLeft(i64),
    /// The deadline day is over.
    Passed,
}

/// How `deadline` stands on `today`.
pub fn deadline_state(deadline: &Date, today: &Date) -> DeadlineState {
    match day_number(deadline) - day_number(today) {
        n if n < 0 => DeadlineState::Passed,
        n => DeadlineState::DaysLeft(n),
    }
}

impl DeadlineState {
    /// "3 days left", "1 day left", "last day today" or "deadline passed",
    /// in `words`' language.
    pub fn describe(self, words: &Catalog) -> String {
        match self {
            DeadlineState::Passed => words.t(Key::DeadlinePassed).to_owned(),
            DeadlineState::DaysLeft(0) => words.t(Key::DeadlineToday).to_owned(),
            DeadlineState::DaysLeft(n) => words.plural(Key::DaysLeft, n.unsigned_abs(), &[]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn counts_days_across_months_years_and_leap_days() {
        assert_eq!(
            deadline_state(&date("2010-04-29"), &date("2010-04-15")),
            DeadlineState::DaysLeft(14)
        );
        assert_eq!(
            deadline_state(&date("2024-03-01"), &date("2024-02-28")),
            DeadlineState::DaysLeft(2)
        );
        assert_eq!(
            deadline_state(&date("2011-01-01"), &date("2010-12-31")),
            DeadlineState::DaysLeft(1)
        );
        assert_eq!(
            deadline_state(&date("2010-04-29"), &date("2010-04-29")),
            DeadlineState::DaysLeft(0)
        );
        assert_eq!(
            deadline_state(&date("2010-04-29"), &date("2010-04-30")),
            DeadlineState::Passed
        );
        assert_eq!(
            DeadlineState::DaysLeft(3).describe(crate::i18n::english()),
            "3 days left"
        );
        assert_eq!(
            DeadlineState::DaysLeft(1).describe(crate::i18n::english()),
            "1 day left"
        );
        assert_eq!(
            DeadlineState::Passed.describe(crate::i18n::english()),
            "deadline passed"
        );
    }

    #[test]
    fn today_depends_on_the_readers_time_zone() {
        // 2010-04-28 23:30 UTC.
        let instant = 1_272_497_400_000.0;
        assert_eq!(local_date(instant, 0), Some(date("2010-04-28")));
        // Almaty (UTC+6) is already on the 29th: the last day.
        assert_eq!(local_date(instant, 360), Some(date("2010-04-29")));
        // New York (UTC-4 in April) is still on the 28th.
        assert_eq!(local_date(instant, -240), Some(date("2010-04-28")));
        let deadline = date("2010-04-29");
        assert_eq!(
            deadline_state(&deadline, &local_date(instant, 360).unwrap()),
            DeadlineState::DaysLeft(0)
        );
        assert_eq!(
            deadline_state(&deadline, &local_date(instant, 0).unwrap()),
            DeadlineState::DaysLeft(1)
        );
        // Early on the 30th in Almaty it has passed there, but New York is still on the 29th.
        let later = instant + 25.0 * 3_600_000.0;
        assert_eq!(
            deadline_state(&deadline, &local_date(later, 360).unwrap()),
            DeadlineState::Passed
        );
        assert_eq!(
            deadline_state(&deadline, &local_date(later, -240).unwrap()),
            DeadlineState::DaysLeft(0)
        );
        assert_eq!(local_date(f64::NAN, 0), None);
        assert_eq!(local_date(0.0, 0), Some(date("1970-01-01")));
    }
}

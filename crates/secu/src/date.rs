//! Civil-date arithmetic: whole-year ages, birthdays under the 29 February
//! policy, and "N months later" with the end-of-month rule (domain Decisions 2,
//! 10 and 13).
//!
//! All dates are civil dates without time zones (Decision 10). Nothing here
//! reads a clock.

use chrono::{Datelike, Months, NaiveDate};

use crate::policy::LeapDayBirthday;

/// The years every date of the input must fall in, birth dates and events
/// alike (issue 10, item 12; domain Decision 22, implausible data is an
/// input error): a birth in year 0000 or an event in 9999 is a typo, not a
/// fact. Applied by the one date parser, [`crate::model::civil_date::parse`],
/// so the JSON input and the CLI's date flags agree.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

/// [`YEARS`] as written in messages: `1900–2199`.
pub fn years_text() -> String {
    format!("{}–{}", YEARS.start(), YEARS.end())
}

/// The date of the `years`-th anniversary of `date`.
///
/// A 29 February date falls, in a year without one, on 28 February
/// ([`LeapDayBirthday::LastDayOfFebruary`], the default: circular NOR
/// INTA1317573C and C. proc. civ. art. 641) or on 1 March
/// ([`LeapDayBirthday::FirstOfMarch`]). Returns `None` only past chrono's
/// year range (±262,000 years).
pub fn anniversary(date: NaiveDate, years: u32, leap: LeapDayBirthday) -> Option<NaiveDate> {
    let year = date.year().checked_add(i32::try_from(years).ok()?)?;
    match NaiveDate::from_ymd_opt(year, date.month(), date.day()) {
        Some(d) => Some(d),
        // Only 29 February can be missing in the target year.
        None => match leap {
            LeapDayBirthday::LastDayOfFebruary => NaiveDate::from_ymd_opt(year, 2, 28),
            LeapDayBirthday::FirstOfMarch => NaiveDate::from_ymd_opt(year, 3, 1),
        },
    }
}

/// Exact age in whole years at `on` (0 before the first birthday; 0 when `on`
/// precedes `birth`), consistent with [`anniversary`]: the age increases on
/// the very day of the birthday as the policy places it.
pub fn age(birth: NaiveDate, on: NaiveDate, leap: LeapDayBirthday) -> u32 {
    if on <= birth {
        return 0;
    }
    let years = u32::try_from(on.year() - birth.year()).unwrap_or(0);
    // The anniversary in `on`'s year decides whether this year's birthday has
    // been reached yet.
    match anniversary(birth, years, leap) {
        Some(d) if d <= on => years,
        _ => years.saturating_sub(1),
    }
}

/// `date` plus `months` calendar months; a day that does not exist in the
/// target month becomes that month's last day (the rule of C. proc. civ.
/// art. 641 for periods, as in Decision 13).
pub fn add_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    date.checked_add_months(Months::new(months))
}

/// Writes `date` as `YYYY-MM-DD`, exactly as chrono's `Display` does (a sign
/// and at least four digits outside years 0–9999), without chrono's
/// strftime machinery, which would weigh ~25 KB in the WebAssembly module.
pub fn write_iso(date: NaiveDate, f: &mut impl std::fmt::Write) -> std::fmt::Result {
    let year = date.year();
    if (0..=9999).contains(&year) {
        write!(f, "{year:04}")?;
    } else {
        write!(f, "{year:+05}")?;
    }
    write!(f, "-{:02}-{:02}", date.month(), date.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("test date")
    }

    #[test]
    fn leap_day_birthdays() {
        let b = d("2008-02-29");
        let last = LeapDayBirthday::LastDayOfFebruary;
        let march = LeapDayBirthday::FirstOfMarch;
        assert_eq!(anniversary(b, 18, last), Some(d("2026-02-28")));
        assert_eq!(anniversary(b, 18, march), Some(d("2026-03-01")));
        assert_eq!(anniversary(b, 16, last), Some(d("2024-02-29")));
        assert_eq!(age(b, d("2026-02-27"), last), 17);
        assert_eq!(age(b, d("2026-02-28"), last), 18);
        assert_eq!(age(b, d("2026-02-28"), march), 17);
        assert_eq!(age(b, d("2026-03-01"), march), 18);
    }

    #[test]
    fn whole_years() {
        let last = LeapDayBirthday::LastDayOfFebruary;
        assert_eq!(age(d("1990-04-12"), d("2026-04-11"), last), 35);
        assert_eq!(age(d("1990-04-12"), d("2026-04-12"), last), 36);
        assert_eq!(age(d("2026-01-01"), d("2025-01-01"), last), 0);
        assert_eq!(age(d("2025-12-31"), d("2026-01-01"), last), 0);
    }

    #[test]
    fn months_with_end_of_month_rule() {
        assert_eq!(add_months(d("2026-11-30"), 3), Some(d("2027-02-28")));
        assert_eq!(add_months(d("2026-10-01"), 3), Some(d("2027-01-01")));
        assert_eq!(add_months(d("2027-11-30"), 3), Some(d("2028-02-29")));
    }

    #[test]
    fn iso_writing_matches_chrono_display() {
        for (y, m, dd) in [
            (2026, 11, 27),
            (1, 1, 1),
            (0, 2, 29),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 3, 4),
            (-20000, 1, 31),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, dd).expect("valid date");
            let mut out = String::new();
            write_iso(date, &mut out).expect("writing to a String");
            assert_eq!(out, date.to_string(), "{y}-{m}-{dd}");
        }
    }
}

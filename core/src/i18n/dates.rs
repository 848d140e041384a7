//! Dates in words, in the interface language: long and short dates, a day and a time, a span
//! of days, with the catalogue's names of weekdays and months.

use super::{fill, Texts};
use crate::time::Date;

impl<P> Texts<P> {
    /// "Monday, 22 November 2021", "lundi 22 novembre 2021", "2021年11月22日星期一".
    pub fn date_long(&self, d: Date) -> String {
        date(self.c.date_long, self.c.weekdays, self.c.months, d)
    }

    /// "Mon 22 Nov", "lun. 22 nov.".
    pub fn date_short(&self, d: Date) -> String {
        date(
            self.c.date_short,
            self.c.weekdays_short,
            self.c.months_short,
            d,
        )
    }

    /// A short date and a time: "Mon 22 Nov, 16:00–17:00" (local times).
    pub fn day_time(&self, d: Date, time: &str) -> String {
        fill(
            self.c.day_time,
            &[("day", &self.date_short(d)), ("time", time)],
        )
    }

    /// Days of one month: "22–23 November 2021", "22–23 ноября 2021 г.".
    pub fn days_span(&self, from: Date, to: Date) -> String {
        fill(
            self.c.days_span,
            &[
                ("from", &from.day.to_string()),
                ("to", &to.day.to_string()),
                (
                    "month",
                    nth_name(self.c.months, usize::from(from.month).wrapping_sub(1)),
                ),
                ("year", &from.year.to_string()),
            ],
        )
    }

    /// A date in `pattern` with the short names: the agenda's day buttons ("Mon 22").
    pub fn date_in_short_names(&self, pattern: &str, d: Date) -> String {
        date(pattern, self.c.weekdays_short, self.c.months_short, d)
    }
}

/// The `i`th of names separated by `|` (an empty string past the end).
fn nth_name(names: &str, i: usize) -> &str {
    names.split('|').nth(i).unwrap_or("")
}

/// A date in `pattern` ({weekday} {day} {month} {year}) with the given names.
fn date(pattern: &str, weekdays: &str, months: &str, d: Date) -> String {
    // 1970-01-01 was a Thursday.
    let weekday = (crate::time::days_from_civil(d) + 4).rem_euclid(7) as usize;
    let month = usize::from(d.month).wrapping_sub(1);
    fill(
        pattern,
        &[
            ("weekday", nth_name(weekdays, weekday)),
            ("day", &d.day.to_string()),
            ("month", nth_name(months, month)),
            ("year", &d.year.to_string()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, Texts};
    use crate::programme::model::Date;

    #[test]
    fn dates_in_each_language() {
        let d = Date {
            year: 2021,
            month: 11,
            day: 22,
        };
        let of = |l: Lang| Texts {
            lang: l,
            c: l.text(),
            p: l.agenda(),
        };
        assert_eq!(of(Lang::En).date_long(d), "Monday, 22 November 2021");
        assert_eq!(of(Lang::En).date_short(d), "Mon 22 Nov");
        assert_eq!(of(Lang::Fr).date_long(d), "lundi 22 novembre 2021");
        assert!(of(Lang::Ru).date_long(d).contains("22 ноября 2021"));
        assert!(of(Lang::Es)
            .date_long(d)
            .contains("22 de noviembre de 2021"));
        assert!(of(Lang::Zh).date_long(d).starts_with("2021年11月22日"));
        assert!(of(Lang::Ar).date_long(d).contains("22"));
        // Tuesday the 23rd, in every language: the weekday follows the date.
        let tue = Date {
            year: 2021,
            month: 11,
            day: 23,
        };
        for l in Lang::ALL {
            let weekday = l.text().weekdays.split('|').nth(2).expect("Tuesday");
            assert!(of(l).date_long(tue).contains(weekday), "{l:?}");
        }
        assert_eq!(of(Lang::Ru).minutes(2), "2 минуты");
        assert_eq!(of(Lang::En).minutes(3), "3 minutes");
    }
}

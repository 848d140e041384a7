//! Civil time without a time-zone database: dates to day numbers, instants as UTC
//! milliseconds, and the few formats the app reads and writes (RFC 3339, iCalendar UTC).
//!
//! The meeting has one fixed official offset (New York, EST, UTC−05:00), so a fixed offset is
//! all the core needs. The visitor's own zone is a fixed offset too, read from the browser at
//! the instant in question, and named by it ("UTC+1"): no tz database in the wasm, and no
//! `Intl`, whose first use costs a slow phone about 80 ms of blocked main thread.

mod civil;

pub use civil::{ClockTime, Date};
use std::fmt;

/// Milliseconds since 1970-01-01T00:00:00Z.
pub type Millis = i64;

pub const MINUTE_MS: Millis = 60_000;
pub const DAY_MS: Millis = 86_400_000;

/// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm).
pub fn days_from_civil(d: Date) -> i64 {
    let m = i64::from(d.month);
    let y = i64::from(d.year) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date for a day number (inverse of [`days_from_civil`]).
pub fn civil_from_days(z: i64) -> Date {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    Date { year, month, day }
}

/// The instant of a wall-clock time on a date, at a fixed offset from UTC (minutes east).
pub fn instant(date: Date, time: ClockTime, utc_offset_minutes: i32) -> Millis {
    days_from_civil(date) * DAY_MS + i64::from(time.minutes()) * MINUTE_MS
        - i64::from(utc_offset_minutes) * MINUTE_MS
}

/// The wall-clock date and time of an instant at a fixed offset (seconds dropped).
pub fn wall_clock(t: Millis, utc_offset_minutes: i32) -> (Date, ClockTime) {
    let local = t + i64::from(utc_offset_minutes) * MINUTE_MS;
    let days = local.div_euclid(DAY_MS);
    let minutes = local.rem_euclid(DAY_MS) / MINUTE_MS;
    (
        civil_from_days(days),
        ClockTime {
            hour: (minutes / 60) as u8,
            minute: (minutes % 60) as u8,
        },
    )
}

/// "10:00".
pub fn hhmm(t: ClockTime) -> String {
    format!("{:02}:{:02}", t.hour, t.minute)
}

/// A span at a fixed offset, as the visitor's local time: "Mon 22 Nov, 16:00–17:00 (UTC+1)",
/// or with both days when it crosses midnight there. `day_time` writes a day and a time in the
/// interface language ("Mon 22 Nov, 16:00"; [`english_day_time`]). `ltr` keeps times and the
/// offset in their order inside right-to-left text (see [`ltr`]; in other languages it can
/// leave them as they are).
pub fn local_range(
    start: Millis,
    end: Millis,
    utc_offset_minutes: i32,
    day_time: impl Fn(Date, &str) -> String,
    ltr: impl Fn(&str) -> String,
) -> String {
    let (d0, t0) = wall_clock(start, utc_offset_minutes);
    let (d1, t1) = wall_clock(end, utc_offset_minutes);
    let off = utc_offset_label(utc_offset_minutes);
    let span = if d1 == d0 {
        // U+2060 (word joiner): no line break inside the range.
        day_time(
            d0,
            &ltr(&format!("{}\u{2060}–\u{2060}{}", hhmm(t0), hhmm(t1))),
        )
    } else {
        format!(
            "{} – {}",
            day_time(d0, &ltr(&hhmm(t0))),
            day_time(d1, &ltr(&hhmm(t1)))
        )
    };
    // A no-break space: the zone stays with the time.
    format!("{span}\u{a0}{}", ltr(&format!("({off})")))
}

/// Text isolated left to right (invisible marks U+2066 and U+2069).
pub fn ltr(s: &str) -> String {
    format!("\u{2066}{s}\u{2069}")
}

/// "Mon 22 Nov, 16:00" (the English `day_time` of [`local_range`]).
pub fn english_day_time(d: Date, time: &str) -> String {
    format!("{}, {time}", day_label(d))
}

/// "Mon 22 Nov".
pub fn day_label(d: Date) -> String {
    const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    // 1970-01-01 was a Thursday.
    let weekday = (days_from_civil(d) + 4).rem_euclid(7) as usize;
    let month = MONTHS
        .get(usize::from(d.month).wrapping_sub(1))
        .copied()
        .unwrap_or("?");
    format!("{} {} {month}", WEEKDAYS[weekday], d.day)
}

/// "UTC", "UTC+1", "UTC−5", "UTC+5:30" (with a real minus sign).
pub fn utc_offset_label(minutes: i32) -> String {
    if minutes == 0 {
        return "UTC".into();
    }
    let sign = if minutes < 0 { '−' } else { '+' };
    let m = minutes.unsigned_abs();
    match m % 60 {
        0 => format!("UTC{sign}{}", m / 60),
        r => format!("UTC{sign}{}:{r:02}", m / 60),
    }
}

/// Why an RFC 3339 instant was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeError(pub String);

impl fmt::Display for TimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not a date and time like 2021-11-22T15:40:00-05:00",
            self.0
        )
    }
}

/// Parses an RFC 3339 date-time (`2021-11-22T15:40:00-05:00`, `…Z`, optional fraction).
/// A space may stand for the `T`, and a `+` that arrived as a space in a query string is
/// accepted as `+`. Anything else is an error, never a panic.
pub fn parse_rfc3339(input: &str) -> Result<Millis, TimeError> {
    let err = || TimeError(input.chars().take(60).collect());
    let s = input.trim();
    if !s.is_ascii() || s.len() < 20 {
        return Err(err());
    }
    let b = s.as_bytes();
    let num = |from: usize, to: usize| -> Result<i64, TimeError> {
        let part = s.get(from..to).ok_or_else(err)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse::<i64>().map_err(|_| err())
        } else {
            Err(err())
        }
    };
    if b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return Err(err());
    }
    let (year, month, day) = (num(0, 4)?, num(5, 7)?, num(8, 10)?);
    let (hour, minute, second) = (num(11, 13)?, num(14, 16)?, num(17, 19)?);
    if !(1..=12).contains(&month)
        || day < 1
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return Err(err());
    }
    let mut i = 19;
    let mut millis = 0;
    if b.get(i) == Some(&b'.') {
        let start = i + 1;
        i = start;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return Err(err());
        }
        let digits = &s[start..i.min(start + 3)];
        millis = digits.parse::<i64>().map_err(|_| err())? * 10_i64.pow(3 - digits.len() as u32);
    }
    let offset_minutes = match b.get(i) {
        Some(b'Z' | b'z') if i + 1 == b.len() => 0,
        Some(&sign @ (b'+' | b'-' | b' ')) if i + 6 == b.len() && b[i + 3] == b':' => {
            let (h, m) = (num(i + 1, i + 3)?, num(i + 4, i + 6)?);
            if h > 23 || m > 59 {
                return Err(err());
            }
            let o = h * 60 + m;
            if sign == b'-' {
                -o
            } else {
                o
            }
        }
        _ => return Err(err()),
    };
    let date = Date {
        year: year as i32,
        month: month as u8,
        day: day as u8,
    };
    let second = second.min(59);
    Ok(
        days_from_civil(date) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millis
            - offset_minutes * MINUTE_MS,
    )
}

/// Parses a moment a visitor writes in an address (`?at=`): RFC 3339 as [`parse_rfc3339`]
/// takes it, or shorter, as people write it: without seconds (`2021-11-22T20:40Z`,
/// `2021-11-22T15:40-05:00`), and without a zone (`2021-11-22T15:40`, read as a wall-clock
/// time where the meeting is, whose UTC offset is `meeting_offset_minutes`). Bounded work on
/// any input, never a panic.
pub fn parse_at(input: &str, meeting_offset_minutes: i32) -> Result<Millis, TimeError> {
    let err = || TimeError(input.chars().take(60).collect());
    let s = input.trim();
    if !s.is_ascii() || s.len() < 16 || s.len() > 40 {
        return Err(err());
    }
    let b = s.as_bytes();
    // Seconds left out: "…T15:40" followed by the end, a zone or nothing else.
    let mut full = if b[13] == b':' && b.get(16) != Some(&b':') {
        format!("{}:00{}", &s[..16], &s[16..])
    } else {
        s.to_string()
    };
    // No zone: the meeting's.
    let time_end = {
        let f = full.as_bytes();
        let mut i = 19;
        if f.get(i) == Some(&b'.') {
            i += 1;
            while f.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
        }
        i
    };
    if full.len() == time_end {
        full.push_str(&offset_suffix(meeting_offset_minutes));
    }
    parse_rfc3339(&full).map_err(|_| err())
}

/// "-05:00" for an offset of -300 minutes.
fn offset_suffix(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.unsigned_abs();
    format!("{sign}{:02}:{:02}", m / 60, m % 60)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// An instant as RFC 3339 at a fixed offset: `2021-11-22T15:40:00-05:00`.
pub fn format_rfc3339(t: Millis, utc_offset_minutes: i32) -> String {
    let local = t + i64::from(utc_offset_minutes) * MINUTE_MS;
    let d = civil_from_days(local.div_euclid(DAY_MS));
    let secs = local.rem_euclid(DAY_MS) / 1000;
    let sign = if utc_offset_minutes < 0 { '-' } else { '+' };
    let off = utc_offset_minutes.unsigned_abs();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
        d.year,
        d.month,
        d.day,
        secs / 3600,
        secs / 60 % 60,
        secs % 60,
        off / 60,
        off % 60
    )
}

/// An instant in iCalendar UTC form: `20211122T150000Z`.
pub fn format_ics_utc(t: Millis) -> String {
    let d = civil_from_days(t.div_euclid(DAY_MS));
    let secs = t.rem_euclid(DAY_MS) / 1000;
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        d.year,
        d.month,
        d.day,
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn local_ranges() {
        // The opening plenary, 10:00–13:00 in New York (15:00–18:00 UTC), seen from elsewhere.
        let (start, end) = (1_637_593_200_000, 1_637_604_000_000);
        // The marks that keep times left to right are there, and invisible: compare without.
        let local_range = |s, e, off| {
            let text = local_range(s, e, off, english_day_time, super::ltr);
            assert_eq!(
                text.matches('\u{2066}').count(),
                text.matches('\u{2069}').count()
            );
            text.replace(['\u{2066}', '\u{2069}', '\u{2060}'], "")
                .replace('\u{a0}', " ")
        };
        assert_eq!(
            local_range(start, end, 60),
            "Mon 22 Nov, 16:00–19:00 (UTC+1)"
        );
        assert_eq!(local_range(start, end, 0), "Mon 22 Nov, 15:00–18:00 (UTC)");
        assert_eq!(
            local_range(start, end, 330),
            "Mon 22 Nov, 20:30–23:30 (UTC+5:30)"
        );
        assert_eq!(
            local_range(start, end, 540),
            "Tue 23 Nov, 00:00–03:00 (UTC+9)"
        );
        assert_eq!(
            local_range(start, end, 420),
            "Mon 22 Nov, 22:00 – Tue 23 Nov, 01:00 (UTC+7)"
        );
        assert_eq!(
            local_range(start, end, -480),
            "Mon 22 Nov, 07:00–10:00 (UTC−8)"
        );
    }

    #[test]
    fn weekdays() {
        assert_eq!(
            day_label(Date {
                year: 1970,
                month: 1,
                day: 1
            }),
            "Thu 1 Jan"
        );
        assert_eq!(
            day_label(Date {
                year: 2021,
                month: 11,
                day: 23
            }),
            "Tue 23 Nov"
        );
        assert_eq!(
            day_label(Date {
                year: 1969,
                month: 12,
                day: 28
            }),
            "Sun 28 Dec"
        );
    }

    const NOV22: Date = Date {
        year: 2021,
        month: 11,
        day: 22,
    };

    #[test]
    fn known_instants() {
        assert_eq!(
            days_from_civil(Date {
                year: 1970,
                month: 1,
                day: 1
            }),
            0
        );
        // 2021-11-22T15:00:00Z = 1637593200 s
        assert_eq!(
            instant(
                NOV22,
                ClockTime {
                    hour: 10,
                    minute: 0
                },
                -300
            ),
            1_637_593_200_000
        );
        assert_eq!(
            parse_rfc3339("2021-11-22T10:00:00-05:00"),
            Ok(1_637_593_200_000)
        );
        assert_eq!(parse_rfc3339("2021-11-22T15:00:00Z"), Ok(1_637_593_200_000));
        assert_eq!(
            parse_rfc3339("2021-11-22T15:00:00.250Z"),
            Ok(1_637_593_200_250)
        );
        assert_eq!(
            parse_rfc3339("2021-11-22 20:00:00 05:00"),
            Ok(1_637_593_200_000)
        );
        assert_eq!(format_ics_utc(1_637_593_200_000), "20211122T150000Z");
        assert_eq!(
            format_rfc3339(1_637_593_200_000, -300),
            "2021-11-22T10:00:00-05:00"
        );
    }

    #[test]
    fn rejects_malformed() {
        for bad in [
            "",
            "2021-11-22",
            "2021-11-22T25:00:00Z",
            "2021-02-30T10:00:00Z",
            "2021-11-22T10:00:00",
            "2021-11-22T10:00:00+5:00",
            "２０２１-11-22T10:00:00Z",
            "2021-11-22T10:00:00-05:00x",
            "2021-11-22T10:00:00.Z",
        ] {
            assert!(parse_rfc3339(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn a_visitor_writes_a_moment_as_people_do() {
        let at = parse_rfc3339("2021-11-22T15:40:00-05:00").unwrap();
        for written in [
            "2021-11-22T15:40:00-05:00",
            "2021-11-22T20:40Z",
            "2021-11-22T20:40:00Z",
            "2021-11-22T15:40",
            "2021-11-22 15:40",
            "2021-11-22T15:40:00",
            "2021-11-22T15:40-05:00",
            " 2021-11-22T15:40 ",
        ] {
            assert_eq!(parse_at(written, -300), Ok(at), "{written}");
        }
        for bad in [
            "2021-11-22",
            "15:40",
            "2021-11-22T15",
            "2021-11-22T15:4",
            "2021-11-22T25:40",
            "2021-11-22T15:40:00+5",
            "2021-11-22T15:40x",
        ] {
            assert!(parse_at(bad, -300).is_err(), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn civil_round_trip(z in -1_000_000i64..1_000_000) {
            prop_assert_eq!(days_from_civil(civil_from_days(z)), z);
        }

        #[test]
        fn rfc3339_round_trip(t in 0i64..4_102_444_800_000, off in -720i32..=840) {
            let t = t - t % 1000;
            prop_assert_eq!(parse_rfc3339(&format_rfc3339(t, off)), Ok(t));
        }

        #[test]
        fn parse_never_panics(s in ".{0,40}") {
            let _ = parse_rfc3339(&s);
            let _ = parse_at(&s, -300);
        }

        #[test]
        fn an_address_moment_without_seconds_or_zone_is_the_full_one(t in 0i64..4_102_444_800_000, off in -720i32..=840) {
            let t = t - t % 60_000;
            let full = format_rfc3339(t, off);
            prop_assert_eq!(parse_at(&full, 0), Ok(t));
            // Without seconds ("…T15:40-05:00"), and without the zone, in the meeting's.
            let short = format!("{}{}", &full[..16], &full[19..]);
            prop_assert_eq!(parse_at(&short, 0), Ok(t));
            prop_assert_eq!(parse_at(&full[..16], off), Ok(t));
            prop_assert_eq!(parse_at(&full[..19], off), Ok(t));
        }

        #[test]
        fn wall_clock_inverts_instant(day in 0u8..28, h in 0u8..24, m in 0u8..60, off in -720i32..=840) {
            let date = Date { year: 2021, month: 11, day: day + 1 };
            let time = ClockTime { hour: h, minute: m };
            prop_assert_eq!(wall_clock(instant(date, time, off), off), (date, time));
        }
    }
}

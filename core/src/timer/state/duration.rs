//! Times in text: a time left or spoken as the timer shows it (`2:00`, `+0:05`), and the
//! custom durations a chair types, in any of the six interface languages.

use super::MAX_DURATION;
use crate::time::Millis;

/// The display of a time left: `2:00`, `0:09`, `1:02:03`; overtime counts up as `+0:05`.
/// Counting down shows whole seconds rounded up (so "0:01" is the last second and "0:00" never
/// shows while time is left); overtime shows whole seconds elapsed.
pub fn display(remaining: Millis) -> String {
    let (sign, secs) = if remaining > 0 {
        ("", (remaining + 999) / 1000)
    } else {
        ("+", (-remaining) / 1000)
    };
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 {
        format!("{sign}{h}:{m:02}:{s:02}")
    } else {
        format!("{sign}{m}:{s:02}")
    }
}

/// A time spoken, in whole seconds elapsed (`3:10` for 190.9 s), as a log shows it.
pub fn elapsed(ms: Millis) -> String {
    display(-ms.max(0)).trim_start_matches('+').to_string()
}

/// Parses a custom duration typed by the chair: a bare number is minutes up to
/// [`BARE_MINUTES_UP_TO`] (`5`) and seconds above (`90`); a clock (`1:30`,
/// `1:00:00`, as the timer itself shows times) or amounts with units (`5m`, `2m30s`, `2m30`,
/// `1h 30m`, `3 min`, `45 sec`). `None` for anything else or outside 1 s – 10 h.
pub fn parse_duration(input: &str) -> Option<Millis> {
    let s = normalise(input);
    let secs = if s.contains(':') {
        clock_seconds(&s)?
    } else {
        unit_seconds(&s)?
    };
    let ms = secs.checked_mul(1000)?;
    (1000..=MAX_DURATION).contains(&ms).then_some(ms)
}

/// Lower case, with the digits of Arabic script and full-width forms (as phone keyboards type
/// them) written as ASCII digits, and the full-width colon and the Arabic comma as `:` and `,`.
fn normalise(input: &str) -> String {
    input
        .trim()
        .chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '\u{FF10}'..='\u{FF19}' => char::from(b'0' + (c as u32 - 0xFF10) as u8),
            '\u{FF1A}' => ':',
            '\u{060C}' | '\u{FF0C}' => ',',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

fn number(digits: &str) -> Option<i64> {
    let digits = digits.trim();
    if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// `m:ss` or `h:mm:ss`; every part after the first is below 60.
fn clock_seconds(s: &str) -> Option<i64> {
    let parts: Vec<&str> = s.split(':').collect();
    if parts.len() > 3 {
        return None;
    }
    let mut total = 0i64;
    for (i, part) in parts.iter().enumerate() {
        let n = number(part)?;
        if i > 0 && n >= 60 {
            return None;
        }
        total = total.checked_mul(60)?.checked_add(n)?;
    }
    Some(total)
}

// The units in the six interface languages (a chair types what the label suggests in
// theirs); the longest name that fits is taken, so "minutos" is not "min" + "utos".
const UNITS: [(&[&str], i64); 3] = [
    (
        &[
            "hours",
            "hour",
            "hrs",
            "hr",
            "h",
            "heures",
            "heure",
            "horas",
            "hora",
            "часов",
            "часа",
            "час",
            "ч",
            "小时",
            "时",
            "ساعات",
            "ساعة",
            "س",
        ],
        3600,
    ),
    (
        &[
            "minutes",
            "minute",
            "mins",
            "min",
            "m",
            "minutos",
            "minuto",
            "минут",
            "минуты",
            "минута",
            "мин",
            "м",
            "分钟",
            "分",
            "دقائق",
            "دقيقة",
            "د",
        ],
        60,
    ),
    (
        &[
            "seconds",
            "second",
            "secs",
            "sec",
            "s",
            "secondes",
            "seconde",
            "segundos",
            "segundo",
            "seg",
            "секунд",
            "секунды",
            "секунда",
            "сек",
            "с",
            "秒",
            "ثوان",
            "ثواني",
            "ثانية",
            "ث",
        ],
        1,
    ),
];

/// A bare number of seconds, or amounts with units from the largest down, each at most once;
/// a last bare number counts in the unit below the one before it (`2m30` is 2 min 30 s).
/// A bare number up to this is minutes: a speaking slot is never a few seconds, so "5" is
/// five minutes; above it, a bare number is seconds ("90").
pub const BARE_MINUTES_UP_TO: i64 = 10;

fn unit_seconds(s: &str) -> Option<i64> {
    if let Some(n) = number(s) {
        return Some(if n <= BARE_MINUTES_UP_TO { n * 60 } else { n });
    }
    let mut rest = s;
    let mut total = 0i64;
    let mut next_unit = 0usize; // units must come largest first, each at most once
    while !rest.trim().is_empty() {
        let trimmed = rest.trim_start();
        let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
        let n = number(&trimmed[..digits])?;
        let after = trimmed[digits..].trim_start();
        let found = UNITS
            .iter()
            .enumerate()
            .skip(next_unit)
            .find_map(|(i, (names, size))| {
                names
                    .iter()
                    .filter_map(|name| after.strip_prefix(*name))
                    .min_by_key(|tail| tail.len())
                    .map(|tail| (i, *size, tail))
            });
        match found {
            Some((i, size, tail)) => {
                total = total.checked_add(n.checked_mul(size)?)?;
                next_unit = i + 1;
                rest = tail.trim_start_matches(|c: char| c == ',' || c.is_whitespace());
            }
            // A bare number last, after hours or minutes: the next unit down.
            None if after.is_empty() && (1..3).contains(&next_unit) => {
                total = total.checked_add(n.checked_mul(UNITS[next_unit].1)?)?;
                rest = after;
            }
            None => return None,
        }
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn display_rounds_toward_the_speaker() {
        assert_eq!(display(120_000), "2:00");
        assert_eq!(display(119_001), "2:00");
        assert_eq!(display(119_000), "1:59");
        assert_eq!(display(1), "0:01");
        assert_eq!(display(0), "+0:00");
        assert_eq!(display(-999), "+0:00");
        assert_eq!(display(-5_000), "+0:05");
        assert_eq!(display(3_723_000), "1:02:03");
    }

    #[test]
    fn elapsed_counts_whole_seconds() {
        assert_eq!(elapsed(190_900), "3:10");
        assert_eq!(elapsed(999), "0:00");
        assert_eq!(elapsed(-5), "0:00");
        assert_eq!(elapsed(3_600_000), "1:00:00");
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90"), Some(90_000));
        // A bare small number is minutes: a slot is never five seconds.
        assert_eq!(parse_duration("5"), Some(300_000));
        assert_eq!(parse_duration("10"), Some(600_000));
        assert_eq!(parse_duration("11"), Some(11_000));
        assert_eq!(parse_duration("٣"), Some(180_000));
        assert_eq!(parse_duration("1:30"), Some(90_000));
        assert_eq!(parse_duration("2m"), Some(120_000));
        assert_eq!(parse_duration(" 3 min "), Some(180_000));
        assert_eq!(parse_duration("1h"), Some(3_600_000));
        assert_eq!(parse_duration("1:00:00"), Some(3_600_000));
        assert_eq!(parse_duration("0:02:30"), Some(150_000));
        assert_eq!(parse_duration("2m30s"), Some(150_000));
        assert_eq!(parse_duration("2m30"), Some(150_000));
        assert_eq!(parse_duration("2 min 30 sec"), Some(150_000));
        assert_eq!(parse_duration("1h 30m"), Some(5_400_000));
        assert_eq!(parse_duration("1h30"), Some(5_400_000));
        assert_eq!(parse_duration("45s"), Some(45_000));
        assert_eq!(parse_duration("3 Minutes"), Some(180_000));
        // Units and digits as typed in the other interface languages.
        assert_eq!(parse_duration("5 мин"), Some(300_000));
        assert_eq!(parse_duration("2 МИН 30 С"), Some(150_000));
        assert_eq!(parse_duration("1 час 30 минут"), Some(5_400_000));
        assert_eq!(parse_duration("2 minutos"), Some(120_000));
        assert_eq!(parse_duration("30 segundos"), Some(30_000));
        assert_eq!(parse_duration("1 heure 5 secondes"), Some(3_605_000));
        assert_eq!(parse_duration("5分钟"), Some(300_000));
        assert_eq!(parse_duration("1分30秒"), Some(90_000));
        assert_eq!(parse_duration("١:٣٠"), Some(90_000));
        assert_eq!(parse_duration("٥ دقائق"), Some(300_000));
        assert_eq!(parse_duration("۲ دقيقة"), Some(120_000));
        assert_eq!(parse_duration("１：３０"), Some(90_000));
        // Every name of every unit, with a space or without.
        for (names, size) in UNITS {
            for name in names {
                assert_eq!(
                    parse_duration(&format!("3{name}")),
                    Some(3_000 * size),
                    "{name}"
                );
                assert_eq!(
                    parse_duration(&format!("3 {name}")),
                    Some(3_000 * size),
                    "{name}"
                );
            }
        }
        for bad in [
            "",
            "0",
            "1:60",
            "1:00:60",
            "1:2:3:4",
            ":30",
            "-5",
            "-1:30",
            "+5",
            "11h",
            "10h1s",
            "abc",
            "m",
            "5x",
            "30s2m",
            "2m 3m",
            "30s 5",
            "1.5m",
            "99999999999999999999",
        ] {
            assert_eq!(parse_duration(bad), None, "{bad}");
        }
    }

    proptest! {
        #[test]
        fn parse_duration_never_panics(s in ".{0,20}") {
            let _ = parse_duration(&s);
        }

        #[test]
        fn every_shown_duration_parses_back(secs in 1i64..=36_000) {
            // What the timer shows (m:ss or h:mm:ss) is accepted as a custom duration.
            prop_assert_eq!(parse_duration(&display(secs * 1000)), Some(secs * 1000));
            let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
            prop_assert_eq!(parse_duration(&format!("{h}h{m}m{s}s")), Some(secs * 1000));
        }

        #[test]
        fn display_never_panics(r in any::<i64>()) {
            let r = r.clamp(-MAX_DURATION * 10, MAX_DURATION * 10);
            prop_assert!(!display(r).is_empty());
        }
    }
}

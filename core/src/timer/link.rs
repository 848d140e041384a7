//! The timer in a link: everything a second device needs, since there is no server.
//!
//! Format (version 2), the value of the `t=` query parameter:
//!
//! ```text
//! 2<run><kind>.<duration s>.<value>.<rule s>.<started s>.<changed s>.<label>.<check>
//!   run      r running (value = end instant, UTC ms)
//!            p paused  (value = ms left, may be negative)
//!            i ready   (value = 0)
//!   kind     d delegation, g regional group, p panellist, c custom
//!   duration the time allotted now; rule: the time the rule allots (both in seconds)
//!   started  when the speaker started (UTC seconds), or empty
//!   changed  when the chair last changed the timer (UTC seconds): what a viewer says the
//!            link shows, and how old that is
//!   check    3 base-36 digits of a hash of everything before it
//! ```
//!
//! Numbers are base 36, e.g. `2rd.3c.kwc2x3k0.3c.ix4pu8.ix4pu8.Ghana.k3x` (the label is
//! percent-encoded by the URL layer). The check catches links cut off by a chat app or edited
//! by hand; decoding is total and reports what was wrong. Links of version 1 (`1rd.3c.…`,
//! without the rule, the start and the change) are still read.

use super::state::{Run, StatementKind, Timer, MAX_DURATION};
use crate::time::Millis;

/// The longest label a link carries.
pub const MAX_LABEL: usize = 120;

/// Why a timer link could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    Empty,
    /// A version this app does not know (a newer app made the link).
    Version(char),
    /// Not the shape of a timer link.
    Malformed,
    /// The check does not match: cut off or changed.
    Damaged,
    /// The numbers are outside what a timer can hold.
    OutOfRange,
}

/// FNV-1a over the bytes, folded into three base-36 digits.
fn check(s: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in s.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    let n = h % (36 * 36 * 36);
    format!("{:0>3}", base36(i64::from(n)))
}

fn base36(mut n: i64) -> String {
    if n == 0 {
        return "0".into();
    }
    let neg = n < 0;
    let mut digits = Vec::new();
    while n != 0 {
        let d = (n % 36).unsigned_abs() as u32;
        digits.push(char::from_digit(d, 36).unwrap_or('0'));
        n /= 36;
    }
    if neg {
        digits.push('-');
    }
    digits.iter().rev().collect()
}

fn parse36(s: &str) -> Option<i64> {
    if s.is_empty() || s.len() > 13 {
        return None;
    }
    i64::from_str_radix(s, 36).ok()
}

/// Whether a character may stand in a label as it is: not a control character (a tab, a
/// line break), and not one of the invisible marks that change the direction of the text
/// around it (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), with which a forged link
/// could make "Ghana" read as another name.
fn shown_as_is(c: char) -> bool {
    !c.is_control()
        && !matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// A speaker's label, wherever it comes from (typed, a link, the stored queue): control
/// characters become spaces, direction marks go, the ends are trimmed, and at most
/// [`MAX_LABEL`] characters are kept. Cleaning a clean label changes nothing.
pub fn clean_label(s: &str) -> String {
    let visible: String = s
        .chars()
        .filter_map(|c| match c {
            c if c.is_control() => Some(' '),
            c if shown_as_is(c) => Some(c),
            _ => None,
        })
        .collect();
    let cut: String = visible.trim().chars().take(MAX_LABEL).collect();
    cut.trim_end().to_string()
}

/// The label as it is being typed: the characters [`clean_label`] drops are dropped, and at
/// most [`MAX_LABEL`] characters kept, but its spaces stay (trimming each keystroke would
/// swallow the space between two words); the link gets [`clean_label`] of it.
pub fn typed_label(s: &str) -> String {
    s.chars()
        .filter(|c| shown_as_is(*c))
        .take(MAX_LABEL)
        .collect()
}

/// Writes a timer as a link value.
pub fn encode(t: &Timer) -> String {
    let (run, value) = match t.run {
        Run::Running { ends_at } => ('r', ends_at),
        Run::Paused { remaining } => ('p', remaining),
        Run::Ready => ('i', 0),
    };
    let secs = |ms: Millis| base36(ms.div_euclid(1000));
    let body = format!(
        "2{run}{}.{}.{}.{}.{}.{}.{}",
        t.kind.code(),
        secs(t.duration),
        base36(value),
        secs(t.rule),
        t.started_at.map(secs).unwrap_or_default(),
        secs(t.changed_at),
        clean_label(&t.label)
    );
    let c = check(&body);
    format!("{body}.{c}")
}

/// How far a running timer's end may lie beyond the longest duration from `now`: the clocks of
/// two devices differ by a little (a phone set by hand, say), never by more than this.
pub const CLOCK_SKEW: Millis = 10 * 60_000;

/// Reads a link value back into a timer, as seen at `now`. A running timer must end within
/// the longest duration (and [`CLOCK_SKEW`]) from `now`: a forged end years away is refused,
/// not counted down as `69444444:…`; one that ended long ago is a stale link
/// ([`Timer::is_stale`]). Instants must not lie beyond `now` and the skew either.
pub fn decode(s: &str, now: Millis) -> Result<Timer, LinkError> {
    let s = s.trim();
    // The longest link a timer writes is well under this (a label of `MAX_LABEL` characters
    // of four bytes each): anything longer is not read at all (bounded work for any message).
    if s.len() > 4 * MAX_LABEL + 96 {
        return Err(LinkError::Malformed);
    }
    let version = s.chars().next().ok_or(LinkError::Empty)?;
    let fields = match version {
        '1' => 4,
        '2' => 7,
        v if v.is_ascii_digit() => return Err(LinkError::Version(v)),
        _ => return Err(LinkError::Malformed),
    };
    let (body, c) = s.rsplit_once('.').ok_or(LinkError::Malformed)?;
    if check(body) != c {
        return Err(LinkError::Damaged);
    }
    let parts: Vec<&str> = body.splitn(fields, '.').collect();
    if parts.len() != fields {
        return Err(LinkError::Malformed);
    }
    let mut head = parts[0].chars().skip(1);
    let (run, kind) = match (
        head.next(),
        head.next().and_then(StatementKind::from_code),
        head.next(),
    ) {
        (Some(r), Some(k), None) => (r, k),
        _ => return Err(LinkError::Malformed),
    };
    let num = |p: &str| parse36(p).ok_or(LinkError::Malformed);
    let secs = |p: &str| num(p)?.checked_mul(1000).ok_or(LinkError::OutOfRange);
    let duration = secs(parts[1])?;
    let value = num(parts[2])?;
    let label = parts[fields - 1];
    let (rule, started_at, changed_at) = if fields == 7 {
        let started = match parts[4] {
            "" => None,
            p => Some(secs(p)?),
        };
        (secs(parts[3])?, started, secs(parts[5])?)
    } else {
        (duration, None, 0)
    };
    let latest = now.saturating_add(MAX_DURATION).saturating_add(CLOCK_SKEW);
    let in_range = |d: Millis| (1000..=MAX_DURATION).contains(&d);
    if !in_range(duration)
        || !in_range(rule)
        || label.chars().count() > MAX_LABEL
        || !(0..=latest).contains(&changed_at)
        || started_at.is_some_and(|s| !(0..=latest).contains(&s))
    {
        return Err(LinkError::OutOfRange);
    }
    let run = match run {
        'r' if (0..=latest).contains(&value) => Run::Running { ends_at: value },
        'p' if (-10 * MAX_DURATION..=MAX_DURATION).contains(&value) => {
            Run::Paused { remaining: value }
        }
        'i' if value == 0 => Run::Ready,
        'r' | 'p' | 'i' => return Err(LinkError::OutOfRange),
        _ => return Err(LinkError::Malformed),
    };
    Ok(Timer {
        kind,
        duration,
        rule,
        label: clean_label(label),
        run,
        started_at,
        changed_at,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// 22 November 2021, 17:33 UTC.
    const NOW: Millis = 1_637_600_000_000;

    #[test]
    fn short_and_readable() {
        let mut t = Timer::new(StatementKind::Delegation, 120_000, "Ghana");
        t.start(1_637_600_000_000);
        let code = encode(&t);
        assert!(code.starts_with("2rd.3c."), "{code}");
        assert!(code.len() <= 48, "{code}");
        assert_eq!(decode(&code, NOW), Ok(t));
    }

    #[test]
    fn labels_are_cleaned_once_and_for_all() {
        for raw in ["\u{1} ¡", "  a\tb  ", &"x ".repeat(40)] {
            let once = clean_label(raw);
            assert_eq!(clean_label(&once), once, "{raw:?}");
        }
    }

    #[test]
    fn a_link_of_the_version_before_is_read() {
        let body = format!("1rd.3c.{}.Ghana", base36(NOW + 60_000));
        let t = decode(&format!("{body}.{}", check(&body)), NOW).map_err(|e| e.to_string());
        let t = t.as_ref().map(|t| {
            (
                t.duration,
                t.rule,
                t.label.as_str(),
                t.started_at,
                t.changed_at,
            )
        });
        assert_eq!(t, Ok((120_000, 120_000, "Ghana", None, 0)));
    }

    #[test]
    fn damage_is_reported() {
        let mut t = Timer::new(StatementKind::RegionalGroup, 180_000, "African Group");
        t.start(1_637_600_000_000);
        let code = encode(&t);
        assert_eq!(
            decode(&code[..code.len() - 1], NOW),
            Err(LinkError::Damaged)
        );
        assert_eq!(decode(&code[..10], NOW), Err(LinkError::Damaged));
        assert_eq!(
            decode(&code.replace("African", "Asian"), NOW),
            Err(LinkError::Damaged)
        );
        assert_eq!(decode("", NOW), Err(LinkError::Empty));
        assert_eq!(decode("3rd.3c.0..abc", NOW), Err(LinkError::Version('3')));
        assert_eq!(decode("hello", NOW), Err(LinkError::Malformed));
        let body = "1rx.3c.0.";
        assert_eq!(
            decode(&format!("{body}.{}", check(body)), NOW),
            Err(LinkError::Malformed)
        );
        let body = "1pd.0.0.";
        assert_eq!(
            decode(&format!("{body}.{}", check(body)), NOW),
            Err(LinkError::OutOfRange)
        );
    }

    #[test]
    fn an_end_far_in_the_future_is_out_of_range() {
        let mut t = Timer::new(StatementKind::Delegation, 120_000, "Ghana");
        t.start(NOW);
        assert!(decode(&encode(&t), NOW).is_ok());
        // The same link read on a device whose clock is a few minutes behind.
        assert!(decode(&encode(&t), NOW - 5 * 60_000).is_ok());
        t.run = Run::Running {
            ends_at: NOW + 250_000_000_000_000,
        };
        assert_eq!(decode(&encode(&t), NOW), Err(LinkError::OutOfRange));
        t.run = Run::Running {
            ends_at: NOW + MAX_DURATION + CLOCK_SKEW + 1,
        };
        assert_eq!(decode(&encode(&t), NOW), Err(LinkError::OutOfRange));
    }

    #[test]
    fn direction_marks_and_controls_never_reach_a_label() {
        // "Ghana" written so that it would display as another word.
        let forged = "\u{202E}anahG\u{202C}\u{2066}x\u{2069}\u{200F}\u{061C}\tend\u{7}";
        let clean = clean_label(forged);
        assert_eq!(clean, "anahGx end");
        assert_eq!(typed_label(forged), "anahGxend");
        let body = format!("1id.3c.0.{forged}");
        let code = format!("{body}.{}", check(&body));
        assert_eq!(decode(&code, NOW).map(|t| t.label), Ok(clean));
    }

    fn any_timer() -> impl Strategy<Value = Timer> {
        let kind = prop_oneof![
            Just(StatementKind::Delegation),
            Just(StatementKind::RegionalGroup),
            Just(StatementKind::Panellist),
            Just(StatementKind::Custom)
        ];
        let run = prop_oneof![
            Just(Run::Ready),
            (NOW - 100 * MAX_DURATION..NOW + MAX_DURATION)
                .prop_map(|e| Run::Running { ends_at: e }),
            (-MAX_DURATION..MAX_DURATION).prop_map(|r| Run::Paused { remaining: r }),
        ];
        // Instants in whole seconds, as a link carries them.
        let instant = (NOW / 1000 - 100_000..NOW / 1000).prop_map(|s| s * 1000);
        (
            kind,
            1i64..=36_000,
            1i64..=36_000,
            ".{0,120}",
            run,
            proptest::option::of(instant.clone()),
            instant,
        )
            .prop_map(
                |(kind, secs, rule, label, run, started_at, changed_at)| Timer {
                    kind,
                    duration: secs * 1000,
                    rule: rule * 1000,
                    label: clean_label(&label),
                    run,
                    started_at,
                    changed_at,
                },
            )
    }

    proptest! {
        #[test]
        fn round_trips(t in any_timer()) {
            prop_assert_eq!(decode(&encode(&t), NOW), Ok(t));
        }

        /// Every number a link can hold, over the whole `i64` range: refused or in range,
        /// never a panic or an overflow (a debug build panics on one).
        #[test]
        fn numbers_over_the_whole_range(secs in any::<i64>(), value in any::<i64>(), now in any::<i64>(), run in "[rpi]") {
            let body = format!("1{run}d.{}.{}.x", base36(secs), base36(value));
            let code = format!("{body}.{}", check(&body));
            if let Ok(t) = decode(&code, now) {
                prop_assert!((1000..=MAX_DURATION).contains(&t.duration));
                let left = t.remaining(now);
                prop_assert!(left <= MAX_DURATION + CLOCK_SKEW, "{left}");
                let _ = (t.used(now), t.phase(now), super::super::state::display(left));
            }
        }

        #[test]
        fn no_input_panics(s in ".{0,80}") {
            let _ = decode(&s, NOW);
        }

        #[test]
        fn a_changed_character_is_noticed(t in any_timer(), at in any::<prop::sample::Index>(), c in "[0-9a-z.]") {
            let code = encode(&t);
            let i = at.index(code.len());
            if code.is_char_boundary(i) && code.is_char_boundary(i + 1) && &code[i..i + 1] != c.as_str() {
                let changed = format!("{}{}{}", &code[..i], c, &code[i + 1..]);
                // Either refused, or (rarely, a hash collision) still a valid timer: never a panic.
                if let Ok(back) = decode(&changed, NOW) {
                    prop_assert_ne!(back, t);
                }
            }
        }
    }
}

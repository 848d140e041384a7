//! The timer in a link: everything a second device needs, since there is no server.
//!
//! Format (version 1), the value of the `t=` query parameter:
//!
//! ```text
//! 1<run><kind>.<duration s, base 36>.<value, base 36>.<label>.<check>
//!   run   r running (value = end instant, UTC ms)
//!         p paused  (value = ms left, may be negative)
//!         i ready   (value = 0)
//!   kind  d delegation, g regional group, c custom
//!   check 3 base-36 digits of a hash of everything before it
//! ```
//!
//! e.g. `1rd.3c.kwc2x3k0.Ghana.k3x` (the label is percent-encoded by the URL layer). The check
//! catches links cut off by a chat app or edited by hand; decoding is total and reports what
//! was wrong.

use super::state::{Run, StatementKind, Timer, MAX_DURATION};
use std::fmt;

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

impl fmt::Display for LinkError {
    /// In English (see [`crate::i18n::Lang::link_error`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(crate::i18n::Lang::En.link_error(self))
    }
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

/// The label as it goes into a link: trimmed, at most [`MAX_LABEL`] characters.
pub fn clean_label(s: &str) -> String {
    // Controls out first, then trim: the result must be a fixed point (encode cleans again).
    let visible: String = s.chars().filter(|c| !c.is_control()).collect();
    let cut: String = visible.trim().chars().take(MAX_LABEL).collect();
    cut.trim_end().to_string()
}

/// The label as it is being typed: controls out and at most [`MAX_LABEL`] characters, but its
/// spaces kept (trimming each keystroke would swallow the space between two words); the link
/// gets [`clean_label`] of it.
pub fn typed_label(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control())
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
    let body = format!(
        "1{run}{}.{}.{}.{}",
        t.kind.code(),
        base36(t.duration / 1000),
        base36(value),
        clean_label(&t.label)
    );
    let c = check(&body);
    format!("{body}.{c}")
}

/// Reads a link value back into a timer.
pub fn decode(s: &str) -> Result<Timer, LinkError> {
    let s = s.trim();
    let mut chars = s.chars();
    let version = chars.next().ok_or(LinkError::Empty)?;
    if version != '1' {
        return Err(if version.is_ascii_digit() {
            LinkError::Version(version)
        } else {
            LinkError::Malformed
        });
    }
    let (body, c) = s.rsplit_once('.').ok_or(LinkError::Malformed)?;
    if check(body) != c {
        return Err(LinkError::Damaged);
    }
    let mut parts = body.splitn(4, '.');
    let head = parts.next().ok_or(LinkError::Malformed)?;
    let duration = parts.next().and_then(parse36).ok_or(LinkError::Malformed)?;
    let value = parts.next().and_then(parse36).ok_or(LinkError::Malformed)?;
    let label = parts.next().ok_or(LinkError::Malformed)?;
    let mut head = head.chars().skip(1);
    let (run, kind) = match (
        head.next(),
        head.next().and_then(StatementKind::from_code),
        head.next(),
    ) {
        (Some(r), Some(k), None) => (r, k),
        _ => return Err(LinkError::Malformed),
    };
    let duration = duration.checked_mul(1000).ok_or(LinkError::OutOfRange)?;
    if !(1000..=MAX_DURATION).contains(&duration) || label.chars().count() > MAX_LABEL {
        return Err(LinkError::OutOfRange);
    }
    let run = match run {
        'r' if (0..=253_402_300_799_000).contains(&value) => Run::Running { ends_at: value },
        'p' if value.abs() <= 10 * MAX_DURATION => Run::Paused { remaining: value },
        'i' if value == 0 => Run::Ready,
        'r' | 'p' | 'i' => return Err(LinkError::OutOfRange),
        _ => return Err(LinkError::Malformed),
    };
    Ok(Timer {
        kind,
        duration,
        label: label.to_string(),
        run,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn short_and_readable() {
        let mut t = Timer::new(StatementKind::Delegation, 120_000, "Ghana");
        t.start(1_637_600_000_000);
        let code = encode(&t);
        assert!(code.starts_with("1rd.3c."), "{code}");
        assert!(code.len() <= 30, "{code}");
        assert_eq!(decode(&code), Ok(t));
    }

    #[test]
    fn labels_are_cleaned_once_and_for_all() {
        for raw in ["\u{1} ¡", "  a\tb  ", &"x ".repeat(40)] {
            let once = clean_label(raw);
            assert_eq!(clean_label(&once), once, "{raw:?}");
        }
    }

    #[test]
    fn damage_is_reported() {
        let mut t = Timer::new(StatementKind::RegionalGroup, 180_000, "African Group");
        t.start(1_637_600_000_000);
        let code = encode(&t);
        assert_eq!(decode(&code[..code.len() - 1]), Err(LinkError::Damaged));
        assert_eq!(decode(&code[..10]), Err(LinkError::Damaged));
        assert_eq!(
            decode(&code.replace("African", "Asian")),
            Err(LinkError::Damaged)
        );
        assert_eq!(decode(""), Err(LinkError::Empty));
        assert_eq!(decode("2rd.3c.0..abc"), Err(LinkError::Version('2')));
        assert_eq!(decode("hello"), Err(LinkError::Malformed));
        let body = "1rx.3c.0.";
        assert_eq!(
            decode(&format!("{body}.{}", check(body))),
            Err(LinkError::Malformed)
        );
        let body = "1pd.0.0.";
        assert_eq!(
            decode(&format!("{body}.{}", check(body))),
            Err(LinkError::OutOfRange)
        );
    }

    fn any_timer() -> impl Strategy<Value = Timer> {
        let kind = prop_oneof![
            Just(StatementKind::Delegation),
            Just(StatementKind::RegionalGroup),
            Just(StatementKind::Custom)
        ];
        let run = prop_oneof![
            Just(Run::Ready),
            (1_600_000_000_000i64..2_000_000_000_000).prop_map(|e| Run::Running { ends_at: e }),
            (-MAX_DURATION..MAX_DURATION).prop_map(|r| Run::Paused { remaining: r }),
        ];
        (kind, 1i64..=36_000, ".{0,120}", run).prop_map(|(kind, secs, label, run)| Timer {
            kind,
            duration: secs * 1000,
            label: clean_label(&label),
            run,
        })
    }

    proptest! {
        #[test]
        fn round_trips(t in any_timer()) {
            prop_assert_eq!(decode(&encode(&t)), Ok(t));
        }

        #[test]
        fn no_input_panics(s in ".{0,80}") {
            let _ = decode(&s);
        }

        #[test]
        fn a_changed_character_is_noticed(t in any_timer(), at in any::<prop::sample::Index>(), c in "[0-9a-z.]") {
            let code = encode(&t);
            let i = at.index(code.len());
            if code.is_char_boundary(i) && code.is_char_boundary(i + 1) && &code[i..i + 1] != c.as_str() {
                let changed = format!("{}{}{}", &code[..i], c, &code[i + 1..]);
                // Either refused, or (rarely, a hash collision) still a valid timer: never a panic.
                if let Ok(back) = decode(&changed) {
                    prop_assert_ne!(back, t);
                }
            }
        }
    }
}

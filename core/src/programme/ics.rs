//! An RFC 5545 calendar of sessions, written in the browser for "add to calendar".
//!
//! Times are written in UTC (`…Z`), so every calendar shows them in its own zone without a
//! VTIMEZONE block; UIDs are the session id at a fixed domain-like suffix, so importing the
//! same session twice updates it instead of duplicating it. Text is escaped and lines folded
//! at 75 octets as the RFC requires.

use super::model::{Meeting, Session};
use crate::time::{format_ics_utc, Millis};

/// The UID suffix: stable across builds, not a real host.
const UID_SUFFIX: &str = "gpa2021-appraisal.programme";

/// Escapes a TEXT value (RFC 5545 §3.3.11).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a UTF-8 character (§3.1), CRLF-ended.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
    out
}

/// The plain-text description of a session: speakers, items and the panel's theme.
fn description(m: &Meeting, s: &Session) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(sub) = s.subtitle {
        parts.push(sub.to_string());
    }
    for p in s.speakers.iter().filter_map(|id| m.speaker(id)) {
        parts.push(format!("{}, {}", p.full_name(), p.role));
    }
    parts.extend(s.items.iter().map(|i| i.text.to_string()));
    if let Some(p) = m.panel_of(s) {
        parts.push(p.theme.to_string());
    }
    parts.push(format!("Times: {}.", m.time_zone_label));
    parts.join("\n")
}

/// A VCALENDAR with one VEVENT per session. `url_of` gives each session's page address;
/// `now` is the DTSTAMP.
pub fn calendar(
    m: &Meeting,
    sessions: &[&Session],
    url_of: impl Fn(&Session) -> String,
    now: Millis,
) -> String {
    let mut out = String::new();
    let mut line = |s: String| out.push_str(&fold_line(&s));
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//GPA 2021 appraisal programme//EN".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line(format!("X-WR-CALNAME:{}", escape(m.short_title)));
    let stamp = format_ics_utc(now);
    for s in sessions {
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}@{UID_SUFFIX}", s.id));
        line(format!("DTSTAMP:{stamp}"));
        line(format!("DTSTART:{}", format_ics_utc(m.start(s))));
        line(format!("DTEND:{}", format_ics_utc(m.end(s))));
        line(format!("SUMMARY:{}", escape(s.title)));
        line(format!("LOCATION:{}", escape(s.venue)));
        line(format!("DESCRIPTION:{}", escape(&description(m, s))));
        line(format!("URL:{}", url_of(s)));
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

/// A file name for a calendar of these sessions.
/// The name of a calendar file, saying what it holds: one session (`gpa2021-panel-1.ics`),
/// the whole programme (`gpa2021-programme.ics`), one day's sessions
/// (`gpa2021-2021-11-22.ics`, or `gpa2021-2021-11-22-3-sessions.ics` for some of them), or
/// some sessions of both days (`gpa2021-4-sessions.ics`).
pub fn file_name(m: &Meeting, sessions: &[&Session]) -> String {
    let id = m.id;
    let day = |d: &str| m.day(d).map(|d| d.date);
    let one_day = sessions
        .first()
        .and_then(|first| day(first.day))
        .filter(|date| sessions.iter().all(|s| day(s.day) == Some(*date)));
    let all_of = |n: usize| sessions.len() == n;
    match (sessions, one_day) {
        ([one], _) => format!("{id}-{}.ics", one.id),
        (_, _) if all_of(m.sessions.len()) => format!("{id}-programme.ics"),
        (_, Some(date)) => {
            let whole_day = all_of(
                m.sessions
                    .iter()
                    .filter(|s| day(s.day) == Some(date))
                    .count(),
            );
            let date = format!("{:04}-{:02}-{:02}", date.year, date.month, date.day);
            if whole_day {
                format!("{id}-{date}.ics")
            } else {
                format!("{id}-{date}-{}-sessions.ics", sessions.len())
            }
        }
        _ => format!("{id}-{}-sessions.ics", sessions.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_file_is_named_for_what_it_holds() {
        let m = crate::programme::meeting();
        let all: Vec<&Session> = m.sessions.iter().collect();
        assert_eq!(
            file_name(m, &all[..1]),
            format!("{}-{}.ics", m.id, all[0].id)
        );
        assert_eq!(file_name(m, &all), format!("{}-programme.ics", m.id));
        let first = &m.days[0];
        let day: Vec<&Session> = all.iter().copied().filter(|s| s.day == first.id).collect();
        let date = format!(
            "{:04}-{:02}-{:02}",
            first.date.year, first.date.month, first.date.day
        );
        assert_eq!(file_name(m, &day), format!("{}-{date}.ics", m.id));
        assert_eq!(
            file_name(m, &day[..2]),
            format!("{}-{date}-2-sessions.ics", m.id)
        );
        let both = [day[0], *all.last().unwrap()];
        assert_eq!(file_name(m, &both), format!("{}-2-sessions.ics", m.id));
    }

    #[test]
    fn escaping() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn folding_respects_octets_and_characters() {
        let long = format!("DESCRIPTION:{}", "é".repeat(60));
        let folded = fold_line(&long);
        for l in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, long);
    }

    proptest! {
        #[test]
        fn fold_then_unfold_is_identity(s in ".{0,300}") {
            let s: String = s.chars().filter(|c| *c != '\r' && *c != '\n').collect();
            let folded = fold_line(&s);
            prop_assert!(folded.split("\r\n").all(|l| l.len() <= 75));
            prop_assert_eq!(folded.trim_end_matches("\r\n").replace("\r\n ", ""), s);
        }
    }
}

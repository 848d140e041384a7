//! The log as a record a secretariat can file: a CSV (RFC 4180, UTF-8 with a byte-order mark so
//! a spreadsheet reads "Côte d’Ivoire" right, CRLF lines) with a row per intervention: the
//! session, the date, when it started and ended in the meeting's time with the offset, who
//! spoke and in what capacity, the time the rule allots, the time given or taken, the time
//! used and the overrun, in seconds and as `m:ss`. Cells a spreadsheet would run as a formula
//! are defused.

use super::queue::Spoken;
use super::state::elapsed;
use crate::programme::model::Meeting;
use crate::time::{format_rfc3339, Millis};

/// The header row (English: the file is a record, not the interface).
pub const HEADER: &str = "Session,Date,Start,End,Speaker,Statement,Allotted by rule (s),Given or taken (s),Allotted (s),Used (s),Overrun (s),Used (m:ss),Overrun (m:ss)";

/// The session in which an intervention started: the one the timer was opened for, else the
/// one of the programme whose time holds its start.
pub fn session_of<'m>(m: &'m Meeting, s: &Spoken) -> Option<&'m str> {
    if let Some(id) = s.session.as_deref() {
        return m.session(id).map(|x| x.title);
    }
    let at = s.started_at?;
    m.sessions
        .iter()
        .find(|x| m.start(x) <= at && at < m.end(x))
        .map(|x| x.title)
}

/// The CSV of the log.
pub fn csv(m: &Meeting, log: &[Spoken]) -> String {
    let mut out = format!("\u{feff}{HEADER}\r\n");
    let when = |t: Option<Millis>| t.map(|t| format_rfc3339(t, m.utc_offset_minutes));
    let secs = |ms: Millis| (ms / 1000).to_string();
    for s in log {
        let start = when(s.started_at);
        let date = start.as_deref().map(|d| d[..10].to_string());
        let over = s.overrun();
        let row = [
            session_of(m, s).unwrap_or("").to_string(),
            date.unwrap_or_default(),
            start.unwrap_or_default(),
            when(s.ended_at).unwrap_or_default(),
            s.label.clone(),
            s.kind.label().to_string(),
            secs(s.rule),
            secs(s.given),
            secs(s.allotted()),
            secs(s.used),
            secs(over),
            elapsed(s.used),
            elapsed(over),
        ];
        let cells: Vec<String> = row.iter().map(|c| field(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Quotes a CSV field when it needs it; a leading `=`, `+`, `-` or `@` is prefixed with `'`
/// so a spreadsheet does not run it as a formula. (Numbers are written bare: a time taken,
/// `-10`, is a number, not a formula.)
fn field(s: &str) -> String {
    let numeric = s.parse::<i64>().is_ok();
    let s = if !numeric && s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::meeting;
    use crate::timer::StatementKind;

    #[test]
    fn a_row_per_intervention_with_its_session_times_and_allotment() {
        let m = meeting();
        let panel = m.session("panel-1").expect("panel 1");
        let start = m.start(panel) + 20 * 60_000;
        let log = [
            Spoken {
                label: "Côte d’Ivoire".into(),
                kind: StatementKind::Delegation,
                rule: 120_000,
                given: 30_000,
                used: 161_400,
                started_at: Some(start),
                ended_at: Some(start + 161_400),
                session: None,
            },
            Spoken {
                label: "=cmd, \"x\"".into(),
                kind: StatementKind::RegionalGroup,
                rule: 180_000,
                given: -10_000,
                used: 100_000,
                started_at: None,
                ended_at: None,
                session: Some("closing-plenary".into()),
            },
        ];
        let csv = csv(m, &log);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert!(lines[0].starts_with('\u{feff}'));
        assert_eq!(lines[0].trim_start_matches('\u{feff}'), HEADER);
        assert_eq!(
            lines[1],
            "Panel Discussion 1,2021-11-22,2021-11-22T15:20:00-05:00,2021-11-22T15:22:41-05:00,Côte d’Ivoire,Delegation,120,30,150,161,11,2:41,0:11"
        );
        assert!(
            lines[2].starts_with(&format!(
                "{},,,,\"'=cmd, \"\"x\"\"\",Regional group,180,-10,170,100,0,1:40,0:00",
                m.session("closing-plenary").map_or("", |s| s.title)
            )),
            "{}",
            lines[2]
        );
        assert_eq!(lines.len(), 4, "CRLF after every row");
    }
}

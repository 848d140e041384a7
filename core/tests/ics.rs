//! The calendar file, read back by an independent iCalendar parser (the `ical` crate).

use meeting_core::programme::{ics, meeting};
use meeting_core::time::parse_rfc3339;

fn parse(text: &str) -> Vec<ical::parser::ical::component::IcalCalendar> {
    ical::IcalParser::new(text.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .expect("valid iCalendar")
}

fn prop<'a>(e: &'a ical::parser::ical::component::IcalEvent, name: &str) -> &'a str {
    e.properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.as_deref())
        .unwrap_or_else(|| panic!("{name} missing"))
}

#[test]
fn whole_programme_parses_with_right_times() {
    let m = meeting();
    let sessions: Vec<_> = m.sessions.iter().collect();
    let now = parse_rfc3339("2026-11-28T12:00:00Z").expect("instant");
    let text = ics::calendar(
        m,
        &sessions,
        |s| format!("https://example.test/session?id={}", s.id),
        now,
    );
    assert!(text.lines().all(|l| l.len() <= 75), "lines are folded");
    assert!(
        text.split("\r\n").count() > 10 && !text.replace("\r\n", "").contains('\n'),
        "CRLF only"
    );
    let cals = parse(&text);
    assert_eq!(cals.len(), 1);
    let events = &cals[0].events;
    assert_eq!(events.len(), 7);
    let p1 = events
        .iter()
        .find(|e| prop(e, "UID").starts_with("panel-1@"))
        .expect("panel 1");
    // 15:00–16:30 New York (UTC−5) is 20:00–21:30 UTC.
    assert_eq!(prop(p1, "DTSTART"), "20211122T200000Z");
    assert_eq!(prop(p1, "DTEND"), "20211122T213000Z");
    assert_eq!(prop(p1, "SUMMARY"), "Panel Discussion 1");
    assert_eq!(prop(p1, "DTSTAMP"), "20261128T120000Z");
    // Escaped commas survive the round trip (the parser keeps the escapes; unescape here).
    let desc = prop(p1, "DESCRIPTION")
        .replace("\\,", ",")
        .replace("\\n", "\n");
    assert!(desc.contains("including, inter alia, the trafficking of women and children"));
    let opening = events
        .iter()
        .find(|e| prop(e, "UID").starts_with("opening-plenary@"))
        .expect("opening");
    let desc = prop(opening, "DESCRIPTION")
        .replace("\\,", ",")
        .replace("\\n", "\n");
    assert!(desc.contains("Ms. Siobhán Mullally, Special Rapporteur on Trafficking in Persons, especially women and children"));
    let uids: std::collections::HashSet<_> = events.iter().map(|e| prop(e, "UID")).collect();
    assert_eq!(uids.len(), 7, "UIDs are unique");
}

#[test]
fn uids_are_stable() {
    let m = meeting();
    let s: Vec<_> = m.session("closing-plenary").into_iter().collect();
    let a = ics::calendar(m, &s, |_| String::new(), 0);
    let b = ics::calendar(m, &s, |_| String::new(), 1_000_000);
    let uid = |t: &str| t.lines().find(|l| l.starts_with("UID:")).map(str::to_owned);
    assert_eq!(uid(&a), uid(&b));
    assert_eq!(ics::file_name(m, &s), "gpa2021-closing-plenary.ics");
}

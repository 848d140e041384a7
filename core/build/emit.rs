//! The model out as Rust: the literal of each value, written into `programme_data.rs` (a
//! `static` the core includes).

use crate::model::*;
use std::fmt::Write as _;

/// A Rust string literal (`Debug` of `str` escapes exactly as Rust source needs).
fn s(v: &str) -> String {
    format!("{v:?}")
}

fn opt(v: Option<&str>) -> String {
    v.map_or_else(|| "None".to_string(), |x| format!("Some({})", s(x)))
}

fn strs(v: &[&str]) -> String {
    format!(
        "&[{}]",
        v.iter().map(|x| s(x)).collect::<Vec<_>>().join(", ")
    )
}

fn list<T>(v: &[T], f: impl Fn(&T) -> String) -> String {
    format!("&[{}]", v.iter().map(f).collect::<Vec<_>>().join(",\n"))
}

fn time(t: ClockTime) -> String {
    format!("ClockTime {{ hour: {}, minute: {} }}", t.hour, t.minute)
}

pub(crate) fn emit_meeting(m: &Meeting) -> String {
    let mut o = String::from("Meeting {\n");
    for (k, v) in [
        ("id", m.id),
        ("title", m.title),
        ("short_title", m.short_title),
        ("edition", m.edition),
        ("assembly_session", m.assembly_session),
        ("presidency", m.presidency),
        ("document", m.document),
        ("dates", m.dates),
        ("venue", m.venue),
        ("time_zone_label", m.time_zone_label),
        ("hashtag", m.hashtag),
        ("artwork_credit", m.artwork_credit),
    ] {
        let _ = writeln!(o, "{k}: {},", s(v));
    }
    let _ = writeln!(o, "utc_offset_minutes: {},", m.utc_offset_minutes);
    let _ = writeln!(o, "delegation_minutes: {},", m.delegation_minutes);
    let _ = writeln!(o, "regional_group_minutes: {},", m.regional_group_minutes);
    let _ = writeln!(
        o,
        "days: {},",
        list(m.days, |d| format!(
            "Day {{ id: {}, date: Date {{ year: {}, month: {}, day: {} }}, label: {}, venue: {} }}",
            s(d.id),
            d.date.year,
            d.date.month,
            d.date.day,
            s(d.label),
            s(d.venue)
        ))
    );
    let _ = writeln!(
        o,
        "speakers: {},",
        list(m.speakers, |p| format!(
            "Speaker {{ id: {}, honorific: {}, name: {}, role: {} }}",
            s(p.id),
            s(p.honorific),
            s(p.name),
            s(p.role)
        ))
    );
    let _ = writeln!(
        o,
        "sessions: {},",
        list(m.sessions, |x| {
            format!(
            "Session {{ id: {}, day: {}, start: {}, end: {}, kind: SessionKind::{:?}, title: {}, subtitle: {}, venue: {}, speakers: {}, items: {}, panel: {:?} }}",
            s(x.id),
            s(x.day),
            time(x.start),
            time(x.end),
            x.kind,
            s(x.title),
            opt(x.subtitle),
            s(x.venue),
            strs(x.speakers),
            list(x.items, |i| format!("Item {{ text: {}, speaker: {} }}", s(i.text), opt(i.speaker))),
            x.panel
        )
        })
    );
    let _ = writeln!(
        o,
        "themes: {},",
        list(m.themes, |t| format!(
            "Theme {{ id: {}, label: {} }}",
            s(t.id),
            s(t.label)
        ))
    );
    let _ = writeln!(o, "panels: {},", list(m.panels, emit_panel));
    o.push('}');
    o
}

fn emit_panel(p: &Panel) -> String {
    format!(
        "Panel {{ number: {}, session: {}, name: {}, theme: {}, structure: {} }}",
        p.number,
        s(p.session),
        s(p.name),
        s(p.theme),
        s(p.structure),
    )
}

pub(crate) fn emit_notes(n: &Notes) -> String {
    format!(
        "Notes {{ background: {}, format: {}, resolutions: {}, panels: {} }}",
        strs(n.background),
        strs(n.format),
        list(n.resolutions, |r| format!(
            "Resolution {{ symbol: {}, date: {}, title: {}, note: {} }}",
            s(r.symbol),
            opt(r.date),
            opt(r.title),
            opt(r.note)
        )),
        list(n.panels, |p| format!(
            "PanelQuestions {{ panel: {}, intro: {}, questions: {} }}",
            p.panel,
            s(p.intro),
            list(p.questions, |q| format!(
                "GuidingQuestion {{ number: {}, text: {}, tags: {} }}",
                q.number,
                s(q.text),
                strs(q.tags)
            ))
        ))
    )
}

pub(crate) fn emit_paper(p: &PanelPaper) -> String {
    let figures = p.figures.as_ref().map_or_else(
        || "None".to_string(),
        |f| {
            format!(
                "Some(KeyFigures {{ source: {}, of_ten_quote: {}, of_ten: {}, shares: {} }})",
                s(f.source),
                s(f.of_ten_quote),
                list(f.of_ten, |x| format!(
                    "OfTen {{ label: {}, count: {} }}",
                    s(x.label),
                    x.count
                )),
                list(f.shares, |x| format!(
                    "Share {{ label: {}, numerator: {}, denominator: {}, more_than: {}, stated: {}, quote: {} }}",
                    s(x.label),
                    x.numerator,
                    x.denominator,
                    x.more_than,
                    s(x.stated),
                    s(x.quote)
                ))
            )
        },
    );
    format!(
        "PanelPaper {{ panel: {}, paper: BackgroundPaper {{ title: {}, heading: {}, paragraphs: {} }}, figures: {} }}",
        p.panel,
        s(p.paper.title),
        s(p.paper.heading),
        list(p.paper.paragraphs, |x| format!("Paragraph {{ text: {}, tags: {} }}", s(x.text), strs(x.tags))),
        figures
    )
}

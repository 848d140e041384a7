//! The agenda page as HTML: a skeleton with named slots, each slot's content, and the filter
//! form. The build writes it (with the default view) as the static `index.html`; the app
//! renders the same skeleton, then refreshes the slots as the filters and the clock change.

use super::agenda::{day_sections, CardView};
use super::forms;
use super::{esc, href};
use crate::programme::filter::{control, AgendaFilter};
use crate::programme::model::{Meeting, Session, SessionKind};
use crate::programme::now::Moment;
use crate::time::{self, Millis, MINUTE_MS};
use std::fmt::Write as _;

/// Slot ids in the skeleton.
pub mod slot {
    pub const NOTICES: &str = "agenda-notices";
    pub const NOW: &str = "agenda-now";
    pub const PICKS: &str = "agenda-picks";
    pub const COUNT: &str = "agenda-count";
    pub const ACTIONS: &str = "agenda-actions";
    pub const SHARE_STATUS: &str = "agenda-share-status";
    pub const EMPTY: &str = "agenda-empty";
    pub const DAYS: &str = "agenda-days";
    pub const QR: &str = "agenda-qr";
    pub const FORM: &str = "agenda-filters";
    pub const MORE: &str = "agenda-more-filters";
    pub const MORE_LABEL: &str = "agenda-more-label";
    pub const STARRED: &str = "agenda-starred";
}

/// Everything the agenda shows at one moment.
pub struct AgendaState<'a> {
    pub filter: &'a AgendaFilter,
    /// Parts of the link that could not be used.
    pub notices: &'a [String],
    pub moment: Option<Moment>,
    pub now: Millis,
    /// A shared selection: how many sessions, and whether all are already starred.
    pub picks: Option<(usize, bool)>,
    pub shown: &'a [&'static Session],
    /// How many sessions the visitor starred.
    pub starred: usize,
}

/// The whole page content (inside `<main>`), slots filled.
pub fn page(m: &Meeting, s: &AgendaState, card: impl Fn(&'static Session) -> CardView) -> String {
    page_around(m, s, &day_sections(m, s.shown, card))
}

/// [`page`] around the day sections, already rendered (the app renders them once for both).
pub fn page_around(m: &Meeting, s: &AgendaState, days: &str) -> String {
    format!(
        "<div class=\"page agenda-page\"><h1>Agenda</h1><p class=\"lede\">{} · {}</p>\
<div id=\"{}\">{}</div><div id=\"{}\">{}</div><div id=\"{}\">{}</div>{}\
<div class=\"results no-print\"><p class=\"results__count\" id=\"{}\" role=\"status\">{}</p><div class=\"results__actions\" id=\"{}\">{}</div></div>\
<p class=\"share-status\" id=\"{}\" role=\"status\"></p><div id=\"{}\">{}</div><div class=\"agenda-days\" id=\"{}\">{}</div>\
<aside class=\"print-only print-qr\" aria-hidden=\"true\" id=\"{}\"></aside>\
<p class=\"note\">Times are {}. Where your time zone differs, your local time is shown too.</p></div>",
        esc(m.dates),
        esc(m.venue),
        slot::NOTICES,
        notices(s.notices),
        slot::NOW,
        now_banner(m, s.moment, s.now),
        slot::PICKS,
        picks(s.picks),
        filters_form(m, s.filter, s.starred),
        slot::COUNT,
        count_text(s.shown.len(), m.sessions.len()),
        slot::ACTIONS,
        actions(s),
        slot::SHARE_STATUS,
        slot::EMPTY,
        empty(s),
        slot::DAYS,
        days,
        slot::QR,
        esc(m.time_zone_label),
    )
}

pub fn count_text(shown: usize, total: usize) -> String {
    super::count_text(shown, total, "sessions")
}

/// Problems with the link's own values: shown, explained, with the way back.
pub fn notices(lines: &[String]) -> String {
    super::notices(lines, "<button type=\"button\" class=\"button button--quiet\" data-action=\"drop-bad\">Open the agenda without it</button>")
}

fn starts_in(from: Millis, to: Millis) -> String {
    let minutes = (to - from).max(0) / MINUTE_MS;
    match minutes {
        0 => "in less than a minute".into(),
        1..=59 => format!("in {minutes} min"),
        60..=1439 => format!("in {} h {:02} min", minutes / 60, minutes % 60),
        _ => format!("in {} days", minutes / 1440),
    }
}

/// Where `now` falls: before, during, between or after the sessions.
pub fn now_banner(m: &Meeting, moment: Option<Moment>, now: Millis) -> String {
    let at = |s: &Session| {
        let day = m.day(s.day).map(|d| d.label).unwrap_or_default();
        format!("{}, {} New York time", esc(day), time::hhmm(s.start))
    };
    match moment {
        None => String::new(),
        Some(Moment::Before { first }) => format!(
            "<section class=\"now now--before\" aria-label=\"When\"><p><strong>The meeting has not started.</strong> It opens with the {} on {} ({}).</p></section>",
            esc(first.title),
            at(first),
            starts_in(now, m.start(first))
        ),
        Some(Moment::After { .. }) => format!(
            "<section class=\"now now--after\" aria-label=\"When\"><p><strong>This meeting took place on {}.</strong> The programme is kept here as a record; “now” and “next” are shown only while it runs.</p></section>",
            esc(m.dates)
        ),
        Some(Moment::During { current, next }) => {
            let next_line = next.map_or(String::new(), |n| {
                format!("<p>Next: <strong>{}</strong> at {} ({})</p>", esc(n.title), time::hhmm(n.start), starts_in(now, m.start(n)))
            });
            format!(
                "<section class=\"now now--live\" aria-label=\"Now\"><p><span class=\"live live--now\">On now</span> <strong>{}</strong> until {} New York time</p>{next_line}<button type=\"button\" class=\"button\" data-jump=\"{}\">Jump to now</button></section>",
                esc(current.title),
                time::hhmm(current.end),
                esc(current.id)
            )
        }
        Some(Moment::Between { next, .. }) => format!(
            "<section class=\"now now--live\" aria-label=\"Next\"><p><span class=\"live live--next\">Next</span> <strong>{}</strong> at {} ({})</p><button type=\"button\" class=\"button\" data-jump=\"{}\">Jump to next</button></section>",
            esc(next.title),
            at(next),
            starts_in(now, m.start(next)),
            esc(next.id)
        ),
    }
}

/// A selection someone shared (`picks=`), with a way to keep it.
pub fn picks(picks: Option<(usize, bool)>) -> String {
    let Some((n, all_kept)) = picks else {
        return String::new();
    };
    let what = if n == 1 {
        "1 session".to_string()
    } else {
        format!("{n} sessions")
    };
    format!(
        "<section class=\"notice notice--info\" aria-label=\"Shared agenda\"><p><strong>Someone shared {what} with you.</strong> They are listed below.</p><p class=\"row\"><button type=\"button\" class=\"button\" data-action=\"keep-picks\"{}>{}</button><button type=\"button\" class=\"button button--quiet\" data-action=\"clear\">Show the full agenda</button></p></section>",
        if all_kept { " disabled" } else { "" },
        if all_kept { "All in my agenda" } else { "Add them to my agenda" }
    )
}

/// The filter controls: real, labelled form controls whose names are [`control`]'s.
pub fn filters_form(m: &Meeting, f: &AgendaFilter, starred: usize) -> String {
    let mut days = vec![("", "Both days".to_string())];
    days.extend(m.days.iter().map(|d| {
        (
            d.id,
            format!(
                "{} {}",
                d.label.chars().take(3).collect::<String>(),
                d.date.day
            ),
        )
    }));
    let kinds: String = SessionKind::ALL
        .iter()
        .map(|k| {
            forms::chip(
                control::KIND,
                k.slug(),
                k.label(),
                f.kinds.contains(k),
                &format!("chip--{}", k.slug()),
            )
        })
        .collect();
    let mut speakers = vec![(String::new(), "Any speaker".to_string())];
    speakers.extend(
        m.speakers
            .iter()
            .map(|p| (p.id.to_string(), format!("{} — {}", p.full_name(), p.role))),
    );
    format!(
        "<form class=\"filters no-print\" id=\"{}\" role=\"search\" aria-label=\"Filter the agenda\">{}{}\
<button type=\"button\" class=\"filters__toggle button button--quiet\" aria-expanded=\"false\" aria-controls=\"{}\" data-action=\"more\" id=\"{}\">{}</button>\
<div id=\"{}\" class=\"filters__more\"><fieldset class=\"chips\"><legend>Session type</legend>{kinds}</fieldset>{}{}</div></form>",
        slot::FORM,
        forms::search("agenda-q", control::TEXT, "Search the programme", "Names, roles, topics…", &f.text),
        forms::segmented("Day", control::DAY, &days, f.day.as_deref().unwrap_or("")),
        slot::MORE,
        slot::MORE_LABEL,
        more_label(f.more_count()),
        slot::MORE,
        forms::select("agenda-speaker", control::SPEAKER, "Speaker", &speakers, f.speaker.as_deref().unwrap_or("")),
        forms::check(control::MINE, &format!("<span id=\"{}\">{}</span>", slot::STARRED, starred_label(starred)), f.mine),
    )
}

pub fn more_label(on: usize) -> String {
    match on {
        0 => "More filters".to_string(),
        n => format!("More filters ({n} on)"),
    }
}

pub fn starred_label(n: usize) -> String {
    format!("Only my agenda ({n} starred)")
}

/// The buttons beside the result count.
pub fn actions(s: &AgendaState) -> String {
    let mut o = String::new();
    if s.shown.is_empty() {
        // The empty state below has the way back; nothing to print or add.
        return o;
    }
    if s.filter.narrows() || s.picks.is_some() {
        o.push_str("<button type=\"button\" class=\"button button--quiet\" data-action=\"clear\">Clear all filters</button>");
    }
    match s.shown.len() {
        0 => {}
        1 => o.push_str("<button type=\"button\" class=\"button\" data-action=\"ics\">Add it to your calendar</button>"),
        n => {
            let _ = write!(o, "<button type=\"button\" class=\"button\" data-action=\"ics\">Add these {n} to your calendar</button>");
        }
    }
    if s.filter.mine && s.starred > 0 && s.picks.is_none() {
        o.push_str("<button type=\"button\" class=\"button\" data-action=\"share-mine\">Share my agenda</button>");
    }
    o.push_str("<button type=\"button\" class=\"button button--quiet\" data-action=\"print\">Print</button>");
    o
}

/// Nothing matched: say why and offer the way back.
pub fn empty(s: &AgendaState) -> String {
    if !s.shown.is_empty() {
        return String::new();
    }
    let f = s.filter;
    let why = if f.mine && s.starred == 0 && s.picks.is_none() {
        "Your agenda is empty. Star sessions with “Add to my agenda” and they will be listed here, on this device.".to_string()
    } else if !f.text.trim().is_empty() {
        format!("No session matches “{}” with the filters you chose. Try fewer or other words, or another day.", esc(f.text.trim()))
    } else {
        "No session matches this combination of filters.".to_string()
    };
    format!(
        "<div class=\"empty\"><h2>No sessions to show</h2><p>{why}</p><button type=\"button\" class=\"button\" data-action=\"clear\">Clear all filters</button><p><a href=\"{}\">Or browse the panels and guiding questions</a></p></div>",
        href("questions")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::favourites::Favourites;
    use crate::programme::{meeting, now};
    use crate::routes::Query;

    fn state_html(q: &str, at: &str) -> String {
        let m = meeting();
        let (f, n) = AgendaFilter::from_query(m, &Query::parse(q));
        let lines: Vec<String> = n.iter().map(ToString::to_string).collect();
        let t = time::parse_rfc3339(at).expect("instant");
        let shown = f.apply(m, &Favourites::default());
        let s = AgendaState {
            filter: &f,
            notices: &lines,
            moment: now::moment(m, t),
            now: t,
            picks: None,
            shown: &shown,
            starred: 0,
        };
        page(m, &s, |_| CardView {
            star: true,
            ..Default::default()
        })
    }

    #[test]
    fn default_page_has_everything() {
        let html = state_html("", "2026-11-28T12:00:00Z");
        assert_eq!(html.matches("<li class=\"session").count(), 7);
        assert!(html.contains("This meeting took place on 22-23 November 2021."));
        assert!(html.contains("Showing all 7 sessions"));
        assert!(html.contains("name=\"day\" value=\"\" checked"));
        assert!(html.contains("Only my agenda (0 starred)"));
        assert_eq!(html.matches("data-star=").count(), 7);
        assert!(!html.contains("Clear all filters"));
    }

    #[test]
    fn filtered_and_live() {
        let html = state_html("day=mon&kind=panel&q=zz%22%3E", "2021-11-22T15:40:00-05:00");
        assert!(html.contains("On now</span> <strong>Panel Discussion 1"));
        assert!(html.contains("name=\"kind\" value=\"panel\" checked"));
        assert!(html.contains("No session matches “zz&quot;&gt;”"));
        assert!(html.contains("Showing 0 of 7 sessions"));
        assert!(html.contains("More filters (1 on)"));
        let bad = state_html("day=sun", "2021-11-22T09:00:00-05:00");
        assert!(
            bad.contains("There is no day “sun”")
                && bad.contains("It opens with the Opening Plenary Meeting")
        );
    }
}

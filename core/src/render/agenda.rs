//! Session cards and the day-by-day list of the agenda.

use super::{esc, hl, href, Tx};
use crate::programme::model::{Meeting, Session, SessionKind};
use crate::time::{self, Millis};
use std::fmt::Write as _;

/// Whether a card is the running or the next session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mark {
    #[default]
    None,
    Now,
    Next,
}

impl Mark {
    /// How the session `id` stands at a moment of the programme.
    pub fn of(moment: Option<crate::programme::now::Moment>, id: &str) -> Mark {
        match moment {
            Some(m) if m.is_current(id) => Mark::Now,
            Some(m) if m.is_next(id) => Mark::Next,
            _ => Mark::None,
        }
    }

    /// Its class and word ("live live--now", "On now"), if it is shown.
    pub fn live(self, t: Tx) -> Option<(&'static str, &'static str)> {
        match self {
            Mark::Now => Some(("live live--now", t.p.on_now)),
            Mark::Next => Some(("live live--next", t.p.next)),
            Mark::None => None,
        }
    }
}

/// How one card is shown: what to highlight, whether it is starred or on now.
#[derive(Debug, Clone, Default)]
pub struct CardView {
    pub terms: Vec<String>,
    pub starred: bool,
    pub mark: Mark,
    /// The star button is left out where there is no app to handle it.
    pub star: bool,
}

/// How each card of a list is shown.
pub type CardOf<'a> = dyn Fn(&'static Session) -> CardView + 'a;

/// The attribute of the element that holds a session's time in the visitor's own zone: its
/// start and end instants (`data-local="<ms>/<ms>"`). The element is empty and hidden until the
/// app fills it, when the visitor's zone is not the meeting's ([`local_line`]).
pub const LOCAL: &str = "data-local";

/// The mark the page's first script sets on `<html>` for a visitor whose zone is not the
/// meeting's, before the first paint: the style keeps each [`LOCAL`] line's place then, so the
/// page does not move when the app fills it.
pub const AWAY: &str = "data-away";

/// The official time line of a session, and the place of its local time (see [`LOCAL`]).
pub fn time_line(m: &Meeting, t: Tx, s: &Session) -> String {
    format!(
        "<p class=\"time\"><span class=\"time__official\"><time datetime=\"{}\" dir=\"ltr\">{}</time> <abbr class=\"time__zone\" title=\"{}\">{}</abbr></span><span class=\"time__local\" {LOCAL}=\"{}/{}\" hidden></span></p>",
        time::format_rfc3339(m.start(s), m.utc_offset_minutes),
        m.time_range(s),
        esc(zone_label(m, t)),
        esc(t.c.new_york),
        m.start(s),
        m.end(s),
    )
}

/// The local time of a span, as the app writes it into a [`LOCAL`] element: "Your time: Mon
/// 22 Nov, 16:00–19:00 (UTC+1)"; `None` where the visitor's zone is the meeting's. `offset` is
/// the visitor's UTC offset at `start`, in minutes.
pub fn local_line(m: &Meeting, t: Tx, start: Millis, end: Millis, offset: i32) -> Option<String> {
    (offset != m.utc_offset_minutes).then(|| {
        let range = time::local_range(
            start,
            end,
            offset,
            |d, time| t.day_time(d, time),
            |x| t.ltr(x),
        );
        crate::i18n::fill(t.c.your_time, &[("time", &range)])
    })
}

/// Reads a [`LOCAL`] attribute back: the span's start and end.
pub fn local_span(value: &str) -> Option<(Millis, Millis)> {
    let (a, b) = value.split_once('/')?;
    let (a, b) = (a.parse().ok()?, b.parse().ok()?);
    (a <= b).then_some((a, b))
}

/// The official time zone in the interface language ("New York time (EST, UTC−05:00)").
pub fn zone_label(m: &Meeting, t: Tx) -> &'static str {
    if t.lang == crate::i18n::Lang::En {
        m.time_zone_label
    } else {
        t.c.zone_label
    }
}

/// The visitor-facing name of a kind of session.
pub fn kind_label(t: Tx, k: SessionKind) -> &'static str {
    match k {
        SessionKind::Opening => t.p.kind_opening,
        SessionKind::Plenary => t.p.kind_plenary,
        SessionKind::Panel => t.p.kind_panel,
        SessionKind::Closing => t.p.kind_closing,
    }
}

/// The kind of a session as a badge: a word and a shape, never colour alone.
pub fn kind_badge(t: Tx, s: &Session) -> String {
    format!(
        "<span class=\"badge badge--{}\">{}</span>",
        s.kind.slug(),
        esc(kind_label(t, s.kind))
    )
}

/// The "add to my agenda" toggle of a session (handled by a delegated click listener).
pub fn star_button(m: &Meeting, t: Tx, s: &Session, starred: bool) -> String {
    format!(
        "<button type=\"button\" class=\"star\" data-star=\"{id}\" aria-pressed=\"{starred}\"><span aria-hidden=\"true\" class=\"star__icon\">{icon}</span><span class=\"star__word\">{text}</span><span class=\"visually-hidden\"> (<span{en}>{title}</span>, {range})</span></button>",
        id = esc(s.id),
        icon = if starred { "★" } else { "☆" },
        text = esc(if starred { t.p.star_in } else { t.p.star_add }),
        en = t.en(),
        title = esc(s.title),
        range = m.time_range(s),
    )
}

/// A day's heading: its date in the interface language.
pub fn day_title(t: Tx, d: &crate::programme::model::Day) -> String {
    t.date_long(d.date)
}

/// One session as a list item.
pub fn session_card(m: &Meeting, t: Tx, s: &Session, v: &CardView) -> String {
    let en = t.en();
    let terms = &v.terms;
    let mut o = String::with_capacity(1024);
    let now_class = if v.mark == Mark::Now {
        " session--now"
    } else {
        ""
    };
    let _ = write!(
        o,
        "<li class=\"session{now_class}\" id=\"s-{}\" data-kind=\"{}\">",
        esc(s.id),
        s.kind.slug()
    );
    o.push_str("<div class=\"session__head\">");
    o.push_str(&time_line(m, t, s));
    if let Some((class, word)) = v.mark.live(t) {
        let _ = write!(o, "<span class=\"{class}\">{}</span>", esc(word));
    }
    o.push_str("</div>");
    let _ = write!(
        o,
        "<h3 class=\"session__title\"{en}><a href=\"{}\">{}</a></h3>",
        href(&format!("session?id={}", s.id)),
        hl(s.title, terms)
    );
    o.push_str("<p class=\"session__meta\">");
    o.push_str(&kind_badge(t, s));
    if let Some(sub) = s.subtitle {
        let _ = write!(o, "<span{en}>{}</span>", hl(sub, terms));
    }
    let _ = write!(o, "<span{en}>{}</span></p>", hl(s.venue, terms));
    if let Some(p) = m.panel_of(s) {
        let _ = write!(
            o,
            "<p class=\"session__theme\"{en}>{}</p>",
            hl(p.theme, terms)
        );
    }
    let speakers: Vec<_> = s.speakers.iter().filter_map(|id| m.speaker(id)).collect();
    if !speakers.is_empty() {
        let _ = write!(o, "<ul class=\"speakers\"{en}>");
        for p in speakers {
            let _ = write!(
                o,
                "<li><a href=\"{}\">{} {}</a><span class=\"role\">, {}</span></li>",
                href(&format!("speakers?id={}", p.id)),
                hl(p.honorific, terms),
                hl(p.name, terms),
                hl(p.role, terms)
            );
        }
        o.push_str("</ul>");
    }
    if !s.items.is_empty() {
        let _ = write!(o, "<ul class=\"items\"{en}>");
        for i in s.items {
            let _ = write!(o, "<li>{}</li>", hl(i.text, terms));
        }
        o.push_str("</ul>");
    }
    if v.star {
        let _ = write!(
            o,
            "<div class=\"session__actions no-print\">{}</div>",
            star_button(m, t, s, v.starred)
        );
    }
    o.push_str("</li>");
    o
}

/// The sessions grouped under their days (days without a session are left out).
pub fn day_sections(
    m: &Meeting,
    t: Tx,
    sessions: &[&'static Session],
    view_of: impl Fn(&'static Session) -> CardView,
) -> String {
    let mut o = String::new();
    for d in m.days {
        let of_day: Vec<_> = sessions.iter().filter(|s| s.day == d.id).collect();
        if of_day.is_empty() {
            continue;
        }
        let _ = write!(
            o,
            "<section class=\"day\" aria-labelledby=\"day-{id}\"><h2 id=\"day-{id}\" class=\"day__title\">{}</h2><p class=\"day__venue\"{}>{}</p><ol class=\"sessions\">",
            esc(&day_title(t, d)),
            t.en(),
            esc(d.venue),
            id = esc(d.id)
        );
        for s in of_day {
            o.push_str(&session_card(m, t, s, &view_of(s)));
        }
        o.push_str("</ol></section>");
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::meeting;
    use crate::search;

    #[test]
    fn card_holds_the_session() {
        let m = meeting();
        let s = m.session("opening-plenary").expect("session");
        let v = CardView {
            terms: search::terms("siobhan"),
            starred: true,
            mark: Mark::Now,
            star: true,
        };
        let html = session_card(m, crate::i18n::ENGLISH, s, &v);
        assert!(html.contains("id=\"s-opening-plenary\""));
        assert!(html.contains("<a href=\"session?id=opening-plenary\">Opening Plenary Meeting</a>"));
        assert!(
            html.contains("<mark>Siobhán</mark> Mullally") || html.contains("<mark>Siobhán</mark>")
        );
        assert!(html.contains("aria-pressed=\"true\"") && html.contains("In my agenda"));
        assert!(html.contains("On now") && html.contains("session--now"));
        assert!(html.contains("10:00–11:00"));
        assert_eq!(
            html.matches("<li>").count() + html.matches("<li class").count(),
            7,
            "card + six speakers"
        );
    }

    #[test]
    fn day_headings_follow_the_language_and_english_matches_the_data() {
        use crate::i18n::{Lang, Texts};
        let m = meeting();
        for d in m.days {
            assert_eq!(day_title(crate::i18n::ENGLISH, d), d.label);
        }
        let fr = Texts {
            lang: Lang::Fr,
            c: Lang::Fr.text(),
            p: Lang::Fr.agenda(),
        };
        let html = day_sections(m, fr, &m.sessions_on("mon").collect::<Vec<_>>(), |_| {
            CardView::default()
        });
        assert!(html.contains("lundi 22 novembre 2021"));
        assert!(html.contains("<h3 class=\"session__title\" lang=\"en\">"));
        assert!(html.contains(fr.p.kind_panel));
    }

    #[test]
    fn days_group_their_sessions() {
        let m = meeting();
        let tue: Vec<_> = m.sessions_on("tue").collect();
        let html = day_sections(m, crate::i18n::ENGLISH, &tue, |_| CardView::default());
        assert!(html.contains("Tuesday, 23 November 2021") && !html.contains("Monday"));
        assert_eq!(html.matches("class=\"session\"").count(), 3);
        assert!(
            !html.contains("data-star"),
            "no star without an app to handle it"
        );
    }
}

//! The agenda page as HTML: a skeleton with named slots, each slot's content, and the filter
//! form. The build writes it (with the default view) as the static `index.html`; the app
//! adopts it, and refreshes a slot only when the filters or the clock change what it shows.
//!
//! The pieces: where now falls (`now`), what the link brought (`notices`), the filter form
//! (`filters`), the result count, its buttons and the empty state (`results`), and the printed
//! way back to the app (`print`).

mod filters;
mod notices;
mod now;
mod print;
mod results;

pub use filters::{filters_form, more_label, starred_label};
pub use notices::{at_notice, notices, picks};
pub use now::now_banner;
pub use print::print_qr;
pub use results::{actions, count_text, empty};

use super::agenda::{day_sections, zone_label, CardOf, CardView};
use super::{esc, Tx};
use crate::i18n::fill;
use crate::programme::favourites::Favourites;
use crate::programme::filter::AgendaFilter;
use crate::programme::model::{Meeting, Session};
use crate::programme::now::Moment;
use crate::time::Millis;

/// The parts of the page the app keeps current, by their element's id in the static page and
/// the app alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Notices,
    Now,
    Picks,
    Count,
    Actions,
    ShareStatus,
    Empty,
    Days,
    Qr,
    Form,
    More,
    MoreLabel,
    Starred,
}

impl Slot {
    pub const fn id(self) -> &'static str {
        match self {
            Slot::Notices => "agenda-notices",
            Slot::Now => "agenda-now",
            Slot::Picks => "agenda-picks",
            Slot::Count => "agenda-count",
            Slot::Actions => "agenda-actions",
            Slot::ShareStatus => "agenda-share-status",
            Slot::Empty => "agenda-empty",
            Slot::Days => "agenda-days",
            Slot::Qr => "agenda-qr",
            Slot::Form => "agenda-filters",
            Slot::More => "agenda-more-filters",
            Slot::MoreLabel => "agenda-more-label",
            Slot::Starred => "agenda-starred",
        }
    }

    /// The slots whose content the app renders anew when their state changes (the others are
    /// a text, or the app's own).
    pub const RENDERED: [Slot; 6] = [
        Slot::Notices,
        Slot::Now,
        Slot::Picks,
        Slot::Actions,
        Slot::Empty,
        Slot::Days,
    ];
}

/// What a button of the page does (its `data-action`), handled by one delegated listener.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Clear,
    DropBad,
    More,
    Print,
    KeepPicks,
    Ics,
    ShareMine,
}

impl Action {
    const ALL: [Action; 7] = [
        Action::Clear,
        Action::DropBad,
        Action::More,
        Action::Print,
        Action::KeepPicks,
        Action::Ics,
        Action::ShareMine,
    ];

    pub const fn name(self) -> &'static str {
        match self {
            Action::Clear => "clear",
            Action::DropBad => "drop-bad",
            Action::More => "more",
            Action::Print => "print",
            Action::KeepPicks => "keep-picks",
            Action::Ics => "ics",
            Action::ShareMine => "share-mine",
        }
    }

    pub fn parse(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.name() == name)
    }
}

impl Slot {
    /// A rendered slot's content in the state `s` (`card` says how each session's card shows).
    pub fn html(self, m: &Meeting, s: &AgendaState, card: &CardOf) -> String {
        match self {
            Slot::Notices => notices(s.t, s.notices),
            Slot::Now => now_banner(m, s.t, s.moment, s.now),
            Slot::Picks => picks(s.t, s.picks),
            Slot::Actions => actions(s),
            Slot::Empty => empty(s),
            Slot::Days => day_sections(m, s.t, s.shown, card),
            _ => String::new(),
        }
    }
}

/// The key of the sessions' slot (see [`super::slot`]): what decides its content, but for the
/// stars and the visitor's local times, which the app sets in place.
pub fn days_key(s: &AgendaState) -> String {
    let ids: Vec<&str> = s.shown.iter().map(|x| x.id).collect();
    let (now, next) = match s.moment {
        Some(Moment::During { current, next }) => (current.id, next.map_or("", |n| n.id)),
        Some(Moment::Between { next, .. }) => ("", next.id),
        _ => ("", ""),
    };
    format!(
        "{} {} {} {now} {next}",
        s.t.lang.code(),
        ids.join(","),
        s.filter.terms().join("+"),
    )
}

/// A rendered slot's content and key: the sessions' by [`days_key`], the others by their HTML.
pub fn keyed(slot: Slot, m: &Meeting, s: &AgendaState, card: &CardOf) -> (String, String) {
    let html = slot.html(m, s, card);
    let key = match slot {
        Slot::Days => days_key(s),
        _ => super::slot::html_key(&html),
    };
    (key, html)
}

/// Everything the agenda shows at one moment.
pub struct AgendaState<'a> {
    /// The interface text.
    pub t: Tx,
    pub filter: &'a AgendaFilter,
    /// Parts of the link that could not be used, already in words.
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
    let t = s.t;
    let slot = |which: Slot, class: &str| {
        let (key, html) = keyed(which, m, s, &card);
        super::slot::element("div", which.id(), class, &key, &html)
    };
    format!(
        "<div class=\"page agenda-page\"><h1>{}</h1><p class=\"lede\">{} · <span{}>{}</span></p>\
<p class=\"agenda-mine no-print\"><a class=\"button button--quiet\" href=\"{}\"><span aria-hidden=\"true\">★ </span>{}</a></p>\
{}{}{}{}\
<div class=\"results no-print\"><p class=\"results__count\" id=\"{}\" role=\"status\">{}</p>{}</div>\
<p class=\"share-status\" id=\"{}\" role=\"status\"></p>{}{}\
<aside class=\"print-only print-qr\" aria-hidden=\"true\" id=\"{}\"></aside>\
<p class=\"note\">{}</p></div>",
        esc(t.c.title_agenda),
        esc(&meeting_dates(m, t)),
        t.en(),
        esc(m.venue),
        // "My agenda" has a way in of its own, not only the box among the filters.
        super::href("?mine=1"),
        esc(t.p.my_agenda),
        slot(Slot::Notices, ""),
        slot(Slot::Now, ""),
        slot(Slot::Picks, ""),
        filters_form(m, t, s.filter, s.starred),
        Slot::Count.id(),
        count_text(t, s.shown.len(), m.sessions.len()),
        slot(Slot::Actions, "results__actions"),
        Slot::ShareStatus.id(),
        slot(Slot::Empty, ""),
        slot(Slot::Days, "agenda-days"),
        Slot::Qr.id(),
        esc(&fill(t.p.times_note, &[("zone", zone_label(m, t))])),
    )
}

/// The page as it first shows at the instant `now`: no filter, nothing starred (the static
/// page the build writes).
pub fn first_page(
    m: &'static Meeting,
    t: Tx,
    now: Millis,
    card: impl Fn(&'static Session) -> CardView,
) -> String {
    let filter = AgendaFilter::default();
    let shown = filter.apply(m, &Favourites::default());
    let state = AgendaState {
        t,
        filter: &filter,
        notices: &[],
        moment: crate::programme::now::moment(m, now),
        now,
        picks: None,
        shown: &shown,
        starred: 0,
    };
    page(m, &state, card)
}

/// The meeting's dates in the interface language: the programme's own words in English
/// ("22-23 November 2021"), "22–23 novembre 2021" in French.
pub fn meeting_dates(m: &Meeting, t: Tx) -> String {
    match (m.days.first(), m.days.last()) {
        (Some(a), Some(b)) if t.lang != crate::i18n::Lang::En && a.date.month == b.date.month => {
            t.days_span(a.date, b.date)
        }
        _ => m.dates_shown(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::favourites::Favourites;
    use crate::programme::{meeting, now};
    use crate::query::Query;
    use crate::time;

    fn state_html(q: &str, at: &str) -> String {
        let m = meeting();
        let (f, n) = AgendaFilter::from_query(m, &Query::parse(q));
        let t = crate::i18n::ENGLISH;
        let lines: Vec<String> = n.iter().map(|n| n.words(t)).collect();
        let at = time::parse_rfc3339(at).expect("instant");
        let shown = f.apply(m, &Favourites::default());
        let s = AgendaState {
            t,
            filter: &f,
            notices: &lines,
            moment: now::moment(m, at),
            now: at,
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
        assert!(html.contains("This meeting took place on 22–23 November 2021."));
        assert!(html.contains("Showing all 7 sessions"));
        assert!(html.contains("name=\"day\" value=\"\" checked"));
        assert!(html.contains("Only my agenda (0 starred)"));
        assert_eq!(html.matches("data-star=").count(), 7);
        assert!(!html.contains("Clear all filters"));
    }

    #[test]
    fn the_meeting_dates_in_each_language() {
        use crate::i18n::{Lang, Texts};
        let m = meeting();
        let of = |l: Lang| {
            meeting_dates(
                m,
                Texts {
                    lang: l,
                    c: l.text(),
                    p: l.agenda(),
                },
            )
        };
        assert_eq!(of(Lang::En), "22–23 November 2021");
        assert_eq!(of(Lang::Fr), "22–23 novembre 2021");
        assert_eq!(of(Lang::Es), "22–23 de noviembre de 2021");
        assert_eq!(of(Lang::Ru), "22–23 ноября 2021\u{a0}г.");
        assert_eq!(of(Lang::Zh), "2021年11月22日至23日");
        assert!(of(Lang::Ar).contains("\u{2066}22–23\u{2069}"));
    }

    #[test]
    fn filtered_and_live() {
        let html = state_html("day=mon&kind=panel&q=zz%22%3E", "2021-11-22T15:40:00-05:00");
        assert!(html.contains("On now</span> <strong>Panel Discussion 1"));
        assert!(html.contains("name=\"kind\" value=\"panel\" checked"));
        assert!(html.contains("No session matches “zz&quot;&gt;” with the filters you chose"));
        assert!(html.contains("href=\"questions?q=zz%22%3E\""), "{html}");
        let only = state_html("q=privacy", "2021-11-22T15:40:00-05:00");
        assert!(only.contains("No session matches “privacy”. Try fewer or other words"));
        assert!(only.contains("href=\"questions?q=privacy\""));
        assert!(html.contains("Showing 0 of 7 sessions"));
        assert!(html.contains("More filters (1 on)"));
        assert!(html.contains("aria-expanded=\"true\" aria-controls=\"agenda-more-filters\""));
        assert!(html.contains("class=\"filters__more is-open\""));
        let plain = state_html("day=mon", "2021-11-22T15:40:00-05:00");
        assert!(plain.contains("aria-expanded=\"false\"") && !plain.contains("is-open"));
        let bad = state_html("day=sun", "2021-11-22T09:00:00-05:00");
        assert!(
            bad.contains("There is no day “sun”")
                && bad.contains("It opens with the Opening Plenary Meeting")
        );
    }

    #[test]
    fn one_shared_session_is_spoken_of_in_the_singular() {
        let t = crate::i18n::ENGLISH;
        let one = picks(t, Some((1, false)));
        assert!(
            one.contains("It is listed below.") && one.contains("Add it to my agenda"),
            "{one}"
        );
        assert!(picks(t, Some((1, true))).contains(">In my agenda<"));
        let two = picks(t, Some((2, false)));
        assert!(two.contains("They are listed below.") && two.contains("Add them to my agenda"));
    }

    #[test]
    fn the_next_session_on_another_day_names_its_day() {
        // During panel 1, the next session is the same evening: a time is enough.
        let same = state_html("", "2021-11-22T15:40:00-05:00");
        assert!(same.contains("Next: <strong>Panel Discussion 2</strong> at 16:30"));
        // During panel 2, the last of Monday, the next one is on Tuesday: the day is named.
        let other = state_html("", "2021-11-22T17:00:00-05:00");
        assert!(
            other.contains(
                "Next</span> <strong>Plenary Meetings</strong> on Tuesday, 23 November 2021, 10:00"
            ),
            "{other}"
        );
        assert!(!other.contains("Next: "));
    }
}

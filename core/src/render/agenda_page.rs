//! The agenda page as HTML: a skeleton with named slots, each slot's content, and the filter
//! form. The build writes it (with the default view) as the static `index.html`; the app
//! renders the same skeleton, then refreshes the slots as the filters and the clock change.

use super::agenda::{day_sections, kind_label, zone_label, CardOf, CardView};
use super::forms;
use super::{esc, fill_html, href, Tx};
use crate::form::agenda::control;
use crate::i18n::fill;
use crate::programme::favourites::Favourites;
use crate::programme::filter::AgendaFilter;
use crate::programme::model::{Meeting, Session, SessionKind};
use crate::programme::now::Moment;
use crate::time::{self, Millis, MINUTE_MS};
use std::fmt::Write as _;

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
{}{}{}{}\
<div class=\"results no-print\"><p class=\"results__count\" id=\"{}\" role=\"status\">{}</p>{}</div>\
<p class=\"share-status\" id=\"{}\" role=\"status\"></p>{}{}\
<aside class=\"print-only print-qr\" aria-hidden=\"true\" id=\"{}\"></aside>\
<p class=\"note\">{}</p></div>",
        esc(t.c.title_agenda),
        esc(&meeting_dates(m, t)),
        t.en(),
        esc(m.venue),
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

/// The printed agenda's way back to the app: its address, with a QR code when one was made
/// (its encoder is loaded only for printing, see `ui::agenda`).
pub fn print_qr(t: Tx, url: &str, svg: Option<&str>) -> String {
    match svg {
        Some(svg) => format!(
            "<div class=\"print-qr__code\">{svg}</div><p>{}<br>{}</p>",
            esc(t.p.qr_text),
            esc(url)
        ),
        None => format!("<p>{}<br>{}</p>", esc(t.p.url_text), esc(url)),
    }
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

/// "Showing all 7 sessions", "Showing 3 of 7 sessions".
pub fn count_text(t: Tx, shown: usize, total: usize) -> String {
    t.showing(&t.p.sessions_all, &t.p.sessions_some, shown, total)
}

/// A bad `at=` in words.
pub fn at_notice(t: Tx, value: &str) -> String {
    fill(t.p.notice_at, &[("value", value)])
}

/// Problems with the link's own values: shown, explained, with the way back.
pub fn notices(t: Tx, lines: &[String]) -> String {
    super::notices(
        t.c,
        lines,
        &format!(
            "<button type=\"button\" class=\"button button--quiet\" data-action=\"drop-bad\">{}</button>",
            esc(t.p.drop_bad)
        ),
    )
}

fn starts_in(t: Tx, from: Millis, to: Millis) -> String {
    let minutes = (to - from).max(0) / MINUTE_MS;
    match minutes {
        0 => t.p.in_under_minute.to_string(),
        1..=59 => t.count(&t.p.in_minutes, minutes as u64, &[]),
        60..=1439 => fill(
            t.p.in_hours,
            &[
                ("h", &(minutes / 60).to_string()),
                ("min", &format!("{:02}", minutes % 60)),
            ],
        ),
        _ => t.count(&t.p.in_days, (minutes / 1440) as u64, &[]),
    }
}

/// Where `now` falls: before, during, between or after the sessions.
pub fn now_banner(m: &Meeting, t: Tx, moment: Option<Moment>, now: Millis) -> String {
    let en = t.en();
    let title = |s: &Session| format!("<strong{en}>{}</strong>", esc(s.title));
    let plain_title = |s: &Session| super::en_inline(en, &esc(s.title));
    let at = |s: &Session| {
        let day = m
            .day(s.day)
            .map(|d| t.date_long(d.date))
            .unwrap_or_default();
        esc(&fill(
            t.c.day_at_new_york,
            &[("day", &day), ("time", &t.ltr(&time::hhmm(s.start)))],
        ))
    };
    match moment {
        None => String::new(),
        Some(Moment::Before { first }) => format!(
            "<section class=\"now now--before\" aria-label=\"{}\"><p><strong>{}</strong> {}</p></section>",
            esc(t.p.aria_when),
            esc(t.p.before_title),
            fill_html(
                t.p.before_text,
                &[
                    ("session", &plain_title(first)),
                    ("when", &at(first)),
                    ("starts", &esc(&starts_in(t, now, m.start(first)))),
                ]
            )
        ),
        Some(Moment::After { .. }) => format!(
            "<section class=\"now now--after\" aria-label=\"{}\"><p><strong>{}</strong> {}</p></section>",
            esc(t.p.aria_when),
            fill_html(t.p.after_title, &[("dates", &esc(&meeting_dates(m, t)))]),
            esc(t.p.after_text)
        ),
        Some(Moment::During { current, next }) => {
            // The next session on the same day is "at 15:00"; on another day it names the day,
            // so a visitor in the last session of Monday does not read "at 10:00" as today.
            let next_line = next.map_or(String::new(), |n| {
                let starts = esc(&starts_in(t, now, m.start(n)));
                let line = if n.day == current.day {
                    fill_html(
                        t.p.next_at,
                        &[
                            ("session", &title(n)),
                            ("time", &t.ltr(&time::hhmm(n.start))),
                            ("starts", &starts),
                        ],
                    )
                } else {
                    format!(
                        "<span class=\"live live--next\">{}</span> {}",
                        esc(t.p.next),
                        fill_html(
                            t.p.next_when,
                            &[("session", &title(n)), ("when", &at(n)), ("starts", &starts)]
                        )
                    )
                };
                format!("<p>{line}</p>")
            });
            format!(
                "<section class=\"now now--live\" aria-label=\"{}\"><p><span class=\"live live--now\">{}</span> {}</p>{next_line}<button type=\"button\" class=\"button\" data-jump=\"{}\">{}</button></section>",
                esc(t.p.on_now),
                esc(t.p.on_now),
                fill_html(
                    t.p.now_until,
                    &[("session", &title(current)), ("time", &t.ltr(&time::hhmm(current.end)))]
                ),
                esc(current.id),
                esc(t.p.jump_now)
            )
        }
        Some(Moment::Between { next, .. }) => format!(
            "<section class=\"now now--live\" aria-label=\"{}\"><p><span class=\"live live--next\">{}</span> {}</p><button type=\"button\" class=\"button\" data-jump=\"{}\">{}</button></section>",
            esc(t.p.next),
            esc(t.p.next),
            fill_html(
                t.p.next_when,
                &[
                    ("session", &title(next)),
                    ("when", &at(next)),
                    ("starts", &esc(&starts_in(t, now, m.start(next)))),
                ]
            ),
            esc(next.id),
            esc(t.p.jump_next)
        ),
    }
}

/// A selection someone shared (`picks=`), with a way to keep it.
pub fn picks(t: Tx, picks: Option<(usize, bool)>) -> String {
    let Some((n, all_kept)) = picks else {
        return String::new();
    };
    format!(
        "<section class=\"notice notice--info\" aria-label=\"{}\"><p><strong>{}</strong> {}</p><p class=\"row\"><button type=\"button\" class=\"button\" data-action=\"keep-picks\"{}>{}</button><button type=\"button\" class=\"button button--quiet\" data-action=\"clear\">{}</button></p></section>",
        esc(t.p.aria_shared),
        esc(&t.count(&t.p.picks_shared, n as u64, &[])),
        esc(if n == 1 { t.p.picks_listed_one } else { t.p.picks_listed }),
        if all_kept { " disabled" } else { "" },
        esc(match (all_kept, n == 1) {
            (true, true) => t.p.picks_all_kept_one,
            (true, false) => t.p.picks_all_kept,
            (false, true) => t.p.picks_add_one,
            (false, false) => t.p.picks_add,
        }),
        esc(t.p.picks_full)
    )
}

/// The filter controls: real, labelled form controls whose names are [`control`]'s.
pub fn filters_form(m: &Meeting, t: Tx, f: &AgendaFilter, starred: usize) -> String {
    let mut days = vec![("", t.p.both_days.to_string())];
    days.extend(
        m.days
            .iter()
            .map(|d| (d.id, t.date_in_short_names(t.p.day_chip, d.date))),
    );
    let kinds: String = SessionKind::ALL
        .iter()
        .map(|k| {
            forms::chip(
                control::KIND,
                k.slug(),
                &esc(kind_label(t, *k)),
                f.kinds.contains(k),
                &format!("chip--{}", k.slug()),
            )
        })
        .collect();
    let mut speakers = vec![(String::new(), t.p.any_speaker.to_string())];
    speakers.extend(
        m.speakers
            .iter()
            .map(|p| (p.id.to_string(), format!("{} — {}", p.full_name(), p.role))),
    );
    // Open when one of its filters is on, so a filtered view (a shared link, or the way back
    // from a session) shows what narrows it.
    let open = f.more_count() > 0;
    format!(
        "<form class=\"filters no-print\" id=\"{}\" role=\"search\" aria-label=\"{}\">{}{}{}\
<button type=\"button\" class=\"filters__toggle button button--quiet\" aria-expanded=\"{open}\" aria-controls=\"{}\" data-action=\"more\" id=\"{}\">{}</button>\
<div id=\"{}\" class=\"filters__more{}\"><fieldset class=\"chips\"><legend>{}</legend>{kinds}</fieldset>{}<p class=\"filters__link\"><a href=\"{}\">{}</a></p></div></form>",
        Slot::Form.id(),
        esc(t.p.filter_label),
        forms::search("agenda-q", control::TEXT, t.p.search_label, t.p.search_placeholder, &f.text),
        forms::segmented(t.p.day_legend, control::DAY, &days, f.day.as_deref().unwrap_or("")),
        // "My agenda" in sight, not folded under "More filters": on a phone it is where a
        // visitor who starred sessions looks for them.
        forms::check(control::MINE, &format!("<span id=\"{}\">{}</span>", Slot::Starred.id(), esc(&starred_label(t, starred))), f.mine),
        Slot::More.id(),
        Slot::MoreLabel.id(),
        esc(&more_label(t, f.more_count())),
        Slot::More.id(),
        if open { " is-open" } else { "" },
        esc(t.p.kind_legend),
        forms::select("agenda-speaker", control::SPEAKER, t.p.speaker_label, &speakers, f.speaker.as_deref().unwrap_or(""), t.en()),
        // The speakers' own page (each with their sessions), otherwise reached only from a
        // session.
        href("speakers"),
        esc(t.p.speakers_all),
    )
}

pub fn more_label(t: Tx, on: usize) -> String {
    t.with_on(t.p.more_filters, on)
}

pub fn starred_label(t: Tx, n: usize) -> String {
    t.count(&t.p.starred, n as u64, &[])
}

/// The buttons beside the result count.
pub fn actions(s: &AgendaState) -> String {
    let t = s.t;
    let mut o = String::new();
    if s.shown.is_empty() {
        // The empty state below has the way back; nothing to print or add.
        return o;
    }
    if s.filter.narrows() || s.picks.is_some() {
        let _ = write!(o, "<button type=\"button\" class=\"button button--quiet\" data-action=\"clear\">{}</button>", esc(t.c.clear_filters));
    }
    let add = match s.shown.len() {
        1 => t.p.ics_one.to_string(),
        n => t.count(&t.p.ics_many, n as u64, &[]),
    };
    let _ = write!(
        o,
        "<button type=\"button\" class=\"button\" data-action=\"ics\">{}</button>",
        esc(&add)
    );
    if s.filter.mine && s.starred > 0 && s.picks.is_none() {
        let _ = write!(
            o,
            "<button type=\"button\" class=\"button\" data-action=\"share-mine\">{}</button>",
            esc(t.p.share_mine)
        );
    }
    let _ = write!(
        o,
        "<button type=\"button\" class=\"button button--quiet\" data-action=\"print\">{}</button>",
        esc(t.p.print)
    );
    o
}

/// Nothing matched: say why and offer the way back.
pub fn empty(s: &AgendaState) -> String {
    if !s.shown.is_empty() {
        return String::new();
    }
    let (t, f) = (s.t, s.filter);
    let why = if f.mine && s.starred == 0 && s.picks.is_none() {
        esc(&fill(t.p.empty_mine, &[("add", t.p.star_add)]))
    } else if !f.text.trim().is_empty() {
        // Only words narrow the view: no "filters you chose" to speak of.
        let template = if f.only_words() {
            t.p.empty_text_only
        } else {
            t.p.empty_text
        };
        fill_html(template, &[("text", &esc(f.text.trim()))])
    } else {
        esc(t.p.empty_combo)
    };
    // The same words may be in the guiding questions and background papers (a theme such as
    // "privacy" is): the way there carries them.
    let questions = match f.text.trim() {
        "" => "questions".to_string(),
        text => format!("questions?q={}", crate::query::encode(text)),
    };
    format!(
        "<div class=\"empty\"><h2>{}</h2><p>{why}</p><button type=\"button\" class=\"button\" data-action=\"clear\">{}</button><p><a href=\"{}\">{}</a></p></div>",
        esc(t.p.empty_title),
        esc(t.c.clear_filters),
        href(&questions),
        esc(t.p.empty_questions)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::favourites::Favourites;
    use crate::programme::{meeting, now};
    use crate::query::Query;

    #[test]
    fn the_printed_way_back_says_scan_only_with_a_code() {
        let t = crate::i18n::ENGLISH;
        let with = print_qr(t, "https://x.test/", Some("<svg></svg>"));
        assert!(
            with.contains("<svg></svg>")
                && with.contains("Scan for")
                && with.contains("https://x.test/")
        );
        let without = print_qr(t, "https://x.test/?a=<b>", None);
        assert!(!without.contains("svg") && !without.contains("Scan"));
        assert!(
            without.contains("The live programme")
                && without.contains("https://x.test/?a=&lt;b&gt;")
        );
    }

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

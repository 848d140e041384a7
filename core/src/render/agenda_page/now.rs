//! Where now falls in the programme: before, during, between or after the sessions, and how
//! soon the next one starts.

use super::meeting_dates;
use crate::i18n::fill;
use crate::programme::model::{Meeting, Session};
use crate::programme::now::Moment;
use crate::render::{esc, fill_html, Tx};
use crate::time::{self, Millis, MINUTE_MS};

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
    let plain_title = |s: &Session| crate::render::en_inline(en, &esc(s.title));
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

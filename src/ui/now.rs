//! The "now / next" banner of the agenda: before, during, between or after the meeting.

use crate::platform;
use crate::programme::meeting;
use crate::programme::model::Session;
use crate::programme::now::Moment;
use crate::time::{self, Millis};
use leptos::prelude::*;

fn starts_in(from: Millis, to: Millis) -> String {
    let minutes = (to - from).max(0) / time::MINUTE_MS;
    match minutes {
        0 => "in less than a minute".into(),
        1..=59 => format!("in {minutes} min"),
        60..=1439 => format!("in {} h {:02} min", minutes / 60, minutes % 60),
        _ => format!("in {} days", minutes / 1440),
    }
}

/// Where `now` falls in the programme, with a "jump to now" control when something is on.
#[component]
pub fn NowBanner(
    moment: Memo<Option<Moment>>,
    now: Signal<Millis>,
    /// Called with a session id to bring it into view.
    on_jump: Callback<&'static str>,
) -> impl IntoView {
    let m = meeting();
    move || {
        let now = now.get();
        let at = |s: &Session| {
            let day = m.day(s.day).map(|d| d.label).unwrap_or_default();
            format!("{day}, {} New York time", time::hhmm(s.start))
        };
        match moment.get()? {
            Moment::Before { first } => Some(
                view! {
                    <section class="now now--before" aria-label="When">
                        <p><strong>"The meeting has not started."</strong>" It opens with the "{first.title}" on "{at(first)}" ("{starts_in(now, m.start(first))}")."</p>
                    </section>
                }
                .into_any(),
            ),
            Moment::After { .. } => Some(
                view! {
                    <section class="now now--after" aria-label="When">
                        <p><strong>"This meeting took place on "{m.dates}"."</strong>" The programme is kept here as a record; “now” and “next” are shown only while it runs."</p>
                    </section>
                }
                .into_any(),
            ),
            Moment::During { current, next } => {
                let next_line = next.map(|n| view! { <p>"Next: "<strong>{n.title}</strong>" at "{time::hhmm(n.start)}" ("{starts_in(now, m.start(n))}")"</p> });
                Some(
                    view! {
                        <section class="now now--live" aria-label="Now">
                            <p><span class="live live--now">"On now"</span>" "<strong>{current.title}</strong>" until "{time::hhmm(current.end)}" New York time"</p>
                            {next_line}
                            <button type="button" class="button" on:click=move |_| on_jump.run(current.id)>"Jump to now"</button>
                        </section>
                    }
                    .into_any(),
                )
            }
            Moment::Between { next, .. } => Some(
                view! {
                    <section class="now now--live" aria-label="Next">
                        <p><span class="live live--next">"Next"</span>" "<strong>{next.title}</strong>" at "{at(next)}" ("{starts_in(now, m.start(next))}")"</p>
                        <button type="button" class="button" on:click=move |_| on_jump.run(next.id)>"Jump to next"</button>
                    </section>
                }
                .into_any(),
            ),
        }
    }
}

/// Scrolls a session card into view and moves focus to its title link.
pub fn jump_to_session(id: &str) {
    let card = format!("s-{id}");
    platform::scroll_to_id(&card);
    platform::focus_first_link_in(&card);
}

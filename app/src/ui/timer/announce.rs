//! What the page says as the timer runs: the time left in the title, and milestones, a start,
//! a pause and each full minute of overtime announced politely (with the time-up chime).

use super::TimerCtx;
use crate::platform::{self, device, dom};
use crate::render::timer::Slot;
use crate::time::{Millis, MINUTE_MS};
use crate::timer::state::Milestone;
use crate::timer::Timer;
use leptos::prelude::*;

/// The title shows the time left; milestones are announced politely (and may chime), and so
/// are a start, a pause, and each full minute of overtime.
pub(super) fn announce(ctx: TimerCtx, lang: Signal<crate::i18n::Lang>) {
    let last = StoredValue::new(None::<(Millis, bool, bool)>);
    Effect::new(move |_| {
        let n = ctx.now.get();
        let lang = lang.get_untracked();
        let t = lang.timer();
        let (remaining, running, started, stale, label) = ctx.timer(|tm| {
            (
                tm.remaining(n),
                tm.is_running(),
                tm.has_started(),
                tm.is_stale(n),
                tm.label.clone(),
            )
        });
        let who = if label.is_empty() {
            t.timer_title.to_string()
        } else {
            label
        };
        if stale {
            platform::set_title(&crate::render::pages::full_title(&who));
        } else {
            platform::set_title(&crate::render::pages::full_title(&format!(
                "{} · {who}",
                crate::timer::state::display(remaining)
            )));
        }
        let before = last.get_value();
        last.set_value(Some((remaining, running, started)));
        let say = |text: &str| dom::set_text(Slot::Announce.id(), text);
        if !started {
            // A new speaker (or a reset) starts with nothing said.
            if before.is_some_and(|(_, _, was)| was) {
                say("");
            }
            return;
        }
        match before {
            Some((_, false, _)) if running => say(t.said_started),
            Some((_, true, _)) if !running => say(t.said_paused),
            Some((before, true, _)) if running => {
                if let Some(m) = Timer::milestone(before, remaining) {
                    say(lang.milestone(m));
                    if m == Milestone::TimeUp {
                        let o = ctx.options.get_untracked();
                        if o.chime {
                            device::chime();
                        }
                        if o.vibrate {
                            device::vibrate();
                        }
                    }
                } else if remaining < 0 && before > remaining {
                    // Each full minute over: "1 minute over."
                    let over = |r: Millis| (-r) / MINUTE_MS;
                    if over(remaining) > over(before) {
                        say(&crate::i18n::count(
                            lang,
                            &t.over_minutes,
                            over(remaining) as u64,
                            &[],
                        ));
                    }
                }
            }
            _ => {}
        }
    });
}

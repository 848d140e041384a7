//! A viewer's copy of a shared timer, or, when the link is damaged, what to do about it.

use super::actions::button;
use super::notice::notice;
use super::options::option_boxes;
use super::{display, freshness, parts, Action, Options, Slot};
use crate::i18n::Lang;
use crate::programme::model::Meeting;
use crate::render::esc;
use crate::time::Millis;
use crate::timer::link::LinkError;
use crate::timer::state::Timer;

/// A viewer's copy of a shared timer (or, when the link is damaged, what to do about it).
pub fn viewer(
    m: &Meeting,
    lang: Lang,
    timer: &Timer,
    now: Millis,
    error: Option<&LinkError>,
    options: Options,
) -> String {
    let t = lang.timer();
    if let Some(e) = error {
        return format!(
            "<div class=\"page timer-page\"><h1>{}</h1>{}<p><a href=\"timer\">{}</a></p></div>",
            esc(t.timer_title),
            notice(lang, e, t.timer_ask_again),
            esc(t.timer_open_own)
        );
    }
    let body = if timer.is_stale(now) {
        format!(
            "<p class=\"notice\" role=\"alert\"><strong>{}</strong></p>",
            esc(t.timer_stale)
        )
    } else {
        format!(
            "<p class=\"timer-fresh note\" id=\"{}\">{}</p>{}<div class=\"timer-controls\">{}</div>{}<p class=\"note\" id=\"{}\"></p>",
            Slot::Fresh.id(),
            esc(&freshness(m, lang, timer, now)),
            display(&parts(lang, timer, now), true),
            button(t, Action::FullScreen, "button--quiet", None, t.timer_full_screen, false),
            option_boxes(t, options),
            Slot::Wake.id(),
        )
    };
    format!(
        "<div class=\"page timer-page timer-page--viewer\"><h1>{}</h1><p class=\"notice notice--info\">{} <a href=\"timer\">{}</a></p>{body}<p class=\"visually-hidden\" id=\"{}\" role=\"status\" aria-live=\"polite\"></p></div>",
        esc(t.timer_title),
        esc(t.timer_view_only),
        esc(t.timer_open_own),
        Slot::Announce.id(),
    )
}

//! The projector view: nothing but the timer, filling the screen (a projector or the hall
//! screen).

use super::{display, parts};
use crate::i18n::Lang;
use crate::render::esc;
use crate::time::Millis;
use crate::timer::state::Timer;

/// Nothing but the timer, filling the screen (a projector or the hall screen).
pub fn projector(lang: Lang, timer: &Timer, now: Millis) -> String {
    let t = lang.timer();
    format!(
        "<section class=\"projector\" aria-label=\"{}\"><h1 class=\"visually-hidden\">{}</h1>{}<p class=\"projector__hint\"><button type=\"button\" class=\"button button--quiet\" data-action=\"fullscreen\" aria-keyshortcuts=\"F\">{}</button> {}</p></section>",
        esc(t.projector_label),
        esc(t.timer_title),
        display(&parts(lang, timer, now), false),
        esc(t.projector_full),
        esc(t.projector_hint)
    )
}

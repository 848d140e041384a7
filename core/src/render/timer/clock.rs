//! The clock: the display's parts at an instant ([`Parts`]), which the app sets in place each
//! second, and the display's HTML as the page first shows it.

use super::Slot;
use crate::i18n::Lang;
use crate::render::esc;
use crate::time::Millis;
use crate::timer::state::{self, Phase, Timer};

/// The parts of the display at an instant, which the app sets in place each second.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parts {
    /// The phase's class (`timer-display--running`).
    pub phase_class: &'static str,
    pub who: String,
    pub digits: String,
    /// The time left in words, for assistive technology.
    pub spoken: String,
    /// How many characters the digits take (they are sized to fit).
    pub chars: usize,
    pub icon: &'static str,
    pub phase: &'static str,
    /// How much of the allotment is used, in tenths of a per cent.
    pub used_permille: u32,
}

/// A shape for each phase, so the phase never rests on colour alone.
fn icon(p: Phase) -> &'static str {
    match p {
        Phase::Ready => "○",
        Phase::Running => "▶",
        Phase::LastThirty => "◐",
        Phase::LastTen => "●",
        Phase::Overtime => "▲",
        Phase::Paused => "❚❚",
    }
}

pub fn parts(lang: Lang, t: &Timer, now: Millis) -> Parts {
    let remaining = t.remaining(now);
    let phase = t.phase(now);
    let allotted = format!("{} — {}", lang.kind(t.kind), state::display(t.duration));
    let digits = state::display(remaining);
    let used = (t.used(now) as f64 / t.duration.max(1) as f64).clamp(0.0, 1.0);
    Parts {
        phase_class: phase.class(),
        who: if t.label.is_empty() {
            allotted
        } else {
            format!("{} · {allotted}", t.label)
        },
        chars: digits.chars().count(),
        digits,
        spoken: lang.spoken(remaining),
        icon: icon(phase),
        phase: lang.phase(phase),
        used_permille: (used * 1000.0).round() as u32,
    }
}

/// The display, as the page first shows it (`big`: as large as the page allows).
pub fn display(p: &Parts, big: bool) -> String {
    format!(
        "<div class=\"timer-display timer-display--{}{}\" id=\"{}\"><p class=\"timer-display__who\">{}</p><p class=\"timer-display__digits\" role=\"timer\" dir=\"ltr\" aria-label=\"{}\" data-chars=\"{}\">{}</p><p class=\"timer-display__phase\"><span class=\"timer-display__icon\" aria-hidden=\"true\">{}</span> <span class=\"timer-display__words\">{}</span></p><div class=\"timer-display__bar\" aria-hidden=\"true\"><span data-permille=\"{}\"></span></div></div>",
        p.phase_class,
        if big { " timer-display--big" } else { "" },
        Slot::Display.id(),
        esc(&p.who),
        esc(&p.spoken),
        p.chars,
        esc(&p.digits),
        p.icon,
        esc(p.phase),
        p.used_permille,
    )
}

//! The countdown as people in the hall see it: on the page, and alone on a projector.

use super::TimerCtx;
use crate::i18n::Lang;
use crate::platform;
use crate::timer::state::{self, Phase};
use crate::timer::Timer;
use leptos::prelude::*;

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

fn who(lang: Lang, t: &Timer) -> String {
    let allotted = format!("{} — {}", lang.kind(t.kind), state::display(t.duration));
    if t.label.is_empty() {
        allotted
    } else {
        format!("{} · {allotted}", t.label)
    }
}

/// The big digits with who is speaking, the phase in words and a progress bar.
#[component]
pub fn Display(ctx: TimerCtx, #[prop(optional)] big: bool) -> impl IntoView {
    let TimerCtx { timer, now, .. } = ctx;
    let lang = crate::ui::state::use_lang().get_untracked();
    let remaining = Memo::new(move |_| timer.with(|t| t.remaining(now.get())));
    let phase = Memo::new(move |_| timer.with(|t| t.phase(now.get())));
    let used = move || {
        timer.with(|t| (t.used(now.get()) as f64 / t.duration.max(1) as f64).clamp(0.0, 1.0))
    };
    view! {
        <div class=move || format!("timer-display timer-display--{}{}", phase.get().class(), if big { " timer-display--big" } else { "" })>
            <p class="timer-display__who">{move || timer.with(|t| who(lang, t))}</p>
            <p class="timer-display__digits" role="timer" dir="ltr" aria-label=move || lang.spoken(remaining.get()) style:--chars=move || state::display(remaining.get()).chars().count().to_string()>{move || state::display(remaining.get())}</p>
            <p class="timer-display__phase"><span class="timer-display__icon" aria-hidden="true">{move || icon(phase.get())}</span>" "{move || lang.phase(phase.get())}</p>
            <div class="timer-display__bar" aria-hidden="true"><span style:width=move || format!("{:.1}%", used() * 100.0)></span></div>
        </div>
    }
}

/// Nothing but the timer, filling the screen (a projector or the hall screen).
#[component]
pub fn Projector(ctx: TimerCtx) -> impl IntoView {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if matches!(ev.key().as_str(), "f" | "F") {
            platform::toggle_fullscreen();
        }
    });
    on_cleanup(move || handle.remove());
    let t = crate::ui::state::use_lang().get_untracked().timer();
    view! {
        <section class="projector" aria-label=t.projector_label>
            <h1 class="visually-hidden">{t.timer_title}</h1>
            <Display ctx=ctx/>
            <p class="projector__hint">
                <button type="button" class="button button--quiet" on:click=|_| platform::toggle_fullscreen()>{t.projector_full}</button>
                " "{t.projector_hint}
            </p>
        </section>
    }
}

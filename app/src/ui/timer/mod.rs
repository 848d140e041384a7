//! The speaking timer page: the chair's controls with the speakers queue and the share link, a
//! viewer's copy of a shared link (`view=1`), and the projector view (`projector=1`), adopted
//! as the build wrote them (`render::timer`; see [`super::adopt`]).
//!
//! The floor (the timer, the queue, the log, and what can be undone) is the core's
//! (`timer::floor`); the timer lives in the URL (`t=`) and on the device, the queue on the
//! device, and other windows of this browser follow the timer over a BroadcastChannel.
//!
//! The pieces: the timer a page opens with (`opening`), the time-up options on the device
//! (`options`), the clock's wake-ups (`tick`), other windows that follow (`windows`), what is
//! announced (`announce`), the screen kept on (`awake`), the chair's controls (`control`) and
//! the share link (`share`); the display and the chair's input are `display` and `events`.

mod announce;
mod awake;
mod control;
mod display;
mod events;
mod opening;
mod options;
mod share;
mod tick;
mod windows;

use announce::announce;
use awake::keep_awake;
use control::control;
use opening::initial;
use options::load_options;
pub use options::save_options;
use tick::tick;
use windows::follow_other_windows;

use super::adopt;
use super::router::use_nav;
use super::state::use_lang;
use crate::platform;
use crate::programme::meeting;
use crate::render::frame::VIEW;
use crate::render::static_page::view_key;
use crate::render::timer::{self as page, Controls, Mode, Options};
use crate::routes::Page;
use crate::time::{Millis, MINUTE_MS};
use crate::timer::floor::{Desk, Done, Floor};
use crate::timer::queue::Queue;
use crate::timer::{StatementKind, Timer};
use leptos::prelude::*;

fn key(name: &str) -> String {
    meeting().key(name)
}

/// The preset for a kind of statement, from the programme's intervention limits.
pub fn preset(kind: StatementKind) -> Millis {
    let m = meeting();
    match kind {
        StatementKind::RegionalGroup => i64::from(m.regional_group_minutes) * MINUTE_MS,
        _ => i64::from(m.delegation_minutes) * MINUTE_MS,
    }
}

/// Everything the timer page works with.
#[derive(Clone, Copy)]
pub struct TimerCtx {
    pub desk: RwSignal<Desk>,
    pub now: RwSignal<Millis>,
    pub mode: Mode,
    pub options: RwSignal<Options>,
    /// What the last action that lost something did (said beside its Undo), or "undone".
    pub said: RwSignal<Said>,
    /// The session of the programme the timer was opened for (`session=`).
    pub session: Option<&'static str>,
    /// When the timer was as the links handed out before show it.
    pub shown_since: RwSignal<Millis>,
}

/// The status line beside the clock.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Said {
    #[default]
    Nothing,
    Did(Done),
    Undone,
}

impl TimerCtx {
    /// Does a chair's action now.
    pub fn act(self, act: crate::timer::floor::Act) {
        let now = platform::now_ms();
        let session = self.session;
        let done = self
            .desk
            .try_update(|d| d.act(act, now, session, preset))
            .flatten();
        if let Some(done) = done {
            self.said.set(Said::Did(done));
        }
        self.now.set(now);
    }

    pub fn undo(self) {
        if self.desk.try_update(Desk::undo).flatten().is_some() {
            self.said.set(Said::Undone);
        }
        self.now.set(platform::now_ms());
    }

    pub fn timer<R>(self, f: impl FnOnce(&Timer) -> R) -> R {
        self.desk.with(|d| f(&d.floor.timer))
    }
}

pub fn adopt() {
    let nav = use_nav();
    let lang = use_lang();
    let (start, link_error, mode) = initial();
    let queue = Queue::decode(&platform::storage_get(&key("queue")).unwrap_or_default());
    let session = nav
        .get_untracked()
        .query
        .get("session")
        .and_then(|id| meeting().session(id))
        .map(|s| s.id);
    let ctx = TimerCtx {
        shown_since: RwSignal::new(start.changed_at),
        desk: RwSignal::new(Desk::new(Floor {
            timer: start,
            queue,
        })),
        now: RwSignal::new(platform::now_ms()),
        mode,
        options: RwSignal::new(load_options(mode)),
        said: RwSignal::new(Said::Nothing),
        session,
    };

    // The page in the interface language and mode: the controls as the build wrote them are
    // taken as they are.
    let error = link_error.clone();
    let view = if link_error.is_some() {
        format!("{}-link-error", mode.name())
    } else {
        mode.name().to_string()
    };
    adopt::slot(
        VIEW,
        move || view_key(lang.get(), Page::Timer, Some(&view)),
        move || {
            let lang = lang.get();
            let now = ctx.now.get_untracked();
            let options = ctx.options.get_untracked();
            ctx.desk.with_untracked(|d| match mode {
                Mode::Control => page::controller(
                    meeting(),
                    lang,
                    &Controls {
                        floor: &d.floor,
                        now,
                        options,
                        link_error: error.as_ref(),
                    },
                    preset,
                ),
                Mode::View => page::viewer(
                    meeting(),
                    lang,
                    &d.floor.timer,
                    now,
                    error.as_ref(),
                    options,
                ),
                Mode::Projector => page::projector(lang, &d.floor.timer, now),
            })
        },
        || {},
    );
    super::frame::standard_meta(Page::Timer);

    tick(ctx);
    let channel = follow_other_windows(ctx);
    display::follow(ctx, lang);
    // The controls, in a task of their own (the countdown runs already).
    adopt::later(move || {
        announce(ctx, lang);
        keep_awake(ctx, lang);
        if mode == Mode::Control {
            control(ctx, lang, channel);
        }
        events::listen(ctx, lang);
    });
}

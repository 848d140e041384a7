//! The speaking timer page: the chair's controls with the speakers queue and the share link, a
//! viewer's copy of a shared link (`view=1`), and the projector view (`projector=1`), adopted
//! as the build wrote them (`render::timer`; see [`super::adopt`]).
//!
//! The floor (the timer, the queue, the log, and what can be undone) is the core's
//! (`timer::floor`); the timer lives in the URL (`t=`) and on the device, the queue on the
//! device, and other windows of this browser follow the timer over a BroadcastChannel.

mod display;
mod events;

use super::adopt;
use super::router::use_nav;
use super::state::use_lang;
use crate::platform::{self, device, dom};
use crate::programme::meeting;
use crate::render::frame::VIEW;
use crate::render::static_page::view_key;
use crate::render::timer::{self as page, Controls, Mode, Options, Slot};
use crate::routes::{AppUrl, Page};
use crate::time::{Millis, MINUTE_MS};
use crate::timer::floor::{Desk, Done, Floor};
use crate::timer::link::{self, LinkError};
use crate::timer::queue::Queue;
use crate::timer::state::Milestone;
use crate::timer::{StatementKind, Timer};
use leptos::prelude::*;
use std::time::Duration;

fn key(name: &str) -> String {
    format!("{}.{name}", meeting().id)
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

fn initial() -> (Timer, Option<LinkError>, Mode) {
    let nav = use_nav().get_untracked();
    let q = &nav.query;
    let mode = match (q.get("projector"), q.get("view")) {
        (Some("1"), _) => Mode::Projector,
        (_, Some("1")) => Mode::View,
        _ => Mode::Control,
    };
    let fresh = || {
        Timer::new(
            StatementKind::Delegation,
            preset(StatementKind::Delegation),
            "",
        )
    };
    let now = platform::now_ms();
    match q.get("t").map(|t| link::decode(t, now)) {
        Some(Ok(t)) => (t, None, mode),
        // A viewer's link that was cut off, or has no timer: said, on a page that stays
        // view-only (a visitor in the hall has no use for controls).
        Some(Err(e)) if mode == Mode::View => (fresh(), Some(e), Mode::View),
        None if mode == Mode::View => (fresh(), Some(LinkError::Empty), Mode::View),
        Some(Err(e)) => (fresh(), Some(e), Mode::Control),
        None => {
            let stored =
                platform::storage_get(&key("timer")).and_then(|s| link::decode(&s, now).ok());
            (stored.unwrap_or_else(fresh), None, mode)
        }
    }
}

fn load_options(mode: Mode) -> Options {
    let name = if mode == Mode::View {
        "viewer-options"
    } else {
        "timer-options"
    };
    let s = platform::storage_get(&key(name)).unwrap_or_default();
    Options {
        chime: s.contains("chime"),
        vibrate: s.contains("vibrate"),
    }
}

pub fn save_options(mode: Mode, o: Options) {
    let name = if mode == Mode::View {
        "viewer-options"
    } else {
        "timer-options"
    };
    let s = [(o.chime, "chime"), (o.vibrate, "vibrate")]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, n)| *n)
        .collect::<Vec<_>>()
        .join(",");
    platform::storage_set(&key(name), &s);
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

/// Other windows of this browser follow the controller: a projector window, and another
/// controller tab (one device, one timer: what the chair does in either tab is the timer). A
/// state already shown is not taken again, so two controllers never echo each other.
fn follow_other_windows(ctx: TimerCtx) -> StoredValue<device::Channel, LocalStorage> {
    let desk = ctx.desk;
    let channel = device::Channel::open(&key("timer"), move |code| {
        if desk.with_untracked(|d| link::encode(&d.floor.timer)) != code {
            if let Ok(t) = link::decode(&code, platform::now_ms()) {
                desk.update(|d| {
                    d.floor.timer = t;
                    d.forget();
                });
                ctx.now.set(platform::now_ms());
            }
        }
    });
    StoredValue::new_local(channel)
}

/// Wakes exactly when the display changes (on second boundaries), never by counting ticks;
/// and when the page is shown again.
fn tick(ctx: TimerCtx) {
    fn schedule(ctx: TimerCtx) {
        let wait = ctx
            .desk
            .with_untracked(|d| d.floor.timer.until_next_change(platform::now_ms()));
        let _ = set_timeout_with_handle(
            move || {
                ctx.now.set(platform::now_ms());
                schedule(ctx);
            },
            Duration::from_millis(wait.clamp(1, 1000) as u64),
        );
    }
    schedule(ctx);
    let shown = device::on_visibility_change(move || ctx.now.set(platform::now_ms()));
    // For the page's life.
    std::mem::forget(shown);
}

/// The title shows the time left; milestones are announced politely (and may chime), and so
/// are a start, a pause, and each full minute of overtime.
fn announce(ctx: TimerCtx, lang: Signal<crate::i18n::Lang>) {
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

/// The screen stays on while a timer runs, and the page says whether it could.
fn keep_awake(ctx: TimerCtx, lang: Signal<crate::i18n::Lang>) {
    Effect::new(move |_| {
        let running = ctx.timer(Timer::is_running);
        let visible = {
            ctx.now.track();
            device::is_visible()
        };
        device::keep_screen_on(running && visible, move |awake| {
            let t = lang.get_untracked().timer();
            let text = match awake {
                device::Awake::NotAsked => "",
                device::Awake::Kept => t.wake_on,
                device::Awake::Refused => t.wake_off,
            };
            dom::set_text(Slot::Wake.id(), text);
        });
    });
}

/// The controller keeps its state in the URL and on the device, and tells other windows of
/// each change (not of the state it opened with: a tab opened from an older link does not
/// take over a timer running in another). Other windows of this browser (a projector, another
/// controller tab) follow it; a state already shown is not taken again, so two controllers
/// never echo each other.
fn control(
    ctx: TimerCtx,
    lang: Signal<crate::i18n::Lang>,
    channel: StoredValue<device::Channel, LocalStorage>,
) {
    let nav = use_nav();
    let desk = ctx.desk;
    let code = Memo::new(move |_| desk.with(|d| link::encode(&d.floor.timer)));
    Effect::new(move |first: Option<()>| {
        let code = code.get();
        platform::storage_set(&key("timer"), &code);
        // The address is the controller's link; the language, the session and embedding stay.
        let kept = nav
            .get_untracked()
            .query
            .keep(&[&["lang", "session"][..], &crate::embed::KEYS[..]].concat());
        nav.replace(AppUrl {
            page: Page::Timer,
            query: kept.with("t", Some(&code)),
        });
        if first.is_some() {
            channel.with_value(|c| c.post(&code));
        }
    });
    // The queue on the device, and as another tab of this browser changed it.
    let stored = Memo::new(move |_| desk.with(|d| d.floor.queue.encode()));
    Effect::new(move |first: Option<()>| {
        let text = stored.get();
        if first.is_some() {
            platform::storage_set(&key("queue"), &text);
        }
    });
    super::state::follow_storage(Box::leak(key("queue").into_boxed_str()), move |value| {
        let theirs = Queue::decode(&value);
        if desk.with_untracked(|d| d.floor.queue != theirs) {
            desk.update(|d| {
                d.floor.queue = theirs;
                d.forget();
            });
        }
    });

    // The parts of the controls that follow the floor.
    let preset_pressed = move || ctx.timer(|t| t.kind);
    Effect::new(move |_| {
        let kind = preset_pressed();
        for (k, name) in [
            (StatementKind::Delegation, "preset-d"),
            (StatementKind::RegionalGroup, "preset-g"),
        ] {
            for b in dom::elements(&format!("button[data-action=\"{name}\"]")) {
                dom::set_attr_of(
                    &b,
                    "aria-pressed",
                    Some(if k == kind { "true" } else { "false" }),
                );
            }
        }
    });
    Effect::new(move |_| {
        let label = ctx.timer(|t| page::toggle_label(lang.get().timer(), t));
        for el in dom::elements(&format!("#{} .button__label", Slot::Toggle.id())) {
            dom::set_text_of(&el, label);
        }
    });
    adopt::slot_html(Slot::Next.id(), move || {
        let lang = lang.get();
        desk.with(|d| page::next_controls(lang, &d.floor))
    });
    adopt::slot(
        Slot::Queue.id(),
        move || desk.with(|d| page::queue_key(lang.get(), &d.floor)),
        move || desk.with(|d| page::queue(lang.get(), &d.floor, preset)),
        || {},
    );
    // Who is speaking: the field follows a speaker called (not what is being typed).
    Effect::new(move |_| {
        let label = ctx.timer(|t| t.label.clone());
        if !device::focus_is(Slot::Label.id()) {
            dom::set_value(Slot::Label.id(), &label);
        }
    });
    // A new speaker (a call, a preset) starts with an empty custom field.
    Effect::new(move |before: Option<(StatementKind, String)>| {
        let now = ctx.timer(|t| (t.kind, t.label.clone()));
        if before.is_some_and(|b| b != now) {
            dom::set_value(Slot::Custom.id(), "");
            dom::set_text(Slot::CustomPreview.id(), "");
            dom::set_attr(Slot::CustomError.id(), "hidden", Some(""));
        }
        now
    });
    // What the last action did, and its Undo.
    Effect::new(move |_| {
        let lang = lang.get();
        let undoable = desk.with(|d| d.undoable().cloned());
        let text = match ctx.said.get() {
            Said::Nothing => String::new(),
            Said::Undone => lang.timer().said_undone.to_string(),
            Said::Did(done) => page::said(lang, &done),
        };
        dom::set_text(Slot::Said.id(), &text);
        dom::set_attr(Slot::Undo.id(), "hidden", undoable.is_none().then_some(""));
    });
    share(ctx, lang, code);
}

/// The share link and its QR code, always the timer as it is now (so scanning again is the
/// one fix for an old link), and the line that says links handed out before are old.
fn share(ctx: TimerCtx, lang: Signal<crate::i18n::Lang>, code: Memo<String>) {
    let viewer_url = Memo::new(move |_| {
        platform::absolute_url(
            &AppUrl::new(Page::Timer)
                .with("t", Some(&code.get()))
                .with("view", Some("1"))
                .to_string(),
        )
    });
    // In a task of its own after the first screen (drawing a QR code takes a few ms).
    let ready = RwSignal::new(false);
    platform::dom::next_task(move || ready.set(true));
    Effect::new(move |_| {
        if !ready.get() {
            return;
        }
        let url = viewer_url.get();
        dom::set_value(Slot::Link.id(), &url);
        let label = lang.get().timer().timer_qr;
        dom::set_inner_html(
            Slot::Qr.id(),
            &crate::qr::svg(&url, label).unwrap_or_default(),
        );
    });
    // "Link copied" is about the link as it was: when the link changes, the line goes.
    Effect::new(move |first: Option<()>| {
        code.track();
        if first.is_some() {
            for el in dom::elements(".timer-share .share__status") {
                dom::set_text_of(&el, "");
            }
        }
    });
    Effect::new(move |_| {
        let changed = ctx.timer(|t| t.changed_at);
        let lang = lang.get();
        let old = changed > ctx.shown_since.get();
        dom::set_text(
            Slot::LinksOld.id(),
            &if old {
                page::links_old(meeting(), lang, changed)
            } else {
                String::new()
            },
        );
        dom::set_attr(Slot::LinksOld.id(), "hidden", (!old).then_some(""));
    });
}

//! The speaking timer page: presets from the programme (2 minutes for a delegation, 3 for a
//! regional group), controls and shortcuts, a share link with a QR code, a view-only mode for
//! that link, a projector view, and the speakers queue.
//!
//! The timer's state lives in the URL (`t=`, see `crate::timer::link`) and on the device; other
//! windows of this browser follow it over a BroadcastChannel.

mod display;
mod queue;

use super::router::use_nav;
use super::share::ShareButton;
use crate::platform::{self, device};
use crate::programme::meeting;
use crate::routes::{AppUrl, Page};
use crate::time::{Millis, MINUTE_MS};
use crate::timer::link::{self, LinkError};
use crate::timer::queue::Queue;
use crate::timer::state::{self, Milestone};
use crate::timer::{StatementKind, Timer};
use display::{Display, Projector};
use leptos::either::Either;
use leptos::prelude::*;
use std::time::Duration;

const STORE_KEY: &str = "gpa2021.timer";
const OPTIONS_KEY: &str = "gpa2021.timer-options";
const CHANNEL: &str = "gpa2021-timer";

/// The timer page, over the static copy of its controls (for now a view of its own: the
/// queue, the share link and the viewer are not on the static page).
pub fn adopt() {
    let Some(view) = crate::platform::dom::take_children_of(crate::render::frame::VIEW) else {
        return;
    };
    leptos::mount::mount_to(view, || view! { <TimerPage/> }).forget();
}

/// A flag that turns on in a task of its own.
fn later() -> ReadSignal<bool> {
    let (on, set) = signal(false);
    crate::platform::dom::next_task(move || set.set(true));
    on
}

/// The preset for a kind of statement, from the programme's intervention limits.
pub fn preset(kind: StatementKind) -> Millis {
    let m = meeting();
    match kind {
        StatementKind::RegionalGroup => i64::from(m.regional_group_minutes) * MINUTE_MS,
        _ => i64::from(m.delegation_minutes) * MINUTE_MS,
    }
}

/// How this page was opened.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Control,
    View,
    Projector,
}

/// Shared state of the timer page, passed to its parts.
#[derive(Clone, Copy)]
pub struct TimerCtx {
    pub timer: RwSignal<Timer>,
    pub now: RwSignal<Millis>,
    /// The speakers queue (kept on this device; see `queue`).
    pub queue: RwSignal<Queue>,
}

impl TimerCtx {
    /// Calls the next speaker: logs the current one if their time started (or, called but
    /// never started, puts them back in the queue), then loads the next with their preset
    /// (the chair starts it when they begin); see `Queue::call_next`.
    pub fn call_next(self) {
        let now = platform::now_ms();
        let current = self.timer.get_untracked();
        if let Some(next) = self
            .queue
            .try_update(|q| q.call_next(&current, now, preset))
        {
            self.timer.set(next);
        }
        self.now.set(now);
    }

    /// Changes the timer with the current time, and refreshes "now".
    pub fn act(self, f: impl FnOnce(&mut Timer, Millis)) {
        let now = platform::now_ms();
        self.timer.update(|t| f(t, now));
        self.now.set(now);
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
        // view-only (a visitor in the hall has no use for controls), not shown as a frozen
        // shared timer.
        Some(Err(e)) if mode == Mode::View => (fresh(), Some(e), Mode::View),
        None if mode == Mode::View => (fresh(), Some(LinkError::Empty), Mode::View),
        Some(Err(e)) => (fresh(), Some(e), Mode::Control),
        None => {
            let stored = platform::storage_get(STORE_KEY).and_then(|s| link::decode(&s, now).ok());
            (stored.unwrap_or_else(fresh), None, mode)
        }
    }
}

#[component]
pub fn TimerPage() -> impl IntoView {
    let nav = use_nav();
    let lang = crate::ui::state::use_lang();
    let (start, link_error, mode) = initial();
    let timer = RwSignal::new(start);
    let now = RwSignal::new(platform::now_ms());
    let ctx = TimerCtx {
        timer,
        now,
        queue: RwSignal::new(Queue::decode(
            &platform::storage_get(queue::STORE_KEY).unwrap_or_default(),
        )),
    };

    // Wake exactly when the display changes (on second boundaries), never by counting ticks.
    let alive = StoredValue::new(true);
    fn schedule(ctx: TimerCtx, alive: StoredValue<bool>) {
        let wait = ctx
            .timer
            .with_untracked(|t| t.until_next_change(platform::now_ms()));
        let _ = set_timeout_with_handle(
            move || {
                // (The page may be gone, and `alive` with it: a link to another mode of the
                // timer builds the page anew.)
                if alive.try_get_value().unwrap_or(false) {
                    ctx.now.set(platform::now_ms());
                    schedule(ctx, alive);
                }
            },
            Duration::from_millis(wait.clamp(1, 1000) as u64),
        );
    }
    schedule(ctx, alive);
    let visibility = device::on_visibility_change(move || {
        now.set(platform::now_ms());
        if device::is_visible() && timer.with_untracked(Timer::is_running) {
            device::keep_screen_on(true);
        }
    });
    let visibility = StoredValue::new_local(Some(visibility));
    on_cleanup(move || {
        alive.set_value(false);
        visibility.update_value(|v| *v = None);
        device::keep_screen_on(false);
        platform::set_title("GPA 2021 appraisal");
    });

    // Other windows of this browser follow the controller: a projector window, and another
    // controller tab (one device, one timer: what the chair does in either tab is the timer).
    // A state already shown is not taken again, so two controllers never echo each other.
    let channel = StoredValue::new_local(device::Channel::open(CHANNEL, move |code| {
        if timer.with_untracked(link::encode) != code {
            if let Ok(t) = link::decode(&code, platform::now_ms()) {
                timer.set(t);
                now.set(platform::now_ms());
            }
        }
    }));

    // The controller keeps its state in the URL and on the device, and tells other windows
    // of each change (not of the state it opened with: a tab opened from an older link does
    // not take over a timer running in another).
    Effect::new(move |first: Option<()>| {
        let code = timer.with(link::encode);
        if mode == Mode::Control {
            platform::storage_set(STORE_KEY, &code);
            // The address is the controller's link; the language and embedding stay in it.
            let kept = nav
                .get_untracked()
                .query
                .keep(&[&["lang"][..], &crate::embed::KEYS[..]].concat());
            nav.replace(AppUrl {
                page: Page::Timer,
                query: kept.with("t", Some(&code)),
            });
            if first.is_some() {
                channel.with_value(|c| c.post(&code));
            }
        }
    });

    // The screen stays on while a timer runs.
    Effect::new(move |_| device::keep_screen_on(timer.with(Timer::is_running)));

    // The title shows the time left; milestones are announced politely, and may chime.
    let options = RwSignal::new(Options::load());
    let (announce, set_announce) = signal(String::new());
    let last = StoredValue::new(None::<Millis>);
    Effect::new(move |_| {
        let t = timer.get();
        let n = now.get();
        let remaining = t.remaining(n);
        let who = if t.label.is_empty() {
            lang.get_untracked().timer().timer_title.to_string()
        } else {
            t.label.clone()
        };
        if t.is_stale(n) {
            platform::set_title(&format!("{who} · GPA 2021 appraisal"));
        } else {
            platform::set_title(&format!(
                "{} · {who} · GPA 2021 appraisal",
                state::display(remaining)
            ));
        }
        let before = last.get_value();
        last.set_value(Some(remaining));
        // A new speaker (or a reset) starts with nothing said: "Time is up." was the last one's.
        if !t.has_started() && announce.with_untracked(|a| !a.is_empty()) {
            set_announce.set(String::new());
        }
        if let (Some(before), true) = (before, t.is_running()) {
            if let Some(m) = Timer::milestone(before, remaining) {
                set_announce.set(lang.get_untracked().milestone(m).to_string());
                if m == Milestone::TimeUp {
                    let o = options.get_untracked();
                    if o.chime {
                        device::chime();
                    }
                    if o.vibrate {
                        device::vibrate();
                    }
                }
            }
        }
    });

    // The page is built anew in another interface language (its state lives above).
    let body = move || {
        lang.track();
        match mode {
            Mode::Projector => view! { <Projector ctx=ctx/> }.into_any(),
            Mode::View => view! { <Viewer ctx=ctx link_error=link_error.clone()/> }.into_any(),
            Mode::Control => {
                view! { <Controller ctx=ctx link_error=link_error.clone() options=options/> }
                    .into_any()
            }
        }
    };
    super::frame::standard_meta(Page::Timer);
    view! {
        {body}
        <p class="visually-hidden" role="status" aria-live="polite">{announce}</p>
    }
}

/// Sound and vibration at time-up: off by default, remembered on the device.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
struct Options {
    chime: bool,
    vibrate: bool,
}

impl Options {
    fn load() -> Options {
        let s = platform::storage_get(OPTIONS_KEY).unwrap_or_default();
        Options {
            chime: s.contains("chime"),
            vibrate: s.contains("vibrate"),
        }
    }

    fn save(self) {
        let s = [(self.chime, "chime"), (self.vibrate, "vibrate")]
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, n)| *n)
            .collect::<Vec<_>>()
            .join(",");
        platform::storage_set(OPTIONS_KEY, &s);
    }
}

/// A read-only copy of someone's timer, from a shared link; or, when the link is damaged, what
/// to do about it.
#[component]
fn Viewer(ctx: TimerCtx, link_error: Option<LinkError>) -> impl IntoView {
    let lang = crate::ui::state::use_lang().get_untracked();
    let t = lang.timer();
    if let Some(e) = link_error {
        return view! {
            <div class="page timer-page">
                <h1>{t.timer_title}</h1>
                <div class="notice" role="alert">
                    <p><strong>{lang.link_error(&e)}</strong>" "{t.timer_ask_again}</p>
                    <p><a href="timer">{t.timer_open_own}</a></p>
                </div>
            </div>
        }
        .into_any();
    }
    view! {
        <div class="page timer-page">
            <h1>{t.timer_title}</h1>
            <p class="notice notice--info">{t.timer_view_only}" "<a href="timer">{t.timer_open_own}</a></p>
            // A link opened long after the speech says so, rather than count on for days.
            <Show when=move || !ctx.timer.with(|tm| tm.is_stale(ctx.now.get())) fallback=move || view! {
                <p class="notice" role="alert"><strong>{t.timer_stale}</strong></p>
            }>
                <Display ctx=ctx big=true/>
                // A phone held up in the hall, or a screen: the countdown alone, as large as it
                // goes.
                <div class="timer-controls">
                    <button type="button" class="button button--quiet" on:click=move |_| platform::toggle_fullscreen()>{t.timer_full_screen}</button>
                </div>
            </Show>
        </div>
    }
    .into_any()
}

#[component]
fn Controller(
    ctx: TimerCtx,
    link_error: Option<LinkError>,
    options: RwSignal<Options>,
) -> impl IntoView {
    let timer = ctx.timer;
    let m = meeting();
    let lang = crate::ui::state::use_lang().get_untracked();
    let t = lang.timer();
    // "+10 s"; in Arabic the signed number is isolated left to right inside the text.
    let step = move |signed: &str| {
        let signed = if lang.is_rtl() {
            crate::time::ltr(signed)
        } else {
            signed.to_string()
        };
        crate::i18n::fill(t.secs_short, &[("n", &signed)])
    };
    let viewer_url = Signal::derive(move || {
        platform::absolute_url(
            &AppUrl::new(Page::Timer)
                .with("t", Some(&timer.with(link::encode)))
                .with("view", Some("1"))
                .to_string(),
        )
    });
    // The parts below the clock's controls (queue, share link, keys) are built in a task of
    // their own after the first screen, and the QR code in one after that, so taking the page
    // over never blocks input for long on a slow phone (Lighthouse's total blocking time).
    // Built in a task of its own, after the first screen.
    let below = later();
    let qr_ready = RwSignal::new(false);
    let qr = move || {
        if qr_ready.get() {
            crate::qr::svg(&viewer_url.get(), t.timer_qr).unwrap_or_default()
        } else {
            String::new()
        }
    };
    let projector_url = move || {
        platform::absolute_url(
            &AppUrl::new(Page::Timer)
                .with("t", Some(&timer.with(link::encode)))
                .with("projector", Some("1"))
                .to_string(),
        )
    };
    let (custom, set_custom) = signal(String::new());
    let (custom_error, set_custom_error) = signal(false);

    device::watch_focus_origin();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if device::for_focused_control(&ev) || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        // Keys pressed while working in the speakers queue (moving a speaker, say) are the
        // queue's, not the clock's.
        if device::target_within(&ev, ".queue") {
            return;
        }
        match ev.key().as_str() {
            " " => ctx.act(|t, n| t.toggle(n)),
            "r" | "R" => ctx.act(|t, _| t.reset_to(t.full_time(preset))),
            "f" | "F" => platform::toggle_fullscreen(),
            "ArrowRight" | "ArrowUp" => ctx.act(|t, n| t.adjust(10_000, n)),
            "ArrowLeft" | "ArrowDown" => ctx.act(|t, n| t.adjust(-10_000, n)),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || handle.remove());

    let set_preset = move |kind: StatementKind| {
        ctx.act(|t, now| t.set_allotment(kind, preset(kind), now));
    };
    let error = link_error.map(|e| {
        view! {
            <div class="notice" role="alert">
                <p><strong>{lang.link_error(&e)}</strong>" "{t.timer_fresh}</p>
            </div>
        }
    });
    view! {
        <div class="page timer-page">
            <h1>{t.timer_title}</h1>
            <p class="lede">{crate::i18n::fill(t.timer_lede, &[("delegation", &m.delegation_minutes.to_string()), ("group", &m.regional_group_minutes.to_string())])}</p>
            {error}
            <section class="timer-layout">
                <div class="timer-main">
                    <Display ctx=ctx big=true/>
                    <div class="timer-controls" role="group" aria-label=t.timer_controls>
                        <button type="button" class="button button--big" id="timer-toggle" on:click=move |_| ctx.act(|t, n| t.toggle(n))>
                            {move || match (timer.with(Timer::is_running), timer.with(Timer::has_started)) { (true, _) => t.timer_pause, (false, true) => t.timer_resume, _ => t.timer_start }}
                        </button>
                        <button type="button" class="button button--quiet" on:click=move |_| ctx.act(|t, _| t.reset_to(t.full_time(preset)))>{t.timer_reset}</button>
                        <button type="button" class="button button--quiet" on:click=move |_| ctx.act(|t, n| t.adjust(-10_000, n))>{step("−10")}</button>
                        <button type="button" class="button button--quiet" on:click=move |_| ctx.act(|t, n| t.adjust(10_000, n))>{step("+10")}</button>
                        <button type="button" class="button button--quiet" on:click=move |_| ctx.act(|t, n| t.adjust(30_000, n))>{step("+30")}</button>
                        // The queue's next speaker, at hand beside the clock (on a phone the
                        // queue itself is a long scroll below).
                        {move || ctx.queue.with(|q| q.waiting.first().map(|w| w.label.clone())).map(|name| view! {
                            <button type="button" class="button button--quiet" on:click=move |_| ctx.call_next()>
                                {crate::i18n::fill(t.queue_next_short, &[("name", &name)])}
                            </button>
                        })}
                    </div>
                    <div class="timer-controls" role="group" aria-label=t.timer_screens>
                        <button type="button" class="button button--quiet" on:click=move |_| platform::toggle_fullscreen()>{t.timer_full_screen}</button>
                        <button type="button" class="button button--quiet" on:click=move |_| { device::open_window(&projector_url(), "gpa2021-projector"); }>{t.timer_projector}</button>
                    </div>
                </div>
                <div class="timer-side">
                    <fieldset class="timer-presets">
                        <legend>{t.timer_preset}</legend>
                        <button type="button" class="button" aria-pressed=move || (timer.with(|t| t.kind) == StatementKind::Delegation).to_string() on:click=move |_| set_preset(StatementKind::Delegation)>
                            {format!("{} — {}", t.kind_delegation, state::display(preset(StatementKind::Delegation)))}
                        </button>
                        <button type="button" class="button" aria-pressed=move || (timer.with(|t| t.kind) == StatementKind::RegionalGroup).to_string() on:click=move |_| set_preset(StatementKind::RegionalGroup)>
                            {format!("{} — {}", t.kind_group, state::display(preset(StatementKind::RegionalGroup)))}
                        </button>
                    </fieldset>
                    <form class="field timer-custom" on:submit=move |ev| {
                        ev.prevent_default();
                        match state::parse_duration(&custom.get_untracked()) {
                            Some(ms) => { set_custom_error.set(false); ctx.act(|t, now| t.set_allotment(StatementKind::Custom, ms, now)); }
                            None => set_custom_error.set(true),
                        }
                    }>
                        <label for="timer-custom">{t.timer_custom}</label>
                        <div class="row">
                            <input id="timer-custom" autocomplete="off" aria-describedby="timer-custom-error"
                                aria-invalid=move || custom_error.get().then_some("true")
                                prop:value=custom on:input=move |ev| set_custom.set(event_target_value(&ev))/>
                            <button type="submit" class="button">{t.timer_set}</button>
                        </div>
                        <p id="timer-custom-error" class="field__error" hidden=move || !custom_error.get()>{t.timer_custom_error}</p>
                    </form>
                    <div class="field">
                        <label for="timer-label">{t.timer_who}</label>
                        <input id="timer-label" autocomplete="off" maxlength=link::MAX_LABEL
                            prop:value=move || timer.with(|t| t.label.clone())
                            on:input=move |ev| { let v = event_target_value(&ev); timer.update(|t| t.label = link::typed_label(&v)); }/>
                    </div>
                    <fieldset class="timer-options">
                        <legend>{t.timer_time_up}</legend>
                        <label class="check"><input type="checkbox" prop:checked=move || options.with(|o| o.chime)
                            on:change=move |_| options.update(|o| { o.chime = !o.chime; o.save(); if o.chime { device::chime(); } })/><span>{t.timer_chime}</span></label>
                        <label class="check"><input type="checkbox" prop:checked=move || options.with(|o| o.vibrate)
                            on:change=move |_| options.update(|o| { o.vibrate = !o.vibrate; o.save(); })/><span>{t.timer_vibrate}</span></label>
                    </fieldset>
                </div>
            </section>
            // The queue the chair works through sits right under the controls; the link for
            // viewers, shared once, after it.
            // Until then a screen's height is held for them, so the footer never moves up
            // into view and back (a layout shift).
            {move || if !below.get() {
            Either::Left(view! { <div class="timer-later" aria-hidden="true"></div> })
            } else {
            platform::dom::next_task(move || qr_ready.set(true));
            Either::Right(view! {
            <queue::QueuePanel ctx=ctx/>
            <section class="timer-share" aria-labelledby="timer-share-title">
                <h2 id="timer-share-title">{t.timer_share_title}</h2>
                <p>{t.timer_share_text}</p>
                <div class="timer-share__grid">
                    <div class="timer-qr" inner_html=qr></div>
                    <div class="field">
                        <label for="timer-link">{t.timer_link}</label>
                        <input id="timer-link" readonly dir="ltr" prop:value=viewer_url/>
                        <div class="row"><ShareButton label=t.timer_share_button title=t.timer_title url=viewer_url/></div>
                        <p class="note">{t.timer_share_note}</p>
                    </div>
                </div>
            </section>
            <section class="timer-keys" aria-labelledby="timer-keys-title">
                <h2 id="timer-keys-title">{t.timer_keys}</h2>
                <dl>
                    <dt><kbd>{t.key_space}</kbd></dt><dd>{t.key_toggle}</dd>
                    <dt><kbd>"R"</kbd></dt><dd>{t.key_reset}</dd>
                    <dt><kbd>"→"</kbd>" "<kbd>"↑"</kbd></dt><dd>{t.key_add}</dd>
                    <dt><kbd>"←"</kbd>" "<kbd>"↓"</kbd></dt><dd>{t.key_remove}</dd>
                    <dt><kbd>"F"</kbd></dt><dd>{t.timer_full_screen}</dd>
                    <dt><kbd>"N"</kbd></dt><dd>{t.key_next}</dd>
                </dl>
            </section>
            })}}
        </div>
    }
}

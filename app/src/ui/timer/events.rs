//! What the chair does on the timer page: its buttons (one delegated listener, the core's
//! `Action`s), its forms (a custom time, who is speaking, a speaker for the queue, the time-up
//! options), and its keys, which act only while the timer's region has the focus (WCAG 2.1.4:
//! a stray R never resets a speech; Space on a focused link or button is that control's).

use super::{preset, save_options, Said, TimerCtx};
use crate::platform::{self, device, dom, Shared};
use crate::programme::meeting;
use crate::render::frame::VIEW;
use crate::render::timer::{self as page, Action, Mode, Slot};
use crate::routes::{AppUrl, Page};
use crate::timer::floor::Act;
use crate::timer::link;
use crate::timer::state::parse_duration;
use crate::timer::StatementKind;
use leptos::prelude::*;
use leptos::task::spawn_local;

pub fn listen(ctx: TimerCtx, lang: Signal<crate::i18n::Lang>) {
    device::watch_focus_origin();
    platform::listen(VIEW, "click", move |ev: web_sys::MouseEvent| {
        if platform::closest_attr(&ev, "button[data-early]", "data-early").as_deref()
            == Some("timer-share")
        {
            return share(ctx, lang);
        }
        let Some(action) = platform::closest_attr(&ev, "button[data-action]", "data-action")
            .and_then(|a| Action::parse(&a))
        else {
            return;
        };
        let id = platform::closest_attr(&ev, "button[data-id]", "data-id")
            .and_then(|i| i.parse::<u32>().ok());
        press(ctx, action, id);
    });
    // Keys, while the timer's region has the focus.
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || device::for_focused_control(&ev) {
            return;
        }
        let in_region = device::focus_within(Slot::Region.id())
            || (ctx.mode != Mode::Control && device::focus_within("main"))
            || ctx.mode == Mode::Projector;
        if !in_region {
            return;
        }
        let Some(action) = Action::of_key(&ev.key()) else {
            return;
        };
        // Space starts the timer only from the region itself, never from a control in it.
        let on_region = device::focus_is(Slot::Region.id()) || ctx.mode != Mode::Control;
        if action == Action::Toggle && !on_region {
            return;
        }
        if ctx.mode != Mode::Control && action != Action::FullScreen {
            return;
        }
        ev.prevent_default();
        press(ctx, action, None);
    });
    std::mem::forget(keys);
    if ctx.mode != Mode::Control {
        return options(ctx);
    }
    // A click on an empty part of the region gives it the focus (so its keys act).
    platform::listen(
        Slot::Region.id(),
        "pointerdown",
        move |ev: web_sys::PointerEvent| {
            if !device::target_within(&ev, "button, a, input, select, label, textarea") {
                platform::focus_id(Slot::Region.id());
            }
        },
    );
    platform::listen(VIEW, "input", move |ev: web_sys::Event| {
        let Some(c) = dom::control_of(&ev) else {
            return;
        };
        match c.name.as_str() {
            "custom" => {
                dom::set_attr(Slot::CustomError.id(), "hidden", Some(""));
                dom::set_text(
                    Slot::CustomPreview.id(),
                    &page::custom_preview(lang.get_untracked(), &c.value),
                );
            }
            "label" if dom::form_of(&ev).as_deref() != Some("queue-add") => {
                ctx.act(Act::Label(c.value))
            }
            "label" => dom::set_attr("queue-label-error", "hidden", Some("")),
            "duration" => dom::set_attr("queue-duration-error", "hidden", Some("")),
            _ => {}
        }
    });
    platform::listen(VIEW, "change", move |ev: web_sys::Event| {
        if let Some(c) = dom::control_of(&ev) {
            if c.name == "kind" {
                show_duration_field();
            }
        }
    });
    options(ctx);
    platform::listen(VIEW, "submit", move |ev: web_sys::Event| {
        ev.prevent_default();
        match dom::form_of(&ev).as_deref() {
            Some("timer-custom-form") => {
                let typed = dom::value_of(Slot::Custom.id()).unwrap_or_default();
                match parse_duration(&typed) {
                    Some(ms) => {
                        dom::set_attr(Slot::CustomError.id(), "hidden", Some(""));
                        ctx.act(Act::Allot(StatementKind::Custom, ms));
                    }
                    None => {
                        dom::set_attr(Slot::CustomError.id(), "hidden", None);
                        dom::set_attr(Slot::Custom.id(), "aria-invalid", Some("true"));
                    }
                }
            }
            Some("queue-add") => add_speaker(ctx),
            _ => {}
        }
    });
    show_duration_field();
}

/// The queue's time field is for the kinds whose time the chair sets.
fn show_duration_field() {
    let kind = dom::value_of("queue-kind")
        .and_then(|v| v.chars().next())
        .and_then(StatementKind::from_code)
        .unwrap_or(StatementKind::Delegation);
    for el in dom::elements(".queue__duration") {
        dom::set_attr_of(&el, "hidden", kind.has_preset().then_some(""));
    }
}

fn add_speaker(ctx: TimerCtx) {
    let label = dom::value_of("queue-label").unwrap_or_default();
    let kind = dom::value_of("queue-kind")
        .and_then(|v| v.chars().next())
        .and_then(StatementKind::from_code)
        .unwrap_or(StatementKind::Delegation);
    let duration = dom::value_of("queue-duration").and_then(|d| parse_duration(&d));
    // A name left empty, or a time missing, is said next to its field (which keeps the
    // focus), never silently ignored.
    if label.trim().is_empty() {
        dom::set_attr("queue-label-error", "hidden", None);
        return platform::focus_id("queue-label");
    }
    if !kind.has_preset() && duration.is_none() {
        dom::set_attr("queue-duration-error", "hidden", None);
        return platform::focus_id("queue-duration");
    }
    ctx.act(Act::Add(label, kind, duration));
    // The queue is drawn anew: the field is empty again, with the focus, for the next one.
    platform::dom::next_task(|| platform::focus_id("queue-label"));
}

fn options(ctx: TimerCtx) {
    platform::listen(VIEW, "change", move |ev: web_sys::Event| {
        let Some(c) = dom::control_of(&ev) else {
            return;
        };
        let mut o = ctx.options.get_untracked();
        match c.name.as_str() {
            "chime" => o.chime = c.checked,
            "vibrate" => o.vibrate = c.checked,
            _ => return,
        }
        ctx.options.set(o);
        save_options(ctx.mode, o);
        if c.name == "chime" && c.checked {
            device::chime();
        }
    });
}

/// A button of the page pressed (or its key).
fn press(ctx: TimerCtx, action: Action, id: Option<u32>) {
    match action {
        Action::Toggle => ctx.act(Act::Toggle),
        Action::Reset => ctx.act(Act::Reset),
        Action::Minus10 => ctx.act(Act::Adjust(-10_000)),
        Action::Plus10 => ctx.act(Act::Adjust(10_000)),
        Action::Plus30 => ctx.act(Act::Adjust(30_000)),
        Action::Next | Action::Pass => {
            ctx.act(if action == Action::Next {
                Act::Next
            } else {
                Act::Pass
            });
            // The clock, where the next speaker now is, comes into view (on a phone the
            // queue is far below it).
            platform::scroll_into_view_if_needed(Slot::Display.id());
            if ctx
                .desk
                .with_untracked(|d| d.floor.queue.waiting.is_empty())
            {
                platform::focus_first_of(vec![format!("#{}", Slot::Toggle.id())]);
            }
        }
        Action::Undo => ctx.undo(),
        Action::FullScreen => device::toggle_fullscreen_of(Slot::Display.id()),
        Action::Projector => {
            let url = ctx.desk.with_untracked(|d| {
                platform::absolute_url(
                    &AppUrl::new(Page::Timer)
                        .with("t", Some(&link::encode(&d.floor.timer)))
                        .with("projector", Some("1"))
                        .to_string(),
                )
            });
            device::open_window(&url, &format!("{}-projector", meeting().id));
        }
        Action::Preset(kind) => ctx.act(Act::Allot(kind, preset(kind))),
        Action::Up | Action::Down => {
            let Some(id) = id else { return };
            let by = if action == Action::Up { -1 } else { 1 };
            ctx.act(Act::Shift(id, by));
            // The list is drawn anew: the focus goes back to the button pressed, on the
            // speaker it moved (the other one at an end, where the pressed one is off).
            let (at, n) = ctx
                .desk
                .with_untracked(|d| (d.floor.queue.place(id), d.floor.queue.waiting.len()));
            let dir = match (by < 0, at) {
                (true, Some(0)) if n > 1 => "down",
                (false, Some(i)) if i + 1 == n && n > 1 => "up",
                (true, _) => "up",
                (false, _) => "down",
            };
            platform::dom::next_task(move || {
                platform::focus_first_of(vec![format!("#queue-{dir}-{id}")])
            });
        }
        Action::Remove => {
            let Some(id) = id else { return };
            let next = ctx.desk.with_untracked(|d| {
                let q = &d.floor.queue;
                let at = q.place(id)?;
                q.waiting
                    .get(at + 1)
                    .or_else(|| at.checked_sub(1).and_then(|i| q.waiting.get(i)))
                    .map(|w| w.id)
            });
            ctx.act(Act::Remove(id));
            platform::dom::next_task(move || {
                platform::focus_first_of(vec![
                    next.map_or("#queue-label".into(), |n| format!("#queue-remove-{n}"))
                ])
            });
        }
        Action::ClearQueue => ctx.act(Act::ClearQueue),
        Action::ClearLog => ctx.act(Act::ClearLog),
        Action::Download => {
            let csv = ctx
                .desk
                .with_untracked(|d| crate::timer::record::csv(meeting(), &d.floor.queue.log));
            platform::download(
                &format!("{}-speakers-log.csv", meeting().id),
                "text/csv",
                &csv,
            );
        }
    }
    if matches!(action, Action::Undo) {
        return;
    }
    // An action that lost nothing leaves the last line as it was, unless it was "undone".
    if ctx.said.with_untracked(|s| matches!(s, Said::Undone)) {
        ctx.said.set(Said::Nothing);
    }
}

/// Shares the viewers' link, and says how beside the button.
fn share(ctx: TimerCtx, lang: Signal<crate::i18n::Lang>) {
    let t = lang.get_untracked();
    let url = dom::value_of(Slot::Link.id()).unwrap_or_default();
    // The links handed out are now this one.
    ctx.shown_since.set(ctx.timer(|t| t.changed_at));
    spawn_local(async move {
        let c = t.text();
        let said = match platform::share_or_copy(t.timer().timer_title, &url).await {
            Shared::Copied => c.share_copied.to_string(),
            Shared::Shared => c.share_shared.to_string(),
            Shared::Failed => format!("{} {url}", c.share_copy_this),
        };
        for el in dom::elements(".timer-share .share__status") {
            dom::set_text_of(&el, &said);
        }
    });
}

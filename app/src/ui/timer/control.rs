//! The chair's controls: the state kept in the URL and on the device and told to other
//! windows, the queue as another tab changed it, and the parts of the controls that follow
//! the floor.

use super::share::share;
use super::{key, preset, Said, TimerCtx};
use crate::platform::{self, device, dom};
use crate::render::timer::{self as page, Slot};
use crate::routes::{AppUrl, Page};
use crate::timer::link;
use crate::timer::queue::Queue;
use crate::timer::StatementKind;
use crate::ui::adopt;
use crate::ui::router::use_nav;
use leptos::prelude::*;

/// The controller keeps its state in the URL and on the device, and tells other windows of
/// each change (not of the state it opened with: a tab opened from an older link does not
/// take over a timer running in another). Other windows of this browser (a projector, another
/// controller tab) follow it; a state already shown is not taken again, so two controllers
/// never echo each other.
pub(super) fn control(
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
    crate::ui::state::follow_storage(key("queue"), move |value| {
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

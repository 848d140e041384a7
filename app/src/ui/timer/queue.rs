//! The speakers queue on the timer page: add, reorder, skip, call the next speaker (who gets
//! their preset), and the log of time used, exportable as CSV. Kept on this device.

use super::{preset, TimerCtx};
use crate::platform;
use crate::timer::queue::{Queue, Removed};
use crate::timer::state;
use crate::timer::{StatementKind, Timer};
use leptos::prelude::*;

pub const STORE_KEY: &str = "gpa2021.queue";

#[component]
pub fn QueuePanel(ctx: TimerCtx) -> impl IntoView {
    let lang = crate::ui::state::use_lang().get_untracked();
    let t = lang.timer();
    let queue = ctx.queue;
    Effect::new(move |first: Option<()>| {
        let text = queue.with(Queue::encode);
        if first.is_some() {
            platform::storage_set(STORE_KEY, &text);
        }
    });
    // The queue as another tab of this browser changed it (one device, one queue).
    crate::ui::state::follow_storage(STORE_KEY, move |value| {
        let theirs = Queue::decode(&value);
        if queue.with_untracked(|q| *q != theirs) {
            queue.set(theirs);
        }
    });
    let (label, set_label) = signal(String::new());
    let (kind, set_kind) = signal(StatementKind::Delegation);

    // The last speaker removed with ✕, until it is undone, another is removed, or the chair
    // moves on here (adds a speaker, or calls one with this panel's button or N; the "Next"
    // beside the clock leaves it): said under the queue's buttons, with an Undo.
    let removed = RwSignal::new(None::<Removed>);
    let next = move || {
        removed.set(None);
        ctx.call_next();
    };
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if matches!(ev.key().as_str(), "n" | "N")
            && !platform::device::in_text_field(&ev)
            && !ev.ctrl_key()
            && !ev.meta_key()
        {
            ev.prevent_default();
            next();
        }
    });
    on_cleanup(move || handle.remove());

    // A name left empty is said next to the field (and the field keeps the focus), not
    // silently ignored.
    let (name_needed, set_name_needed) = signal(false);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let empty = label.with_untracked(|l| l.trim().is_empty());
        let added = queue
            .try_update(|q| q.add(&label.get_untracked(), kind.get_untracked()))
            .unwrap_or(false);
        if added {
            removed.set(None);
            // Back to the common case for the next one: most speakers are delegations.
            set_label.set(String::new());
            set_kind.set(StatementKind::Delegation);
        }
        set_name_needed.set(empty);
        if empty {
            platform::focus_id("queue-label");
        }
    };
    // The list is drawn anew when it changes, so keyboard focus is put back on the button
    // that was pressed, on the speaker it moved (or on what is left after a removal).
    let shift = move |id: u32, by: i32| {
        queue.update(|q| q.shift(id, by));
        let (at, n) = queue.with_untracked(|q| (q.place(id), q.waiting.len()));
        // At the top (bottom) the pressed button is switched off: the other one takes focus.
        let dir = match (by < 0, at) {
            (true, Some(0)) if n > 1 => "down",
            (false, Some(i)) if i + 1 == n && n > 1 => "up",
            (true, _) => "up",
            (false, _) => "down",
        };
        platform::focus_first_of(vec![format!("#queue-{dir}-{id}")]);
    };
    let remove = move |id: u32| {
        let gone = queue.try_update(|q| q.remove(id)).flatten();
        let next = gone.as_ref().and_then(|r| r.in_place);
        if gone.is_some() {
            removed.set(gone);
        }
        platform::focus_first_of(vec![
            next.map_or("#queue-label".to_string(), |n| format!("#queue-remove-{n}"))
        ]);
    };
    let undo = move |_| {
        let Some(r) = removed.get_untracked() else {
            return;
        };
        if queue.try_update(|q| q.put_back(&r)).unwrap_or(false) {
            platform::focus_first_of(vec![format!("#queue-remove-{}", r.who.id)]);
        }
        removed.set(None);
    };
    // "Next speaker" has nothing to do: no one waits and no one has started speaking.
    let next_off =
        move || queue.with(|q| q.waiting.is_empty()) && !ctx.timer.with(Timer::has_started);
    let rows = move || {
        queue.with(|q| {
            let n = q.waiting.len();
            q.waiting
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    let id = w.id;
                    let name = w.label.clone();
                    let with_name = |text: &str| crate::i18n::fill(text, &[("name", &name)]);
                    let (up, down, remove_label) = (with_name(t.queue_up), with_name(t.queue_down), with_name(t.queue_remove));
                    view! {
                        <li class="queue__item">
                            <span class="queue__pos">{i + 1}"."</span>
                            <span class="queue__name">{name.clone()}</span>
                            <span class="queue__kind">{format!("{} · {}", lang.kind(w.kind), state::display(preset(w.kind)))}</span>
                            <span class="queue__actions">
                                <button type="button" class="icon-button" id=format!("queue-up-{id}") aria-label=up disabled=i == 0 on:click=move |_| shift(id, -1)>"↑"</button>
                                <button type="button" class="icon-button" id=format!("queue-down-{id}") aria-label=down disabled=i + 1 == n on:click=move |_| shift(id, 1)>"↓"</button>
                                <button type="button" class="icon-button" id=format!("queue-remove-{id}") aria-label=remove_label on:click=move |_| remove(id)>"✕"</button>
                            </span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let log_rows = move || {
        queue.with(|q| {
            q.log
                .iter()
                .map(|s| {
                    let over = s.overrun();
                    view! {
                        <tr class:overrun={over >= 1000}>
                            <td>{if s.label.is_empty() { t.queue_no_name.to_string() } else { s.label.clone() }}<span class="log__kind">{lang.kind(s.kind)}</span></td>
                            <td>{state::display(s.allotted)}</td>
                            <td>{state::elapsed(s.used)}</td>
                            <td>{if over >= 1000 { format!("+{}", state::elapsed(over)) } else { "—".to_string() }}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="queue" aria-labelledby="queue-title">
            <h2 id="queue-title">{t.queue_title}</h2>
            <p class="note">{t.queue_note}</p>
            <form class="queue__add" on:submit=add>
                <div class="field">
                    <label for="queue-label">{t.queue_who}</label>
                    <input id="queue-label" autocomplete="off" maxlength=crate::timer::link::MAX_LABEL aria-describedby="queue-label-error"
                        aria-invalid=move || name_needed.get().then_some("true")
                        prop:value=label on:input=move |ev| { set_name_needed.set(false); set_label.set(event_target_value(&ev)); }/>
                    <p id="queue-label-error" class="field__error" hidden=move || !name_needed.get()>{t.queue_name_needed}</p>
                </div>
                <div class="field">
                    <label for="queue-kind">{t.queue_statement}</label>
                    <select id="queue-kind" prop:value=move || if kind.get() == StatementKind::RegionalGroup { "g" } else { "d" } on:change=move |ev| set_kind.set(if event_target_value(&ev) == "g" { StatementKind::RegionalGroup } else { StatementKind::Delegation })>
                        <option value="d">{format!("{} ({})", t.kind_delegation, state::display(preset(StatementKind::Delegation)))}</option>
                        <option value="g">{format!("{} ({})", t.kind_group, state::display(preset(StatementKind::RegionalGroup)))}</option>
                    </select>
                </div>
                <button type="submit" class="button">{t.queue_add}</button>
            </form>
            <div class="row">
                <button type="button" class="button" id="queue-next"
                    disabled=next_off
                    on:click=move |_| {
                        next();
                        // With no one left and nothing started this button is switched off:
                        // focus moves to Start.
                        let to = if untrack(next_off) { "#timer-toggle" } else { "#queue-next" };
                        platform::focus_first_of(vec![to.into()]);
                    }>
                    {move || queue.with(|q| q.waiting.first().map_or(t.queue_finish.to_string(), |w| crate::i18n::fill(t.queue_next, &[("name", &w.label)])))}
                </button>
                <button type="button" class="button button--quiet" disabled=move || queue.with(|q| q.waiting.len() < 2) on:click=move |_| queue.update(Queue::skip)>{t.queue_skip}</button>
            </div>
            <div role="status">
                {move || removed.with(|r| r.as_ref().map(|r| crate::i18n::fill(t.queue_removed, &[("name", &r.who.label)]))).map(|said| view! {
                    <p class="queue__undo">{said}" "<button type="button" class="button button--quiet" id="queue-undo" on:click=undo>{t.queue_undo}</button></p>
                })}
            </div>
            <Show when=move || queue.with(|q| !q.waiting.is_empty()) fallback=|| view! { <p class="empty-line">{t.queue_none}</p> }>
                <ol class="queue__list">{rows}</ol>
            </Show>
            <h3 id="queue-used">{t.queue_used}</h3>
            <Show when=move || queue.with(|q| !q.log.is_empty()) fallback=|| view! { <p class="empty-line">{t.queue_log_none}</p> }>
                // Scrolled sideways on a narrow phone, so it takes the keyboard focus too.
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="queue-used">
                    <table class="log">
                        <thead><tr><th scope="col">{t.col_speaker}</th><th scope="col">{t.col_allotted}</th><th scope="col">{t.col_used}</th><th scope="col">{t.col_overrun}</th></tr></thead>
                        <tbody>{log_rows}</tbody>
                    </table>
                </div>
            </Show>
            <div class="row">
                <button type="button" class="button button--quiet" disabled=move || queue.with(|q| q.log.is_empty())
                    on:click=move |_| { platform::download("speakers-log.csv", "text/csv", &queue.with(Queue::log_csv)); }>{t.queue_download}</button>
                <button type="button" class="button button--quiet button--danger" disabled=move || queue.with(|q| q.log.is_empty())
                    on:click=move |_| if platform::confirm(t.queue_clear_log_confirm) { queue.update(|q| q.log.clear()) }>{t.queue_clear_log}</button>
                <button type="button" class="button button--quiet button--danger" disabled=move || queue.with(|q| q.waiting.is_empty())
                    on:click=move |_| if platform::confirm(t.queue_clear_confirm) { queue.update(|q| q.waiting.clear()) }>{t.queue_clear}</button>
            </div>
        </section>
    }
}

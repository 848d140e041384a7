//! Keeps a slot of rendered HTML current: the content of the element with an id follows a
//! reactive render function. The first render is the HTML the page already has (from the
//! static page or the view's initial markup); after that, only a change touches the DOM.

use crate::form::FormState;
use crate::platform::dom;
use crate::programme::meeting;
use leptos::prelude::*;

pub fn bind(id: &'static str, html: impl Fn() -> String + Send + Sync + 'static) {
    bind_from(id, untrack(&html), html);
}

/// [`bind`], given the HTML the slot has now (when the caller has rendered it already).
pub fn bind_from(id: &'static str, now: String, html: impl Fn() -> String + Send + Sync + 'static) {
    let last = StoredValue::new(now);
    let follow = move || {
        Effect::new(move |_| {
            let next = html();
            if last.with_value(|l| *l != next) {
                dom::set_inner_html(id, &next);
                last.set_value(next);
            }
        });
    };
    // The first run of the effect renders the slot again only to learn what it reads (the page
    // has its HTML already): it runs in a task of its own, so taking the page over is two
    // shorter tasks rather than one long one (Lighthouse's total blocking time). A change in
    // between is still caught: that run renders the state as it is then. A page gone by then
    // (its owner disposed, `last` with it) starts nothing.
    match Owner::current() {
        Some(owner) => dom::next_task(move || {
            if last.try_with_value(|_| ()).is_some() {
                owner.with(follow)
            }
        }),
        None => follow(),
    }
}

/// Binds a filter form: its controls follow `state` (back/forward, "clear all", a link; only
/// what differs changes, so typing is never disturbed), and returns the listener for its
/// `input`/`change` events, which hands each change to `set` (new state, replace history?).
pub fn bind_form<F: FormState + Clone + Send + Sync + 'static>(
    form_id: &'static str,
    state: Memo<F>,
    set: impl Fn(F, bool) + Copy + 'static,
) -> impl Fn(web_sys::Event) + Copy + 'static {
    Effect::new(move |_| {
        state.with(|f| dom::sync_form(form_id, |n, v| f.is_checked(n, v), |n| f.field_value(n)))
    });
    move |ev: web_sys::Event| {
        let Some(c) = dom::control_of(&ev) else {
            return;
        };
        let (next, replace) =
            state.with_untracked(|f| f.with_control(meeting(), &c.name, &c.value, c.checked));
        if state.with_untracked(|cur| *cur != next) {
            set(next, replace);
        }
    }
}

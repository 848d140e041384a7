//! Adoption: the app adopts the page the build wrote instead of building it again.
//!
//! The static page is the app's first state, written by the core's renderers (the same ones
//! the app uses), so there is nothing to rebuild, warm up, swap or hand over:
//!
//! 1. The page paints from its static HTML; its first script (`web/early.js`) has set the base,
//!    the embedding attributes and the variant, and marks stars tapped at once. The boot
//!    module loads the wasm after the first paint.
//! 2. The app reads the address, the device (language, "my agenda") and the clock, and binds
//!    each slot of the page to its state ([`slot`], [`slot_html`]): an element whose
//!    `data-key` says which state it shows (`render::slot`). A slot is rendered only when the
//!    key of its state differs from the element's. A page opened as the build wrote it (no
//!    filter, nothing starred) renders nothing at all; a filtered link renders the slots it
//!    changes, and a language other than the page's renders the page in it.
//! 3. The stars and the visitors' local times are set in place ([`stars`], [`local_times`]),
//!    never by rendering the sessions again.
//! 4. One delegated listener per page takes its buttons (`data-action`, the core's `Action`
//!    enums) and its form controls; the router takes its links.
//! 5. What the visitor did before is in the page already and stays: text typed and boxes
//!    ticked are announced to the app from the form ([`dom::replay_changed`]), stars tapped
//!    come from the first script (`platform::take_early_stars`).
//! 6. `data-app="ready"` on `<html>` tells `guard.js` (and the tests) that the app answers.

use crate::i18n::Lang;
use crate::platform::{self, dom};
use crate::programme::favourites::Favourites;
use crate::programme::meeting;
use crate::render::agenda::{local_line, local_span, LOCAL};
use crate::render::slot::{html_key, KEY};
use leptos::prelude::*;

/// Keeps the slot with this `id` showing its state: `key` (tracked) says which state, and the
/// slot is rendered by `render` (untracked) whenever that differs from the key the element
/// holds: not at all if the static page shows it already. `then` runs after each render.
pub fn slot(
    id: &'static str,
    key: impl Fn() -> String + 'static,
    render: impl Fn() -> String + 'static,
    then: impl Fn() + 'static,
) {
    Effect::new(move |_| {
        let key = key();
        if dom::attr(id, KEY).as_deref() != Some(key.as_str()) {
            let html = untrack(&render);
            dom::set_inner_html(id, &html);
            dom::set_attr(id, KEY, Some(&key));
            then();
        }
    });
}

/// [`slot`] for a small slot whose key is a hash of its content (`render::slot::html_key`).
pub fn slot_html(id: &'static str, render: impl Fn() -> String + 'static) {
    Effect::new(move |_| {
        let html = render();
        let key = html_key(&html);
        if dom::attr(id, KEY).as_deref() != Some(key.as_str()) {
            dom::set_inner_html(id, &html);
            dom::set_attr(id, KEY, Some(&key));
        }
    });
}

/// Keeps a text of the page current (a count, a label): only a change touches the DOM, so a
/// live region does not repeat itself.
pub fn text(id: &'static str, text: impl Fn() -> String + 'static) {
    Effect::new(move |_| dom::set_text(id, &text()));
}

/// How long typing must pause before a status line is written (and so read out).
const TYPING_PAUSE: std::time::Duration = std::time::Duration::from_millis(700);

/// A status line (`role="status"`, read out by a screen reader at each change) that follows
/// `text`: at once for a change made by a click or a key on a control, but only once typing
/// pauses for a change made by typing in a field, so "5 of 7, 4 of 7, 3 of 7" is not read out
/// keystroke by keystroke; the list itself follows every keystroke.
pub fn status(id: &'static str, text: impl Fn() -> String + 'static) {
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let text = text();
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if !dom::typing() {
            return dom::set_text(id, &text);
        }
        let later = set_timeout_with_handle(move || dom::set_text(id, &text), TYPING_PAUSE);
        pending.set_value(later.ok());
    });
}

/// Every star of the page ("add to my agenda") shows whether its session is in `favourites`.
pub fn set_stars(favourites: &Favourites, lang_words: (&str, &str)) {
    for button in dom::elements("main button[data-star]") {
        let Some(id) = button.get_attribute("data-star") else {
            continue;
        };
        let on = favourites.contains(&id);
        dom::set_attr_of(
            &button,
            "aria-pressed",
            Some(if on { "true" } else { "false" }),
        );
        if let Ok(Some(icon)) = button.query_selector(".star__icon") {
            dom::set_text_of(&icon, if on { "★" } else { "☆" });
        }
        // The word beside the icon: "Add to my agenda" or "In my agenda".
        if let Ok(Some(word)) = button.query_selector(".star__word") {
            dom::set_text_of(&word, if on { lang_words.1 } else { lang_words.0 });
        }
    }
}

/// Keeps the stars of the page current with "my agenda" (and after any slot renders).
pub fn stars(
    favourites: RwSignal<Favourites>,
    words: impl Fn() -> (&'static str, &'static str) + 'static,
) {
    Effect::new(move |_| favourites.with(|f| set_stars(f, words())));
}

/// Writes each session's time in the visitor's own zone into its place on the page
/// (`render::agenda::LOCAL`), when that zone is not the meeting's.
pub fn set_local_times(t: crate::render::Tx) {
    let m = meeting();
    for el in dom::elements(&format!("main [{LOCAL}]")) {
        let Some((start, end)) = el.get_attribute(LOCAL).as_deref().and_then(local_span) else {
            continue;
        };
        let offset = platform::local_utc_offset_minutes(start);
        match local_line(m, t, start, end, offset) {
            Some(line) => {
                dom::set_text_of(&el, &line);
                dom::set_attr_of(&el, "hidden", None);
            }
            None => dom::set_attr_of(&el, "hidden", Some("")),
        }
    }
}

thread_local! {
    static LATER: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Leaves part of a page's start to a task of its own, run before the app answers (so the
/// page's buttons and keys must be bound by the last of them).
pub fn later(f: impl FnOnce() + 'static) {
    LATER.with_borrow_mut(|l| l.push(Box::new(f)));
}

/// Runs what was left [`later`], one task each, in `owner`, then `done` in the same task as
/// the last.
pub fn run_later(owner: Owner, done: impl FnOnce() + 'static) {
    let first = LATER.with_borrow_mut(|l| (!l.is_empty()).then(|| l.remove(0)));
    match first {
        None => {
            owner.with(done);
            // The app lives as long as the page.
            std::mem::forget(owner);
        }
        Some(f) => dom::next_task(move || {
            owner.with(f);
            run_later(owner, done);
        }),
    }
}

/// The app answers from now on (`guard.js` stops standing in for it).
pub fn ready() {
    platform::embed::set_root_attr("data-app", Some("ready"));
}

/// The language the static page was written in (`<html lang>` as the build wrote it, before
/// the app changed it).
pub fn static_lang() -> Lang {
    thread_local! {
        static FIRST: Lang = platform::embed::root_attr("lang")
            .and_then(|l| Lang::parse(&l))
            .unwrap_or(Lang::En);
    }
    FIRST.with(|l| *l)
}

//! Small DOM operations for content rendered as HTML (see `crate::render`): filling a slot,
//! setting a text, reading a form control from an event, and keeping a form in step with state.

use super::document;
use wasm_bindgen::JsCast;

fn by_id(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}

/// Replaces the content of the element with this id.
pub fn set_inner_html(id: &str, html: &str) {
    if let Some(el) = by_id(id) {
        if el.inner_html() != html {
            el.set_inner_html(html);
        }
    }
}

/// Sets the text of the element with this id (does nothing when unchanged, so live regions
/// do not repeat themselves).
pub fn set_text(id: &str, text: &str) {
    if let Some(el) = by_id(id) {
        if el.text_content().as_deref() != Some(text) {
            el.set_text_content(Some(text));
        }
    }
}

/// Opens or closes a disclosure: flips `aria-expanded` on the button and `is-open` on the
/// element it controls.
pub fn toggle_disclosure(button_id: &str) {
    let Some(button) = by_id(button_id) else {
        return;
    };
    let open = button.get_attribute("aria-expanded").as_deref() != Some("true");
    let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
    if let Some(panel) = button
        .get_attribute("aria-controls")
        .and_then(|id| by_id(&id))
    {
        let _ = panel.class_list().toggle_with_force("is-open", open);
    }
}

/// A form control an event happened on: its name, value and (for radios and checkboxes)
/// whether it is checked.
pub struct Control {
    pub name: String,
    pub value: String,
    pub checked: bool,
}

pub fn control_of(ev: &web_sys::Event) -> Option<Control> {
    let target = ev.target()?;
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some(Control {
            name: input.name(),
            value: input.value(),
            checked: input.checked(),
        });
    }
    let select = target.dyn_ref::<web_sys::HtmlSelectElement>()?;
    Some(Control {
        name: select.name(),
        value: select.value(),
        checked: true,
    })
}

/// Sets every control of a form from state: `checked(name, value)` for radios and checkboxes,
/// `value(name)` for the others. Only what differs is touched, so typing is never disturbed.
pub fn sync_form(
    form_id: &str,
    checked: impl Fn(&str, &str) -> bool,
    value: impl Fn(&str) -> Option<String>,
) {
    let Some(form) = by_id(form_id) else { return };
    let Ok(controls) = form.query_selector_all("input[name], select[name]") else {
        return;
    };
    for i in 0..controls.length() {
        let Some(node) = controls.item(i) else {
            continue;
        };
        if let Some(input) = node.dyn_ref::<web_sys::HtmlInputElement>() {
            let kind = input.type_();
            if kind == "radio" || kind == "checkbox" {
                let want = checked(&input.name(), &input.value());
                if input.checked() != want {
                    input.set_checked(want);
                }
            } else if let Some(want) = value(&input.name()) {
                if input.value() != want {
                    input.set_value(&want);
                }
            }
        } else if let Some(select) = node.dyn_ref::<web_sys::HtmlSelectElement>() {
            if let Some(want) = value(&select.name()) {
                if select.value() != want {
                    select.set_value(&want);
                }
            }
        }
    }
}

/// What a visitor did to the static page before the app took it over: form controls they
/// changed and the element they focused, so nothing typed or ticked is lost.
#[derive(Default)]
pub struct Snapshot {
    controls: Vec<(String, String, String, bool)>,
    focused: Option<String>,
}

fn controls(root: &web_sys::Element) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all("form[id] input[name], form[id] select[name]") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// Whether the visitor changed a control from what the HTML said.
fn changed(el: &web_sys::Element) -> bool {
    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        return i.value() != i.default_value() || i.checked() != i.default_checked();
    }
    el.dyn_ref::<web_sys::HtmlSelectElement>().is_some_and(|s| {
        let options = s.options();
        (0..options.length())
            .filter_map(|i| {
                options
                    .item(i)?
                    .dyn_into::<web_sys::HtmlOptionElement>()
                    .ok()
            })
            .any(|o| o.selected() != o.default_selected())
    })
}

fn state_of(el: &web_sys::Element) -> Option<(String, String, String, bool)> {
    let form = el.closest("form[id]").ok()??.id();
    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some((form, i.name(), i.value(), i.checked()));
    }
    let s = el.dyn_ref::<web_sys::HtmlSelectElement>()?;
    Some((form, s.name(), s.value(), true))
}

/// Removes the static copy of the page the build wrote into `<body>` (see `src/bin/prerender.rs`)
/// as the app mounts its frame, except its `<main>` and footer, which stay until the app has
/// built its page (see [`place_frame`], [`drop_held`]). `<noscript>`, scripts and the error
/// banner stay.
pub fn clear_prerendered() {
    let Some(body) = document().and_then(|d| d.body()) else {
        return;
    };
    let children = body.children();
    let mut remove = Vec::new();
    for i in 0..children.length() {
        if let Some(el) = children.item(i) {
            let keep =
                matches!(el.tag_name().as_str(), "NOSCRIPT" | "SCRIPT") || el.id() == "app-error";
            if !keep {
                remove.push(el);
            }
        }
    }
    for el in remove {
        // The static `<main>` and what follows it stay until the app's page is built.
        let stays = el.tag_name() == "MAIN" || el.class_name() == "frame-bottom";
        if stays && HELD.with_borrow(|h| h.shown.len() < 2) {
            HELD.with_borrow_mut(|h| h.shown.push(el));
        } else {
            el.remove();
        }
    }
}

/// The static page's `<main>` and footer, shown until the app has built its page, and the
/// app's own, hidden until then (see [`place_frame`]).
#[derive(Default)]
struct Held {
    shown: Vec<web_sys::Element>,
    hidden: Vec<web_sys::Element>,
}

thread_local! {
    static HELD: std::cell::RefCell<Held> = std::cell::RefCell::new(Held::default());
}

/// The last node of `<body>`: the app mounts its nodes after it.
pub fn body_end() -> Option<web_sys::Node> {
    document()?.body()?.last_child()
}

/// Puts the frame the app has just mounted after `end` around the static page's `<main>` and
/// footer, which [`clear_prerendered`] left in place: the app's nodes before its own `<main>`
/// go before the static one, and the app's `<main>` and footer stay hidden until
/// [`drop_held`]. So the app builds its frame in one task and its page in later ones, the
/// visitor sees the same page in between, and the static content is neither moved nor laid out
/// again. The static footer goes with the static page: a footer that moved when the app's page
/// (taller or shorter) replaced it would be a layout shift; one shown anew is not.
pub fn place_frame(end: Option<web_sys::Node>) {
    HELD.with_borrow_mut(|held| {
        let Some(first) = held.shown.first().cloned() else {
            return;
        };
        let Some(body) = first.parent_node() else {
            return;
        };
        let mut next = match end {
            Some(end) => end.next_sibling(),
            None => body.first_child(),
        };
        let mut after_main = false;
        while let Some(node) = next {
            next = node.next_sibling();
            let el = node.dyn_ref::<web_sys::Element>();
            after_main |= el.is_some_and(|e| e.tag_name() == "MAIN");
            if !after_main {
                let _ = body.insert_before(&node, Some(&first));
            } else if let Some(el) = el {
                let _ = el.set_attribute("hidden", "");
                held.hidden.push(el.clone());
            }
        }
    });
}

/// Removes the static `<main>` and footer and shows the app's, once the app has built its page.
/// Returns what the visitor had changed on the static page (nothing when it was not there).
pub fn drop_held() -> Snapshot {
    let held = HELD.take();
    let snapshot = held.shown.first().map(snapshot_of).unwrap_or_default();
    for el in held.shown {
        el.remove();
    }
    for el in held.hidden {
        let _ = el.remove_attribute("hidden");
    }
    snapshot
}

/// What the visitor changed in the static page's `<main>`: the controls they changed and the
/// element they focused.
fn snapshot_of(main: &web_sys::Element) -> Snapshot {
    // `guard.js` notes whether the visitor changed a control; if not, there is nothing to
    // look for (and looking costs the takeover a few milliseconds on a slow phone).
    let typed = !super::take_early("gpaEarlyInput").is_empty();
    Snapshot {
        controls: if typed {
            controls(main)
                .iter()
                .filter(|el| changed(el))
                .filter_map(state_of)
                .collect()
        } else {
            Vec::new()
        },
        focused: document()
            .and_then(|d| d.active_element())
            .map(|e| e.id())
            .filter(|id| !id.is_empty()),
    }
}

/// Applies a [`Snapshot`] to the page the app rendered: each control that differs is set and
/// announced with an `input` event (so the app acts on it), and focus goes back where it was.
pub fn restore(snapshot: Snapshot) {
    let Some(doc) = document() else { return };
    let Some(body) = doc.body() else { return };
    let controls = if snapshot.controls.is_empty() {
        Vec::new()
    } else {
        controls(&body)
    };
    for el in controls {
        let Some(now) = state_of(&el) else { continue };
        let Some(before) = snapshot
            .controls
            .iter()
            .find(|c| c.0 == now.0 && c.1 == now.1 && (c.2 == now.2 || !is_choice(&el)))
        else {
            continue;
        };
        if *before == now {
            continue;
        }
        if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
            if i.type_() == "radio" && !before.3 {
                continue; // unchecked when its group's chosen radio is checked
            }
            if is_choice(&el) {
                i.set_checked(before.3);
            } else {
                i.set_value(&before.2);
            }
        } else if let Some(s) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
            s.set_value(&before.2);
        }
        if let Ok(ev) = web_sys::Event::new_with_event_init_dict("input", &{
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            init
        }) {
            let _ = el.dispatch_event(&ev);
        }
    }
    if let Some(el) = snapshot
        .focused
        .and_then(|id| doc.get_element_by_id(&id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Presses again, on the page the app rendered, the buttons pressed on the static page before
/// the app started (`guard.js` records their `data-early` or `data-action`). A key is a few
/// lowercase letters and dashes, or it is ignored.
pub fn replay_early_buttons() {
    let Some(body) = document().and_then(|d| d.body()) else {
        return;
    };
    for key in super::take_early("gpaEarlyActions").iter().take(8) {
        if key.is_empty()
            || key.len() > 24
            || !key.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        {
            continue;
        }
        let selector = format!("button[data-early=\"{key}\"], button[data-action=\"{key}\"]");
        if let Some(button) = body
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            button.click();
        }
    }
}

fn is_choice(el: &web_sys::Element) -> bool {
    el.dyn_ref::<web_sys::HtmlInputElement>()
        .is_some_and(|i| matches!(i.type_().as_str(), "radio" | "checkbox"))
}

/// Runs `f` in a task of its own, right after the current one (a message to itself: unlike a
/// zero timeout, not clamped, and not held back by a test's fake clock). Runs `f` at once if
/// the browser has no `MessageChannel`.
pub fn next_task(f: impl FnOnce() + 'static) {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        f();
        return;
    };
    let (receiver, sender) = (channel.port1(), channel.port2());
    let callback = wasm_bindgen::closure::Closure::once_into_js(move || {
        // The channel lives until its message has arrived.
        drop(channel);
        f();
    });
    let callback: &js_sys::Function = callback.unchecked_ref();
    receiver.set_onmessage(Some(callback));
    if sender.post_message(&wasm_bindgen::JsValue::NULL).is_err() {
        receiver.set_onmessage(None);
        let _ = callback.call0(&wasm_bindgen::JsValue::NULL);
    }
}

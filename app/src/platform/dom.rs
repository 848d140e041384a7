//! Small DOM operations for content rendered as HTML (see `crate::render`): filling a slot,
//! setting a text or an attribute, reading a form control from an event, keeping a form in
//! step with state, and announcing what the visitor typed before the app started.

use super::document;
use wasm_bindgen::JsCast;

fn by_id(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}

/// Replaces the content of the element with this id.
pub fn set_inner_html(id: &str, html: &str) {
    if let Some(el) = by_id(id) {
        el.set_inner_html(html);
    }
}

/// Sets the value of the input with this id, when it differs.
pub fn set_value(id: &str, value: &str) {
    if let Some(input) = by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        if input.value() != value {
            input.set_value(value);
        }
    }
}

/// The value of the input or select with this id.
pub fn value_of(id: &str) -> Option<String> {
    let el = by_id(id)?;
    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some(i.value());
    }
    el.dyn_ref::<web_sys::HtmlSelectElement>()
        .map(|s| s.value())
}

/// Sets a CSS custom property (or another property) of an element, through the CSSOM, which
/// a strict policy allows (a `style` attribute in markup it does not).
pub fn set_style_of(el: &web_sys::Element, name: &str, value: &str) {
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let style = el.style();
        if style.get_property_value(name).ok().as_deref() != Some(value) {
            let _ = style.set_property(name, value);
        }
    }
}

/// Sets the text of the element with this id (does nothing when unchanged, so live regions
/// do not repeat themselves).
/// Whether the visitor is typing: the focus is in a field of text (a search box).
pub fn typing() -> bool {
    document()
        .and_then(|d| d.active_element())
        .is_some_and(|el| match el.tag_name().as_str() {
            "TEXTAREA" => true,
            "INPUT" => matches!(
                el.get_attribute("type").as_deref(),
                None | Some("text" | "search")
            ),
            _ => false,
        })
}

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

/// The id of the form of the control an event happened on.
/// Calls `f` with each change of a control of the form `form` inside `view` (typing, ticking,
/// choosing): one delegated listener for `input` and `change`, for a form the static page
/// already has.
pub fn on_form_controls(
    view: &'static str,
    form: &'static str,
    f: impl Fn(Control) + Copy + 'static,
) {
    let on = move |ev: web_sys::Event| {
        if form_of(&ev).as_deref() != Some(form) {
            return;
        }
        if let Some(c) = control_of(&ev) {
            f(c);
        }
    };
    super::listen(view, "input", on);
    super::listen(view, "change", on);
}

pub fn form_of(ev: &web_sys::Event) -> Option<String> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    Some(el.closest("form[id]").ok()??.id())
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

/// An attribute of the element with this id.
pub fn attr(id: &str, name: &str) -> Option<String> {
    by_id(id)?.get_attribute(name)
}

/// Sets an attribute of the element with this id (`None` removes it); only what differs.
pub fn set_attr(id: &str, name: &str, value: Option<&str>) {
    if let Some(el) = by_id(id) {
        set_attr_of(&el, name, value);
    }
}

/// Sets an attribute of an element (`None` removes it), when it differs.
pub fn set_attr_of(el: &web_sys::Element, name: &str, value: Option<&str>) {
    if el.get_attribute(name).as_deref() != value {
        let _ = match value {
            Some(v) => el.set_attribute(name, v),
            None => el.remove_attribute(name),
        };
    }
}

/// Sets the text of an element, when it differs.
pub fn set_text_of(el: &web_sys::Element, text: &str) {
    if el.text_content().as_deref() != Some(text) {
        el.set_text_content(Some(text));
    }
}

/// The elements a selector matches in the document, in order.
pub fn elements(selector: &str) -> Vec<web_sys::Element> {
    let Some(list) = document().and_then(|d| d.query_selector_all(selector).ok()) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// Announces, with an `input` event, each control of a form that holds something else than the
/// page's HTML said (typed or ticked before the app started), so the app takes it as if it had
/// been there: the visitor's early input simply stays.
pub fn replay_changed(form_id: &str) {
    let Some(form) = by_id(form_id) else { return };
    let Ok(list) = form.query_selector_all("input[name], select[name]") else {
        return;
    };
    for i in 0..list.length() {
        let Some(el) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if !changed(&el) {
            continue;
        }
        // A radio that was unticked by ticking another of its group says nothing itself.
        if el
            .dyn_ref::<web_sys::HtmlInputElement>()
            .is_some_and(|i| i.type_() == "radio" && !i.checked())
        {
            continue;
        }
        if let Ok(ev) = web_sys::Event::new_with_event_init_dict("input", &{
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            init
        }) {
            let _ = el.dispatch_event(&ev);
        }
    }
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

/// Presses again, once the app has taken the page over, the buttons pressed before it started (`guard.js` records their `data-early` or `data-action`). A key is a few
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

/// A new empty element at the start of `<body>`, for a view the app mounts there.
pub fn new_first_in_body() -> Option<web_sys::HtmlElement> {
    let doc = document()?;
    let body = doc.body()?;
    let el: web_sys::HtmlElement = doc.create_element("div").ok()?.dyn_into().ok()?;
    body.insert_before(&el, body.first_child().as_ref()).ok()?;
    Some(el)
}

/// The element with this id, emptied (for a view the app mounts in place of its content).
pub fn take_children_of(id: &str) -> Option<web_sys::HtmlElement> {
    let el: web_sys::HtmlElement = by_id(id)?.dyn_into().ok()?;
    el.set_inner_html("");
    Some(el)
}

/// Of a page written with a variant per key (`render::variants`), keeps the variant of `key`
/// (or the one for any other key, when there is none of its own) and removes the others.
pub fn keep_variant(key: &str) {
    let all = elements("[data-variant]");
    let has_own = all
        .iter()
        .any(|v| v.get_attribute("data-variant").as_deref() == Some(key));
    let kept = if has_own { key } else { "" };
    for v in all {
        if v.get_attribute("data-variant").as_deref() != Some(kept) {
            v.remove();
        }
    }
}

/// The id of the place in `<main>` for a view the app mounts over the page's own content.
const MOUNTED: &str = "mounted";

/// A new empty element at the end of `<main>`, for a view the app mounts over the page.
pub fn new_in_main() -> Option<web_sys::HtmlElement> {
    let doc = document()?;
    let main = doc.get_element_by_id("main")?;
    let el: web_sys::HtmlElement = doc.create_element("div").ok()?.dyn_into().ok()?;
    el.set_id(MOUNTED);
    main.append_child(&el).ok()?;
    Some(el)
}

/// Removes the place [`new_in_main`] made.
pub fn remove_mounted_in_main() {
    if let Some(el) = by_id(MOUNTED) {
        el.remove();
    }
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

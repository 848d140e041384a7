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

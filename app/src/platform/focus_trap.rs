//! A full-screen view keeps the keyboard: the page behind it inert, and Tab wrapped inside it.

use super::document;
use wasm_bindgen::JsCast;

/// Makes every element matching `selector` inert (not focusable, not clickable, hidden from
/// assistive technology) or lively again: the page behind a full-screen view.
pub fn set_inert(selector: &str, inert: bool) {
    let Some(list) = document().and_then(|d| d.query_selector_all(selector).ok()) else {
        return;
    };
    for el in (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
    {
        let _ = if inert {
            el.set_attribute("inert", "")
        } else {
            el.remove_attribute("inert")
        };
    }
}

/// Keeps Tab inside `container` (a full-screen view): from its last control Tab goes to its
/// first, and from its first (or the container itself) Shift+Tab to its last. Returns whether it
/// moved the focus (then the key's default must be prevented).
pub fn wrap_tab(container: &str, backwards: bool) -> bool {
    let Some(doc) = document() else { return false };
    let Some(list) = doc
        .query_selector_all(&format!(
            "{container} button, {container} a[href], {container} input"
        ))
        .ok()
    else {
        return false;
    };
    let controls: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        return false;
    };
    let active = doc.active_element();
    let is = |el: &web_sys::HtmlElement| active.as_ref().is_some_and(|a| a == el.as_ref());
    let on_container = active
        .as_ref()
        .and_then(|a| a.matches(container).ok())
        .unwrap_or(false);
    let to = if backwards && (is(first) || on_container) {
        last
    } else if !backwards && is(last) {
        first
    } else {
        return false;
    };
    to.focus().is_ok()
}

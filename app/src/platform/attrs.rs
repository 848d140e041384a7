//! The attributes of the page's elements: of the element an event happened in (delegated
//! handling of buttons inside rendered content), and of every element matching a selector.

use super::document;
use wasm_bindgen::JsCast;

/// The value of `attr` on the element matching `selector` that an event happened in (for
/// delegated handling of buttons inside rendered content).
pub fn closest_attr(ev: &web_sys::Event, selector: &str, attr: &str) -> Option<String> {
    ev.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()??
        .get_attribute(attr)
}

/// The values of `attr` of every element matching `selector`, in document order.
pub fn attr_of_all(selector: &str, attr: &str) -> Vec<String> {
    let Some(list) = document().and_then(|d| d.query_selector_all(selector).ok()) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .filter_map(|e| e.get_attribute(attr))
        .collect()
}

//! Moving keyboard focus: to an element by id, selector or first link, with or without
//! scrolling, and to the first of several once the page has been drawn anew.

use super::{document, dom};
use wasm_bindgen::JsCast;

/// Moves keyboard focus to an element by id (and scrolls it into view).
pub fn focus_id(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Moves focus to an element without scrolling (used to put keyboard and screen-reader users at
/// the start of a page after an in-app navigation).
pub fn focus_without_scroll(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let opts = web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = el.focus_with_options(&opts);
    }
}

/// Focuses the first link inside an element, without scrolling.
pub fn focus_first_link_in(id: &str) {
    let link = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.query_selector("a[href]").ok().flatten())
        .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(a) = link {
        let opts = web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = a.focus_with_options(&opts);
    }
}

/// Focuses the first element matching a CSS selector, without scrolling.
pub fn focus_selector(selector: &str) {
    let el = document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let opts = web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = el.focus_with_options(&opts);
    }
}

/// Once the page has been drawn anew (in the next task): keyboard focus goes to the first of
/// `selectors` that exists and takes it, so an action that removes or switches off the
/// pressed button (un-starring in "my agenda", "clear all", calling the last speaker) does not
/// drop focus to the page's start. An element that cannot take focus gets `tabindex="-1"`.
pub fn focus_first_of(selectors: Vec<String>) {
    dom::next_task(move || {
        let Some(doc) = document() else { return };
        for selector in &selectors {
            let Some(el) = doc
                .query_selector(selector)
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                continue;
            };
            if !el.has_attribute("tabindex") && el.tab_index() < 0 {
                let _ = el.set_attribute("tabindex", "-1");
            }
            let _ = el.focus();
            if doc.active_element().is_some_and(|a| &a == el.as_ref()) {
                return;
            }
        }
    });
}

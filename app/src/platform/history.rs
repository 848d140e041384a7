//! The browser's history: adding or replacing entries, moving back and forward, and in-app
//! links followed without a page load.

use super::{document, window};
use wasm_bindgen::JsCast;

/// Adds (`replace == false`) or replaces a history entry for an absolute path.
pub fn history_set(url: &str, replace: bool) {
    let Some(history) = window().and_then(|w| w.history().ok()) else {
        return;
    };
    let state = wasm_bindgen::JsValue::NULL;
    let _ = if replace {
        history.replace_state_with_url(&state, "", Some(url))
    } else {
        history.push_state_with_url(&state, "", Some(url))
    };
}

/// Calls `f` whenever the visitor moves through history (back/forward).
pub fn on_popstate(f: impl Fn() + 'static) {
    let Some(w) = window() else { return };
    let cb = wasm_bindgen::closure::Closure::<dyn Fn()>::new(f);
    let _ = w.add_event_listener_with_callback("popstate", cb.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    cb.forget();
}

/// Routes clicks on in-app links without a page load. `f` receives the link's target relative
/// to `base` (`/session?id=x`) and returns whether it handled it. Clicks with a modifier key,
/// on links with `target` or `download`, to other origins or outside `base`, or that only
/// change the fragment of the current page are left to the browser.
pub fn intercept_link_clicks(base: &'static str, f: impl Fn(String) -> bool + 'static) {
    let Some(doc) = document() else { return };
    let handler = move |ev: web_sys::MouseEvent| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.ctrl_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let Some(anchor) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return;
        };
        if !anchor.target().is_empty() || anchor.has_attribute("download") {
            return;
        }
        let Some(loc) = window().map(|w| w.location()) else {
            return;
        };
        if anchor.origin() != loc.origin().unwrap_or_default() {
            return;
        }
        let path = anchor.pathname();
        let Some(rel) = path.strip_prefix(base).filter(|r| r.starts_with('/')) else {
            return;
        };
        let search = anchor.search();
        let same_document = path == loc.pathname().unwrap_or_default()
            && search == loc.search().unwrap_or_default();
        if same_document && !anchor.hash().is_empty() {
            return;
        }
        if f(format!("{rel}{search}")) {
            ev.prevent_default();
        }
    };
    let cb = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MouseEvent)>::new(handler);
    let _ = doc.add_event_listener_with_callback("click", cb.as_ref().unchecked_ref());
    cb.forget();
}

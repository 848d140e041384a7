//! What embedding needs from the browser: theme and accent on `<html>`, console warnings, and
//! the height messages an iframe host listens to.

use super::{document, window};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Sets (or with `None` removes) an attribute of `<html>`.
pub fn set_root_attr(name: &str, value: Option<&str>) {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    let _ = match value {
        Some(v) => root.set_attribute(name, v),
        None => root.remove_attribute(name),
    };
}

/// Sets a CSS custom property on `<html>` (through the CSSOM, which a strict CSP allows).
pub fn set_root_css_var(name: &str, value: &str) {
    let Some(root) = document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let _ = root.style().set_property(name, value);
}

pub fn console_warn(msg: &str) {
    web_sys::console::warn_1(&JsValue::from_str(msg));
}

/// Whether the page runs inside a frame.
pub fn in_frame() -> bool {
    let Some(w) = window() else { return false };
    match (w.parent(), w.self_()) {
        (Ok(Some(parent)), this) => !js_sys::Object::is(&parent, &this),
        _ => false,
    }
}

/// The message type of height reports (the host script `embed.js` listens for it).
pub const HEIGHT_MESSAGE: &str = "gpa2021:height";

/// The message type that asks the host to bring the frame's top into view (`embed.js`).
pub const TOP_MESSAGE: &str = "gpa2021:top";

fn post_to_host(w: &web_sys::Window, kind: &str, height: Option<f64>, target_origin: &str) {
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &kind.into());
    if let Some(h) = height {
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &h.into());
    }
    if let Ok(Some(parent)) = w.parent() {
        let _ = parent.post_message(&msg, target_origin);
    }
}

/// After the visitor moved to another page inside the frame: asks the host page to show the
/// frame's top (else, scrolled far down a long agenda, they land mid-page on the new one).
pub fn ask_host_for_top(target_origin: &str) {
    if let Some(w) = window() {
        post_to_host(&w, TOP_MESSAGE, None, target_origin);
    }
}

/// Whether this page was reached from a page of the app itself (a page load inside the frame,
/// into another bundle), not opened by the host.
pub fn came_from_this_app() -> bool {
    let (Some(w), Some(doc)) = (window(), document()) else {
        return false;
    };
    let (Ok(origin), referrer) = (w.location().origin(), doc.referrer()) else {
        return false;
    };
    referrer == origin || referrer.starts_with(&format!("{origin}/"))
}

/// Reports the page's height to the parent whenever it changes, to `target_origin` (the host's
/// origin when known, else `*`: the height is not a secret). The observer lives with the page.
pub fn report_height(target_origin: String) {
    let (Some(w), Some(doc)) = (window(), document()) else {
        return;
    };
    let Some(body) = doc.body() else { return };
    let last = std::cell::Cell::new(-1.0_f64);
    let send = move || {
        // The body's own height: the document's scroll height is never less than the frame,
        // so a frame measured by it could grow but never shrink.
        let (Some(w), Some(body)) = (window(), document().and_then(|d| d.body())) else {
            return;
        };
        let height = f64::from(body.offset_height().max(0));
        if (height - last.get()).abs() < 1.0 {
            return;
        }
        last.set(height);
        post_to_host(&w, HEIGHT_MESSAGE, Some(height), &target_origin);
    };
    let cb = Closure::<dyn Fn()>::new(send);
    if let Ok(observer) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    let _ = w.add_event_listener_with_callback("load", cb.as_ref().unchecked_ref());
    cb.forget();
}

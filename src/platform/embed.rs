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
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.into());
        if let Ok(Some(parent)) = w.parent() {
            let _ = parent.post_message(&msg, &target_origin);
        }
    };
    let cb = Closure::<dyn Fn()>::new(send);
    if let Ok(observer) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    let _ = w.add_event_listener_with_callback("load", cb.as_ref().unchecked_ref());
    cb.forget();
}

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

/// An attribute of `<html>`.
pub fn root_attr(name: &str) -> Option<String> {
    document()?.document_element()?.get_attribute(name)
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
        post_to_host(
            &w,
            &crate::embed::message(crate::embed::Message::Top),
            None,
            target_origin,
        );
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

/// Calls `f` once, the first time the visitor uses the page (a pointer down, a key, a touch).
pub fn on_first_use(f: impl FnOnce() + 'static) {
    let Some(w) = window() else { return };
    let f = std::cell::Cell::new(Some(f));
    let cb = Closure::<dyn Fn()>::new(move || {
        if let Some(f) = f.take() {
            f();
        }
    });
    let opts = web_sys::AddEventListenerOptions::new();
    opts.set_once(true);
    opts.set_capture(true);
    for kind in ["pointerdown", "keydown", "touchstart"] {
        let _ = w.add_event_listener_with_callback_and_add_event_listener_options(
            kind,
            cb.as_ref().unchecked_ref(),
            &opts,
        );
    }
    cb.forget();
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
        // Rounded up: a frame a fraction of a pixel shorter than its content scrolls, and a
        // classic scrollbar that then takes its width makes the content taller again (a
        // resize loop).
        let height = body.get_bounding_client_rect().height().max(0.0).ceil();
        if (height - last.get()).abs() < 1.0 {
            return;
        }
        last.set(height);
        post_to_host(
            &w,
            &crate::embed::message(crate::embed::Message::Height),
            Some(height),
            &target_origin,
        );
    };
    let cb = Closure::<dyn Fn()>::new(send);
    if let Ok(observer) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    let _ = w.add_event_listener_with_callback("load", cb.as_ref().unchecked_ref());
    cb.forget();
}

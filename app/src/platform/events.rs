//! Listening for events, for as long as the page lives: on an element by id, and clicks on the
//! elements matching a selector anywhere in the page.

use super::document;
use wasm_bindgen::JsCast;

/// Listens for `kind` events on the element with this id, for as long as the page lives (the
/// page's delegated listener: the element stays while the slots inside it are rendered anew).
pub fn listen<E: JsCast + 'static>(id: &str, kind: &str, f: impl Fn(E) + 'static) {
    let Some(el) = document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    let cb =
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            if let Ok(ev) = ev.dyn_into::<E>() {
                f(ev);
            }
        });
    let _ = el.add_event_listener_with_callback(kind, cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Calls `f` on a click on (or inside) an element matching `selector`, anywhere in the page.
pub fn on_click_of(selector: &'static str, f: impl Fn(web_sys::MouseEvent) + 'static) {
    let Some(doc) = document() else { return };
    let cb = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MouseEvent)>::new(
        move |ev: web_sys::MouseEvent| {
            let hit = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest(selector).ok().flatten());
            if hit.is_some() {
                f(ev);
            }
        },
    );
    let _ = doc.add_event_listener_with_callback("click", cb.as_ref().unchecked_ref());
    cb.forget();
}

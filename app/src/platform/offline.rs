//! The service worker (`web/sw.js`): registered a few seconds after the app starts (in a
//! host's frame, once the visitor uses it), so the whole app works offline; and the "new version ready" signal when an update has been downloaded.

use super::window;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let nav = window()?.navigator();
    js_sys::Reflect::has(&nav, &"serviceWorker".into())
        .ok()?
        .then(|| nav.service_worker())
}

/// Registers the service worker next to the page. `on_update` runs when a new version has been
/// downloaded and waits (not on the first install: then there is nothing to replace).
pub fn register(on_update: impl Fn() + 'static) {
    let Some(sw) = container() else { return };
    let promise = sw.register("sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
        let controlled = move || container().and_then(|c| c.controller()).is_some();
        let on_update = std::rc::Rc::new(on_update);
        if reg.waiting().is_some() && controlled() {
            on_update();
        }
        let on_changed = on_update.clone();
        let watched = reg.clone();
        let found = Closure::<dyn Fn()>::new(move || {
            let Some(worker) = watched.installing() else {
                return;
            };
            let on_update = on_update.clone();
            let w = worker.clone();
            let changed = Closure::<dyn Fn()>::new(move || {
                if w.state() == web_sys::ServiceWorkerState::Installed && controlled() {
                    on_update();
                }
            });
            worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
            changed.forget();
        });
        reg.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();
        // Another tab accepted a new version: this one still runs the version before, whose
        // files the new worker keeps for it, and is offered the reload too. (Not on the first
        // install, when the worker takes a page that had none.)
        if controlled() {
            if let Some(sw) = container() {
                let changed = Closure::<dyn Fn()>::new(move || on_changed());
                sw.set_oncontrollerchange(Some(changed.as_ref().unchecked_ref()));
                changed.forget();
            }
        }
    });
}

/// Switches to the waiting version and reloads once it has taken over.
pub fn apply_update() {
    let Some(sw) = container() else { return };
    let reload = Closure::<dyn Fn()>::new(|| {
        if let Some(w) = window() {
            let _ = w.location().reload();
        }
    });
    sw.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(
            sw.ready()
                .unwrap_or_else(|_| js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL)),
        )
        .await
        else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        match reg.waiting() {
            Some(waiting) => {
                let msg = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&msg, &"type".into(), &"SKIP_WAITING".into());
                let _ = waiting.post_message(&msg);
            }
            // The new version took over already (accepted in another tab): load it.
            None => {
                if let Some(w) = window() {
                    let _ = w.location().reload();
                }
            }
        }
    });
}

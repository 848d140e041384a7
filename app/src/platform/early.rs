//! What the page's first scripts recorded before the app started (the stars pressed on the
//! static page), handed over once.

use super::window;
use wasm_bindgen::JsCast;

/// The sessions whose star was pressed on the static page before the app started (recorded by
/// `guard.js`; each id toggles once). Ids are checked by `Favourites`, and at most 50 are read.
pub fn take_early_stars() -> Vec<String> {
    take_early("gpaEarlyStars")
}

/// What `guard.js` recorded under `name` (a function that hands its list over once).
pub fn take_early(name: &str) -> Vec<String> {
    let Some(w) = window() else {
        return Vec::new();
    };
    let taken = js_sys::Reflect::get(&w, &wasm_bindgen::JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&w).ok());
    match taken {
        Some(list) => js_sys::Array::from(&list)
            .iter()
            .take(50)
            .filter_map(|v| v.as_string())
            .collect(),
        None => Vec::new(),
    }
}

//! Fetching a text file of the app (same origin).

use super::window;
use wasm_bindgen::JsCast;

/// A text file of the app (same origin), or `None` when it cannot be had (offline and not
/// cached, not found).
pub async fn fetch_text(url: &str) -> Option<String> {
    let promise = window()?.fetch_with_str(url);
    let response: web_sys::Response = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

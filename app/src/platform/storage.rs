//! The device's storage: localStorage (kept) and sessionStorage (this tab's). Blocked or full
//! storage degrades to nothing.

use super::window;

fn storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// Reads a localStorage value; `None` when absent or storage is blocked.
pub fn storage_get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Writes a localStorage value; `false` when storage is blocked or full.
pub fn storage_set(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Reads a sessionStorage value (this tab's); `None` when absent or storage is blocked.
pub fn tab_storage_get(key: &str) -> Option<String> {
    window()?
        .session_storage()
        .ok()
        .flatten()?
        .get_item(key)
        .ok()
        .flatten()
}

/// Reads and removes a sessionStorage value (this tab's).
pub fn tab_storage_take(key: &str) -> Option<String> {
    let s = window()?.session_storage().ok().flatten()?;
    let value = s.get_item(key).ok().flatten();
    let _ = s.remove_item(key);
    value
}

/// Writes a sessionStorage value (this tab's), if storage allows.
pub fn tab_storage_set(key: &str, value: &str) {
    if let Some(s) = window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = s.set_item(key, value);
    }
}

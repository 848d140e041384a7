//! The platform layer: the only code that touches `web-sys` / `js-sys`. Each function has a
//! plain signature so views stay thin and the core stays testable natively. Every browser call
//! that can fail returns `Option`/`bool` instead of panicking: a blocked storage or a missing
//! API degrades the feature, never the page.

use crate::time::Millis;
use wasm_bindgen::JsCast;

/// The wall clock, in UTC milliseconds.
pub fn now_ms() -> Millis {
    js_sys::Date::now() as Millis
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// The path the app is served under, without a trailing slash: `""` at the site root,
/// `"/gpa-2021"` under a sub-path. Every route is one path segment deep (ids go in the query),
/// so the base is simply the current path's directory, and Trunk's relative asset URLs
/// (`public_url = "./"`) resolve against the same directory.
pub fn base_path() -> String {
    let path = window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    crate::routes::base_of(&path).to_string()
}

/// The app's absolute URL for an in-app path (`/session?id=x` → `https://host/base/session?id=x`).
pub fn absolute_url(app_path: &str) -> String {
    let origin = window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}{app_path}", base_path())
}

/// The visitor's UTC offset in minutes (east positive) at an instant.
pub fn local_utc_offset_minutes(t: Millis) -> i32 {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(t as f64));
    -(d.get_timezone_offset() as i32)
}

/// Formats an instant in the visitor's own time zone, e.g. "16:00 CET" or "Mon 22 Nov, 16:00 CET".
pub fn format_local(t: Millis, with_date: bool) -> String {
    let options = js_sys::Object::new();
    let set = |k: &str, v: &str| {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    };
    set("hour", "2-digit");
    set("minute", "2-digit");
    set("timeZoneName", "short");
    if with_date {
        set("weekday", "short");
        set("day", "numeric");
        set("month", "short");
    }
    let locales = js_sys::Array::new();
    let fmt = js_sys::Intl::DateTimeFormat::new(&locales, &options);
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(t as f64));
    fmt.format()
        .call1(&fmt, &date)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// The visitor's IANA time-zone name, if the browser tells it.
pub fn local_time_zone_name() -> Option<String> {
    let fmt = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new());
    let opts = fmt.resolved_options();
    js_sys::Reflect::get(&opts, &"timeZone".into())
        .ok()?
        .as_string()
}

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

pub fn storage_remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// Moves keyboard focus to an element by id (and scrolls it into view).
pub fn focus_id(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Scrolls an element by id into view (centred), if it exists.
pub fn scroll_to_id(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

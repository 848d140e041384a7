//! The wall clock, and the visitor's UTC offset at an instant.

use crate::time::Millis;

/// The wall clock, in UTC milliseconds.
pub fn now_ms() -> Millis {
    js_sys::Date::now() as Millis
}

/// The visitor's UTC offset in minutes (east positive) at an instant.
pub fn local_utc_offset_minutes(t: Millis) -> i32 {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(t as f64));
    -(d.get_timezone_offset() as i32)
}

//! The QR code module (`qr-*.js`): not a page but a function, loaded by the agenda only when
//! it is printed, so the QR encoder (about 10 KB of brotli) is not part of the agenda's first
//! load (README, "Bundle size"). The timer, which shows a QR code on its page, has its own.

use wasm_bindgen::prelude::*;

/// The SVG of the QR code of `data` (empty if the data is too long for one).
#[wasm_bindgen]
pub fn qr_svg(data: &str, label: &str) -> String {
    app::qr::svg(data, label).unwrap_or_default()
}

fn main() {}

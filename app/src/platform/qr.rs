//! QR codes as SVG, from the `qr` module loaded on first use.

use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// The QR function of the `qr` module, once loaded.
    static QR: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

/// A QR code as SVG, if the `qr` module is loaded already (see [`qr_svg`]).
pub fn qr_svg_now(data: &str, label: &str) -> Option<String> {
    let f = QR.with_borrow(Clone::clone)?;
    let svg = f
        .call2(&JsValue::NULL, &data.into(), &label.into())
        .ok()?
        .as_string()?;
    (!svg.is_empty()).then_some(svg)
}

/// A QR code as SVG, loading the `qr` module first if needed (`app/src/bin/qr.rs`; the agenda's
/// boot script defines `gpaQr`, which imports it). `None` if it can't be loaded.
pub async fn qr_svg(data: &str, label: &str) -> Option<String> {
    if QR.with_borrow(Option::is_none) {
        let load: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &"gpaQr".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let promise: js_sys::Promise = load.call0(&JsValue::NULL).ok()?.dyn_into().ok()?;
        let f = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
        QR.set(Some(f.dyn_into().ok()?));
    }
    qr_svg_now(data, label)
}

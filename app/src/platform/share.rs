//! Handing a link over: the system share sheet where there is one, else the clipboard.

use super::window;

/// How a link was handed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// The system share sheet took it.
    Shared,
    /// It is on the clipboard.
    Copied,
    /// Neither worked (the visitor can still copy the link shown on the page).
    Failed,
}

/// Shares a link with the Web Share API where there is one (phones), else copies it.
pub async fn share_or_copy(title: &str, url: &str) -> Shared {
    let Some(nav) = window().map(|w| w.navigator()) else {
        return Shared::Failed;
    };
    let has_share = js_sys::Reflect::has(&nav, &"share".into()).unwrap_or(false);
    if has_share {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_url(url);
        match wasm_bindgen_futures::JsFuture::from(nav.share_with_data(&data)).await {
            Ok(_) => return Shared::Shared,
            // The visitor closed the sheet: that is not a failure to report.
            Err(e)
                if js_sys::Reflect::get(&e, &"name".into())
                    .ok()
                    .and_then(|n| n.as_string())
                    .as_deref()
                    == Some("AbortError") =>
            {
                return Shared::Failed
            }
            Err(_) => {}
        }
    }
    copy_text(url).await
}

/// Copies text to the clipboard.
pub async fn copy_text(text: &str) -> Shared {
    let Some(nav) = window().map(|w| w.navigator()) else {
        return Shared::Failed;
    };
    if !js_sys::Reflect::has(&nav, &"clipboard".into()).unwrap_or(false) {
        return Shared::Failed;
    }
    match wasm_bindgen_futures::JsFuture::from(nav.clipboard().write_text(text)).await {
        Ok(_) => Shared::Copied,
        Err(_) => Shared::Failed,
    }
}

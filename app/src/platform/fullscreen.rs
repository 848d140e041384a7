//! Entering and leaving full screen.

use super::document;

/// Enters full screen (whole page), or leaves it.
pub fn toggle_fullscreen() {
    let Some(doc) = document() else { return };
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(el) = doc.document_element() {
        let _ = el.request_fullscreen();
    }
}

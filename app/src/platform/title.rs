//! The document's title and description.

use super::document;

/// Sets the document title and the `<meta name="description">` of the page.
pub fn set_page_meta(title: &str, description: &str) {
    let Some(doc) = document() else { return };
    doc.set_title(title);
    if let Ok(Some(meta)) = doc.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", description);
    }
}

/// Sets the document title.
pub fn set_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}

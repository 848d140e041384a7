//! The printed agenda's way back to the app: its address, with a QR code when one was made.

use crate::render::{esc, Tx};

/// The printed agenda's way back to the app: its address, with a QR code when one was made
/// (its encoder is loaded only for printing, see `ui::agenda`).
pub fn print_qr(t: Tx, url: &str, svg: Option<&str>) -> String {
    match svg {
        Some(svg) => format!(
            "<div class=\"print-qr__code\">{svg}</div><p>{}<br>{}</p>",
            esc(t.p.qr_text),
            esc(url)
        ),
        None => format!("<p>{}<br>{}</p>", esc(t.p.url_text), esc(url)),
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_printed_way_back_says_scan_only_with_a_code() {
        let t = crate::i18n::ENGLISH;
        let with = print_qr(t, "https://x.test/", Some("<svg></svg>"));
        assert!(
            with.contains("<svg></svg>")
                && with.contains("Scan for")
                && with.contains("https://x.test/")
        );
        let without = print_qr(t, "https://x.test/?a=<b>", None);
        assert!(!without.contains("svg") && !without.contains("Scan"));
        assert!(
            without.contains("The live programme")
                && without.contains("https://x.test/?a=&lt;b&gt;")
        );
    }
}

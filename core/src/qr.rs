//! QR codes as SVG markup, for the printed agenda and the timer's share link.
//!
//! The `qrcode` crate computes the modules; the SVG is one `<path>` written here, which is
//! smaller than the crate's SVG renderer (so its `svg` feature stays off).

use qrcode::{Color, EcLevel, QrCode};
use std::fmt::Write as _;

/// An SVG of the QR code of `data`, with a 4-module quiet zone and an accessible name;
/// `None` if the data is too long for a QR code.
pub fn svg(data: &str, label: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let size = width + 8;
    let mut path = String::new();
    for (i, c) in colors.iter().enumerate() {
        if *c == Color::Dark {
            let _ = write!(path, "M{} {}h1v1h-1z", i % width + 4, i / width + 4);
        }
    }
    let label = label
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;");
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"{label}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_a_square_code() {
        let svg = svg("https://example.test/timer#v1.abc", "QR code").expect("fits");
        assert!(svg.starts_with("<svg") && svg.contains("viewBox=\"0 0 "));
        assert!(svg.matches('M').count() > 100, "has dark modules");
        assert!(super::svg(&"x".repeat(5000), "too long").is_none());
        assert!(super::svg("a", "<&\">").is_some_and(|s| s.contains("&lt;&amp;&quot;>")));
    }
}

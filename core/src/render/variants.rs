//! Static pages whose content depends on `?id=`: `/session?id=…` and `/speakers?id=…`.
//!
//! A static host serves one file for every id, so the build writes every variant into it, and
//! the page's first script (`web/early.js`) names the one the address asks for before anything
//! paints, on `<html data-static-id>`; the page's own styles show only that one (or the
//! "not found" variant for an id the programme does not have). A shared link to a session then
//! paints its content at once instead of an empty page while the app loads, and the app takes
//! it over without a layout shift. Without JavaScript the page shows the variant chosen for
//! that case (the list of speakers), or all of them (every session).

use std::fmt::Write as _;

/// The key of the variant shown when the address has no `id`.
pub const NO_ID: &str = "*";

/// One page with a variant per key (`key`, HTML), the HTML shown for any other key, and the
/// key shown without JavaScript (all variants when `None`). Returns the styles that show the
/// one `<html data-static-id>` names (a `<style>` of the head), and what goes into `<main>`.
pub fn page(
    variants: &[(String, String)],
    missing: &str,
    without_js: Option<&str>,
) -> (String, String) {
    let keys: Vec<String> = variants.iter().map(|(k, _)| css_string(k)).collect();
    let mut css = String::from("html[data-static-id] [data-variant]{display:none}");
    // The variant the address names.
    let shown: Vec<String> = keys
        .iter()
        .map(|k| format!("html[data-static-id={k}] [data-variant={k}]"))
        .collect();
    let _ = write!(css, "{}{{display:block}}", shown.join(","));
    // "Not found" for any other key; never without JavaScript.
    let others: String = keys
        .iter()
        .map(|k| format!(":not([data-static-id={k}])"))
        .collect();
    let _ = write!(
        css,
        "html[data-static-id]{others} [data-variant=\"\"]{{display:block}}html:not([data-static-id]) [data-variant=\"\"]{{display:none}}"
    );
    if let Some(k) = without_js {
        let _ = write!(
            css,
            "html:not([data-static-id]) [data-variant]:not([data-variant={}]){{display:none}}",
            css_string(k)
        );
    }
    let mut body = String::new();
    for (key, html) in variants {
        let _ = write!(
            body,
            "<div data-variant=\"{}\">{}</div>",
            super::esc(key),
            unique_ids(html, key)
        );
    }
    let _ = write!(body, "<div data-variant=\"\">{missing}</div>");
    (css, body)
}

/// A key as a CSS string.
fn css_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The ids of one variant, and the references to them, made unique to it (the variants share
/// one document, where the app shows one at a time).
fn unique_ids(html: &str, key: &str) -> String {
    let mut out = html.to_string();
    for attr in [" id=\"", " aria-labelledby=\"", " for=\"", " href=\"#"] {
        out = out.replace(attr, &format!("{attr}{key}--"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (String, String) {
        page(
            &[
                (
                    "a".into(),
                    "<h1 id=\"t\">A</h1><section aria-labelledby=\"t\"></section>".into(),
                ),
                ("b".into(), "<h1 id=\"t\">B</h1>".into()),
            ],
            "<h1>Not found</h1>",
            Some("a"),
        )
    }

    #[test]
    fn every_variant_is_written_once_with_its_own_ids() {
        let (_, body) = sample();
        assert_eq!(body.matches("data-variant=\"a\"").count(), 1);
        assert_eq!(body.matches("data-variant=\"b\"").count(), 1);
        assert_eq!(body.matches("data-variant=\"\"").count(), 1);
        assert!(body.contains("<h1 id=\"a--t\">A</h1><section aria-labelledby=\"a--t\">"));
        assert!(body.contains("<h1 id=\"b--t\">B</h1>"));
    }

    #[test]
    fn the_styles_show_the_named_variant_or_not_found() {
        let (head, _) = sample();
        assert!(head.contains("html[data-static-id=\"a\"] [data-variant=\"a\"],html[data-static-id=\"b\"] [data-variant=\"b\"]{display:block}"));
        assert!(head.contains("html[data-static-id]:not([data-static-id=\"a\"]):not([data-static-id=\"b\"]) [data-variant=\"\"]{display:block}"));
        // Without JavaScript: the chosen variant only.
        assert!(head.contains(
            "html:not([data-static-id]) [data-variant]:not([data-variant=\"a\"]){display:none}"
        ));
    }

    #[test]
    fn keys_are_quoted_for_css() {
        assert_eq!(css_string("a\"b\\c"), "\"a\\\"b\\\\c\"");
    }
}

//! The pages as HTML, written by plain Rust: the whole document and its head, the frame, each
//! page's content and its forms, the slots the app keeps current and the `?id=` variants. One
//! renderer for both: the app uses it at run time (a slot bound with `inner_html`) and the
//! build (`site/`) for the static pages (so visitors and search engines get the real programme
//! before the wasm).
//!
//! Why strings and not `view!`: every distinct `view!` tree is its own monomorphised code in
//! the wasm, and the content here is large, static and repetitive. Rendering it as text keeps
//! the first-load budget (see README, "Bundle size") and lets native tests read the markup.
//! The controls are HTML too: the app takes each page's buttons and form controls with one
//! delegated listener.
//!
//! Links are relative (`session?id=x`, `./`): every page is one path segment deep, so they
//! resolve under any base path.

pub mod agenda;
pub mod agenda_page;
pub mod document;
pub mod forms;
pub mod frame;
pub mod pages;
pub mod questions;
pub mod slot;
pub mod static_page;
pub mod timer;
pub mod variants;

use crate::i18n::{fill, AgendaText, Catalogue, Texts};
use crate::search;
use std::fmt::Write as _;

/// The agenda bundle's interface text in the visitor's language.
pub type Tx = Texts<AgendaText>;

/// Escapes text for element content and double-quoted attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escaped text with the search terms wrapped in `<mark>`.
pub fn hl(text: &str, terms: &[String]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (part, hit) in search::segments(text, terms) {
        if hit {
            let _ = write!(out, "<mark>{}</mark>", esc(part));
        } else {
            out.push_str(&esc(part));
        }
    }
    out
}

/// A template of the interface text, escaped, with HTML `values` filled in (escape them first).
pub fn fill_html(template: &str, values: &[(&str, &str)]) -> String {
    fill(&esc(template), values)
}

/// English text (already HTML) inside a sentence of the interface: marked English where the
/// interface is not (`en` is [`Texts::en`]), bare where it is.
pub fn en_inline(en: &str, html: &str) -> String {
    if en.is_empty() {
        html.to_string()
    } else {
        format!("<span{en}>{html}</span>")
    }
}

/// Problems with a link's own values, listed, with `way_back` (HTML) to a clean view.
pub fn notices(c: &Catalogue, lines: &[String], way_back: &str) -> String {
    if lines.is_empty() {
        return String::new();
    }
    let items: String = lines
        .iter()
        .map(|l| format!("<li>{}</li>", esc(l)))
        .collect();
    format!(
        "<div class=\"notice\" role=\"note\"><p><strong>{}</strong></p><ul>{items}</ul><p>{way_back}</p></div>",
        esc(c.link_problem)
    )
}

/// A relative link to an app page: `href("session?id=x")`; `""` and `"?day=mon"` are the
/// home page (`./`, `./?day=mon`), since a bare query would stay on the current page.
pub fn href(target: &str) -> String {
    if target.is_empty() || target.starts_with('?') {
        format!("./{}", esc(target))
    } else {
        esc(target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn escaping_and_marks() {
        assert_eq!(
            esc("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        let terms = search::terms("<b>");
        assert_eq!(hl("a <b> c", &terms), "a <mark>&lt;b&gt;</mark> c");
        assert_eq!(
            hl("Siobhán", &search::terms("siobhan")),
            "<mark>Siobhán</mark>"
        );
        assert_eq!(href("?day=mon"), "./?day=mon");
        assert_eq!(href(""), "./");
        assert_eq!(href("session?id=a&b"), "session?id=a&amp;b");
    }

    proptest! {
        /// Nothing a visitor types can open a tag.
        #[test]
        fn highlighted_text_has_no_raw_markup(text in ".{0,40}", q in ".{0,10}") {
            let out = hl(&text, &search::terms(&q));
            let stripped = out.replace("<mark>", "").replace("</mark>", "");
            prop_assert!(!stripped.contains('<') && !stripped.contains('>'));
        }
    }
}

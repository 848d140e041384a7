//! Slots: the parts of a page the app keeps current. A slot is an element with an id, whose
//! content one renderer writes from a state, for the static page and the app alike; its
//! `data-key` says which state it shows. The app takes the static page over as it is: it
//! renders a slot only when the key of its own state differs from the one the element holds
//! (`app/src/ui/adopt.rs`), so at start, on a page the build wrote for the state the visitor
//! opened, it renders nothing at all.

use super::esc;

/// The attribute that holds a slot's key.
pub const KEY: &str = "data-key";

/// A slot's element: `<tag id class data-key>html</tag>` (`class` may be empty).
pub fn element(tag: &str, id: &str, class: &str, key: &str, html: &str) -> String {
    let class = if class.is_empty() {
        String::new()
    } else {
        format!(" class=\"{}\"", esc(class))
    };
    format!(
        "<{tag} id=\"{}\"{class} {KEY}=\"{}\">{html}</{tag}>",
        esc(id),
        esc(key)
    )
}

/// The key of a slot whose state is best told by its content (a small slot): a hash of its
/// HTML.
pub fn html_key(html: &str) -> String {
    format!("{:016x}", crate::i18n::fnv(html))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slot_says_what_it_shows() {
        assert_eq!(
            element("div", "a", "b", "k\"1", "<p>x</p>"),
            "<div id=\"a\" class=\"b\" data-key=\"k&quot;1\"><p>x</p></div>"
        );
        assert_eq!(html_key("x"), html_key("x"));
        assert_ne!(html_key("x"), html_key("y"));
        assert_eq!(html_key("").len(), 16);
    }
}

//! Form controls as HTML: the filters of the agenda and of the question explorer. The app reads
//! them through delegated `input`/`change` listeners and keeps them in step with the URL.

use super::esc;
use std::fmt::Write as _;

/// A search field with its label.
pub fn search(id: &str, name: &str, label: &str, placeholder: &str, value: &str) -> String {
    format!(
        "<div class=\"field field--search\"><label for=\"{id}\">{}</label><input id=\"{id}\" name=\"{name}\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" placeholder=\"{}\" value=\"{}\"></div>",
        esc(label),
        esc(placeholder),
        esc(value)
    )
}

/// A segmented choice (radio buttons styled as a row of pills).
pub fn segmented(legend: &str, name: &str, options: &[(&str, String)], selected: &str) -> String {
    let mut o = format!(
        "<fieldset class=\"segmented\"><legend>{}</legend>",
        esc(legend)
    );
    for (value, label) in options {
        let checked = if *value == selected { " checked" } else { "" };
        let _ = write!(
            o,
            "<label class=\"segmented__option\"><input type=\"radio\" name=\"{name}\" value=\"{}\"{checked}><span>{}</span></label>",
            esc(value),
            esc(label)
        );
    }
    o.push_str("</fieldset>");
    o
}

/// A checkbox pill; `label_html` is already escaped.
pub fn chip(name: &str, value: &str, label_html: &str, checked: bool, class: &str) -> String {
    format!(
        "<label class=\"chip {class}\"><input type=\"checkbox\" name=\"{name}\" value=\"{}\"{}><span>{label_html}</span></label>",
        esc(value),
        if checked { " checked" } else { "" }
    )
}

/// A select with its label; `options` are (value, text).
pub fn select(
    id: &str,
    name: &str,
    label: &str,
    options: &[(String, String)],
    selected: &str,
    option_attr: &str,
) -> String {
    let mut o = format!(
        "<div class=\"field\"><label for=\"{id}\">{}</label><select id=\"{id}\" name=\"{name}\">",
        esc(label)
    );
    for (value, text) in options {
        let sel = if value == selected { " selected" } else { "" };
        // `option_attr` marks the options that name something (not the "any" option).
        let attr = if value.is_empty() { "" } else { option_attr };
        let _ = write!(
            o,
            "<option value=\"{}\"{sel}{attr}>{}</option>",
            esc(value),
            esc(text)
        );
    }
    o.push_str("</select></div>");
    o
}

/// A checkbox with a box drawn in CSS; `label_html` is already escaped.
pub fn check(name: &str, label_html: &str, checked: bool) -> String {
    format!(
        "<label class=\"check\"><input type=\"checkbox\" name=\"{name}\" value=\"1\"{}><span>{label_html}</span></label>",
        if checked { " checked" } else { "" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_carry_names_values_and_state() {
        let s = segmented(
            "Day",
            "day",
            &[("", "Both".into()), ("mon", "Mon 22".into())],
            "mon",
        );
        assert!(s.contains("value=\"mon\" checked") && !s.contains("value=\"\" checked"));
        assert!(search("x", "q", "Search", "", "\"><b>").contains("value=\"&quot;&gt;&lt;b&gt;\""));
        assert!(select(
            "s",
            "speaker",
            "Speaker",
            &[("a".into(), "A".into())],
            "a",
            ""
        )
        .contains("value=\"a\" selected"));
    }
}

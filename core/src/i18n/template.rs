//! The catalogues' templates: filling each `{name}` with its value, and listing the names a
//! text uses.

/// Replaces each `{name}` in `template` by its value (values are inserted as they are: escape
/// them first where the result is HTML).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The `{name}`s a text uses, in order of first use.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        if !names.contains(&name) {
            names.push(name);
        }
        rest = &after[close + 1..];
    }
    names
}

/// A label and the key it names at its end, in brackets of either width: "Leave (Esc)" is
/// ("Leave", " (Esc)"), "退出（Esc）" is ("退出", "（Esc）"); a label without one is itself.
pub fn split_key(label: &str) -> (&str, &str) {
    match label.rfind(['(', '（']) {
        Some(at) if label.ends_with([')', '）']) => {
            let text = label[..at].trim_end();
            (text, &label[text.len()..])
        }
        _ => (label, ""),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_label_and_the_key_it_names() {
        assert_eq!(split_key("Leave (Esc)"), ("Leave", " (Esc)"));
        assert_eq!(split_key("退出（Esc）"), ("退出", "（Esc）"));
        assert_eq!(split_key("Quitter (Échap)"), ("Quitter", " (Échap)"));
        assert_eq!(split_key("Next"), ("Next", ""));
        assert_eq!(split_key("(x) y"), ("(x) y", ""));
    }

    use super::*;

    #[test]
    fn fill_replaces_every_use() {
        assert_eq!(fill("{a}+{a}={b}", &[("a", "1"), ("b", "2")]), "1+1=2");
        assert_eq!(placeholders("x {a} y {b} {a} {"), ["a", "b"]);
    }
}

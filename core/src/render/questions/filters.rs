//! The explorer's filter form: search, panel and themes, each theme with the number of
//! questions it would show.

use super::{theme_label, themes_label, Qx, Slot};
use crate::i18n::fill;
use crate::programme::model::Meeting;
use crate::questions::ExplorerFilter;
use crate::render::{esc, forms};

/// Search, panel and themes (each with the number of questions it would show).
pub fn filters_form(m: &'static Meeting, t: Qx, f: &ExplorerFilter) -> String {
    use crate::form::questions::control;
    let counts = f.theme_counts(m);
    let themes: String = counts
        .iter()
        .map(|(th, n)| {
            let label = format!(
                "{} <span class=\"chip__count\" id=\"{}{}\">({n})</span>",
                esc(theme_label(t, th)),
                "theme-count-",
                esc(th.id)
            );
            forms::chip(
                control::THEME,
                th.id,
                &label,
                f.themes.iter().any(|x| x == th.id),
                "",
            )
        })
        .collect();
    let panel = f.panel.map(|p| p.to_string()).unwrap_or_default();
    format!(
        "<form class=\"filters filters--explorer no-print\" id=\"{}\" role=\"search\" aria-label=\"{}\">{}{}\
<button type=\"button\" class=\"filters__toggle button button--quiet\" aria-expanded=\"false\" aria-controls=\"{}\" data-action=\"more\" id=\"{}\">{}</button>\
<div id=\"{}\" class=\"filters__more\"><fieldset class=\"chips chips--themes\"><legend>{}</legend>{themes}</fieldset></div></form>",
        Slot::Form.id(),
        esc(t.p.filter_label),
        forms::search("explorer-q", control::TEXT, t.p.search_label, t.p.search_placeholder, &f.text),
        forms::segmented(t.p.panel_legend, control::PANEL, &[("", t.p.both_panels.into()), ("1", fill(t.p.panel_n, &[("n", "1")])), ("2", fill(t.p.panel_n, &[("n", "2")]))], &panel),
        Slot::More.id(),
        Slot::MoreLabel.id(),
        esc(&themes_label(t, f.themes.len())),
        Slot::More.id(),
        esc(t.p.themes_legend),
    )
}

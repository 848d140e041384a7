//! The question explorer's content: both panels with their questions and background papers as
//! the filter leaves them, and the key figures of panel 1's paper drawn as an accessible SVG.

use super::pages::NO_CHAIRS;
use super::{esc, forms, hl, href};
use crate::programme::model::{KeyFigures, Meeting, Panel};
use crate::questions::ExplorerFilter;
use crate::routes::Query;
use std::fmt::Write as _;

/// Slot ids of the explorer page.
pub mod slot {
    pub const NOTICES: &str = "explorer-notices";
    pub const FORM: &str = "explorer-filters";
    pub const COUNT: &str = "explorer-count";
    pub const ACTIONS: &str = "explorer-actions";
    pub const STATUS: &str = "explorer-status";
    pub const CONTENT: &str = "explorer-content";
    pub const MORE: &str = "explorer-themes";
    pub const MORE_LABEL: &str = "explorer-themes-label";
    /// Followed by a theme id: the count beside that theme's checkbox.
    pub const THEME_COUNT: &str = "theme-count-";
}

/// The explorer page content with its slots filled.
pub fn page(
    m: &'static Meeting,
    f: &ExplorerFilter,
    selected: Option<&str>,
    notices: &[String],
) -> String {
    page_around(m, f, selected, notices, &explorer(m, f, selected))
}

/// [`page`] around an [`explorer`] already rendered (the app renders it once for both).
pub fn page_around(
    m: &'static Meeting,
    f: &ExplorerFilter,
    selected: Option<&str>,
    notices: &[String],
    explorer: &str,
) -> String {
    format!(
        "<div class=\"page\"><h1>Panels and guiding questions</h1><p class=\"lede\">Two interactive panels, their 13 guiding questions and their background papers. Filter by theme, search, and share a link to one question.</p>\
<div id=\"{}\">{}</div>{}<div class=\"results no-print\"><p class=\"results__count\" id=\"{}\" role=\"status\">{}</p><div class=\"results__actions\" id=\"{}\">{}</div></div>\
<p class=\"share-status\" id=\"{}\" role=\"status\"></p><div class=\"explorer\" id=\"{}\">{}</div></div>",
        slot::NOTICES,
        notices_html(notices),
        filters_form(m, f),
        slot::COUNT,
        count_text(m, f.questions(m).len()),
        slot::ACTIONS,
        actions(f, selected),
        slot::STATUS,
        slot::CONTENT,
        explorer
    )
}

/// The explorer as the build writes it: every question, no filter.
pub fn prerender(m: &'static Meeting) -> String {
    format!(
        "<div class=\"view\">{}</div>",
        page(m, &ExplorerFilter::default(), None, &[])
    )
}

pub fn count_text(m: &Meeting, shown: usize) -> String {
    super::count_text(
        shown,
        m.panels.iter().map(|p| p.questions.len()).sum(),
        "questions",
    )
}

pub fn notices_html(lines: &[String]) -> String {
    super::notices(lines, "<a href=\"questions\">Show all questions</a>")
}

/// The label of the themes disclosure (on phones the themes fold away).
pub fn themes_label(on: usize) -> String {
    match on {
        0 => "Themes".to_string(),
        n => format!("Themes ({n} on)"),
    }
}

/// "Clear all filters" and "Present questions" (from the selected question, else the first).
pub fn actions(f: &ExplorerFilter, selected: Option<&str>) -> String {
    let clear = if f.narrows() {
        "<button type=\"button\" class=\"button button--quiet\" data-action=\"clear\">Clear all filters</button>"
    } else {
        ""
    };
    let present = f
        .to_query(Query::default())
        .with("present", Some(selected.unwrap_or("q1-1")));
    format!(
        "{clear}<a class=\"button button--quiet\" href=\"{}\">Present questions</a>",
        href(&format!("questions{present}"))
    )
}

/// Search, panel and themes (each with the number of questions it would show).
pub fn filters_form(m: &'static Meeting, f: &ExplorerFilter) -> String {
    use crate::questions::control;
    let counts = f.theme_counts(m);
    let themes: String = counts
        .iter()
        .map(|(t, n)| {
            let label = format!(
                "{} <span class=\"chip__count\" id=\"{}{}\">({n})</span>",
                esc(t.label),
                slot::THEME_COUNT,
                esc(t.id)
            );
            forms::chip(
                control::THEME,
                t.id,
                &label,
                f.themes.iter().any(|x| x == t.id),
                "",
            )
        })
        .collect();
    let panel = f.panel.map(|p| p.to_string()).unwrap_or_default();
    format!(
        "<form class=\"filters filters--explorer no-print\" id=\"{}\" role=\"search\" aria-label=\"Filter the questions\">{}{}\
<button type=\"button\" class=\"filters__toggle button button--quiet\" aria-expanded=\"false\" aria-controls=\"{}\" data-action=\"more\" id=\"{}\">{}</button>\
<div id=\"{}\" class=\"filters__more\"><fieldset class=\"chips chips--themes\"><legend>Themes (number of questions)</legend>{themes}</fieldset></div></form>",
        slot::FORM,
        forms::search("explorer-q", control::TEXT, "Search questions and background papers", "For example: children, privacy, impunity", &f.text),
        forms::segmented("Panel", control::PANEL, &[("", "Both panels".into()), ("1", "Panel 1".into()), ("2", "Panel 2".into())], &panel),
        slot::MORE,
        slot::MORE_LABEL,
        themes_label(f.themes.len()),
        slot::MORE,
    )
}

/// Both panels (or the chosen one), filtered. `selected` is the anchor of a question to mark.
pub fn explorer(m: &'static Meeting, f: &ExplorerFilter, selected: Option<&str>) -> String {
    let mut o = String::new();
    let terms = f.terms();
    let questions = f.questions(m);
    for p in m
        .panels
        .iter()
        .filter(|p| f.panel.is_none_or(|n| n == p.number))
    {
        let qs: Vec<_> = questions
            .iter()
            .filter(|q| q.panel.number == p.number)
            .collect();
        let paras = f.paragraphs(p);
        if f.narrows() && f.panel.is_none() && qs.is_empty() && paras.is_empty() {
            continue;
        }
        let _ = write!(
            o,
            "<section class=\"panel\" id=\"panel-{n}\" aria-labelledby=\"panel-{n}-title\">",
            n = p.number
        );
        let _ = write!(
            o,
            "<h2 id=\"panel-{}-title\">{}</h2>",
            p.number,
            esc(p.name)
        );
        if let Some(s) = m.session(p.session) {
            let day = m.day(s.day).map(|d| d.label).unwrap_or_default();
            let _ = write!(
                o,
                "<p class=\"session__meta\"><a href=\"{}\">{}</a><span>{}, {} New York time</span></p>",
                href(&format!("session?id={}", s.id)),
                esc(s.title),
                esc(day),
                m.time_range(s)
            );
        }
        let _ = write!(o, "<p class=\"panel__theme\">{}</p>", hl(p.theme, &terms));
        let _ = write!(
            o,
            "<details class=\"panel__how\"><summary>How the panel runs</summary><p>{}</p><p>Interventions: <strong>{} minutes</strong> for an individual delegation, <strong>{} minutes</strong> for a regional group statement.</p><p class=\"note\">{NO_CHAIRS}</p></details>",
            esc(p.structure),
            m.delegation_minutes,
            m.regional_group_minutes
        );
        let _ = write!(
            o,
            "<h3>Guiding questions</h3><p class=\"note\">{}</p>",
            esc(p.questions_intro)
        );
        if qs.is_empty() {
            o.push_str("<p class=\"empty-line\">No guiding question of this panel matches.</p>");
        } else {
            o.push_str("<ol class=\"questions\">");
            for q in qs {
                let anchor = q.anchor();
                let selected_class = if selected == Some(anchor.as_str()) {
                    " question--selected"
                } else {
                    ""
                };
                let _ = write!(
                    o,
                    "<li class=\"question{selected_class}\" id=\"{a}\" tabindex=\"-1\"><span class=\"question__number\" aria-label=\"Question {label}\">{label}</span><div class=\"question__body\"><p>{}</p><p class=\"tags\"><span class=\"visually-hidden\">Themes: </span>{}</p><div class=\"question__actions no-print\"><button type=\"button\" class=\"button button--small button--quiet\" data-share=\"{a}\">Share link<span class=\"visually-hidden\"> to question {label}</span></button><a class=\"button button--small button--quiet\" href=\"{}\">Present<span class=\"visually-hidden\"> question {label}</span></a></div></div></li>",
                    hl(q.question.text, &terms),
                    tags(m, q.question.tags),
                    href(&format!("questions{}", f.to_query(Query::default()).with("present", Some(&anchor)))),
                    a = anchor,
                    label = q.label(),
                );
            }
            o.push_str("</ol>");
        }
        o.push_str(&paper(m, p, f, &paras));
        o.push_str("</section>");
    }
    if o.is_empty() {
        o.push_str("<div class=\"empty\"><h2>Nothing matches</h2><p>No guiding question or background paragraph matches these filters. Try fewer themes or other words.</p></div>");
    }
    o
}

fn tags(m: &Meeting, ids: &[&str]) -> String {
    ids.iter()
        .filter_map(|id| m.theme(id))
        .map(|t| {
            format!(
                "<a class=\"tag\" href=\"{}\">{}</a>",
                href(&format!("questions?theme={}", t.id)),
                esc(t.label)
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn paper(
    m: &Meeting,
    p: &Panel,
    f: &ExplorerFilter,
    paras: &[(usize, &crate::programme::model::Paragraph)],
) -> String {
    let Some(pp) = p.paper() else {
        return String::new();
    };
    let terms = f.terms();
    let total = pp.paper.paragraphs.len();
    let mut o = format!("<h3 id=\"paper-{}\">{}</h3>", p.number, esc(pp.paper.title));
    let narrowed = !f.themes.is_empty() || !terms.is_empty();
    if narrowed {
        let _ = write!(
            o,
            "<p class=\"note\">{} of {total} paragraphs match.</p>",
            paras.len()
        );
    } else {
        let _ = write!(
            o,
            "<p class=\"paper__heading\">“{}”</p>",
            esc(pp.paper.heading)
        );
    }
    o.push_str("<div class=\"paper\">");
    for (n, para) in paras {
        let label = if narrowed {
            format!("<span class=\"paper__n\">Paragraph {n}</span> ")
        } else {
            String::new()
        };
        let _ = write!(
            o,
            "<p id=\"p{}-{n}\">{label}{}<span class=\"tags tags--inline\"><span class=\"visually-hidden\">Themes: </span>{}</span></p>",
            p.number,
            hl(para.text, &terms),
            tags(m, para.tags)
        );
    }
    o.push_str("</div>");
    if let (Some(fig), false) = (&pp.figures, narrowed) {
        o.push_str(&figures(fig));
    }
    o
}

/// The figures of a background paper as a picture: a ten-figure pictogram and bars, with a
/// text equivalent and the source as the paper names it. Only what the paper states is drawn;
/// the rest of the ten is labelled "others".
pub fn figures(fig: &KeyFigures) -> String {
    const W: u32 = 36;
    let mut icons = String::new();
    let mut legend = String::new();
    let mut slot = 0u32;
    let shown: u32 = fig.of_ten.iter().map(|o| u32::from(o.count)).sum();
    let others = 10u32.saturating_sub(shown);
    let groups = fig
        .of_ten
        .iter()
        .map(|o| (o.label, u32::from(o.count)))
        .chain((others > 0).then_some(("Others (not broken down in the paper)", others)));
    for (k, (label, count)) in groups.enumerate() {
        let class = ["fig-a", "fig-b", "fig-c"]
            .get(k)
            .copied()
            .unwrap_or("fig-c");
        // Girls are drawn smaller; "others" only outlined: shape and fill, not colour alone.
        // (A string, not a float: no float formatting in the wasm.)
        let scale = if k == 1 { "0.78" } else { "1" };
        for _ in 0..count {
            let x = slot * W + W / 2;
            let _ = write!(
                icons,
                "<g class=\"{class}\" transform=\"translate({x} 64) scale({scale})\"><circle cx=\"0\" cy=\"-44\" r=\"8\"/><path d=\"M-11 -32h22l4 30h-8v26h-14v-26h-8z\"/></g>"
            );
            slot += 1;
        }
        let _ = write!(legend, "<li><svg class=\"legend-swatch\" viewBox=\"0 0 20 20\" aria-hidden=\"true\"><g class=\"{class}\" transform=\"translate(10 18) scale(0.32)\"><circle cx=\"0\" cy=\"-44\" r=\"8\"/><path d=\"M-11 -32h22l4 30h-8v26h-14v-26h-8z\"/></g></svg>{}: {count} of 10</li>", esc(label));
    }
    let mut bars = String::new();
    for (i, s) in fig.shares.iter().enumerate() {
        let y = i as u32 * 64;
        let width = 300 * u32::from(s.numerator) / u32::from(s.denominator.max(1));
        let _ = write!(
            bars,
            "<text x=\"0\" y=\"{}\" class=\"bar-label\">{}</text><text x=\"0\" y=\"{}\" class=\"bar-value\">{}</text><rect x=\"0\" y=\"{}\" width=\"300\" height=\"16\" class=\"bar-track\"/><rect x=\"0\" y=\"{}\" width=\"{width}\" height=\"16\" class=\"bar-fill\"/>",
            y + 13,
            esc(s.label),
            y + 28,
            esc(s.stated),
            y + 36,
            y + 36
        );
    }
    let text: Vec<String> = std::iter::once(format!(
        "For every ten victims detected globally, {}.",
        esc(fig
            .of_ten_quote
            .trim_start_matches("for every ten victims detected globally, "))
    ))
    .chain(
        fig.shares
            .iter()
            .map(|s| format!("{}: {} of detected victims.", esc(s.label), esc(s.stated))),
    )
    .collect();
    format!(
        "<figure class=\"figures\" aria-labelledby=\"fig-caption\"><div class=\"figures__grid\"><svg class=\"pictogram\" viewBox=\"0 0 360 92\" role=\"img\" aria-label=\"Pictogram: of every ten victims detected, about five adult women, two girls, and three others\">{icons}</svg><ul class=\"figures__legend\">{legend}</ul><svg class=\"bars\" viewBox=\"0 0 300 {}\" role=\"img\" aria-label=\"Bars: {}\">{bars}</svg></div><figcaption id=\"fig-caption\"><strong>Key figures.</strong> {} Source: {}, as cited in the background paper.</figcaption></figure>",
        fig.shares.len() as u32 * 64,
        esc(&fig.shares.iter().map(|s| format!("{} {}", s.label, s.stated)).collect::<Vec<_>>().join("; ")),
        text.join(" "),
        esc(fig.source)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::meeting;

    fn filter(q: &str) -> ExplorerFilter {
        ExplorerFilter::from_query(meeting(), &Query::parse(q)).0
    }

    #[test]
    fn everything_when_unfiltered() {
        let html = explorer(meeting(), &filter(""), Some("q1-3"));
        assert_eq!(html.matches("<li class=\"question").count(), 13);
        assert_eq!(html.matches("question--selected").count(), 1);
        assert!(html.contains("id=\"q1-3\""));
        assert!(html.contains("<figure class=\"figures\""));
        assert_eq!(html.matches(NO_CHAIRS).count(), 2);
    }

    #[test]
    fn search_shows_where_it_was_found() {
        let html = explorer(meeting(), &filter("q=cryptocurrencies"), None);
        assert!(html.contains("1 of 9 paragraphs match"));
        assert!(html.contains("Paragraph 8"));
        assert!(html.contains("<mark>cryptocurrencies</mark>"));
        assert!(!html.contains("id=\"panel-1\""), "panel 1 has no match");
        let none = explorer(meeting(), &filter("q=zebra"), None);
        assert!(none.contains("Nothing matches"));
    }

    #[test]
    fn pictogram_draws_ten_figures_and_names_the_rest_others() {
        let fig = meeting()
            .panel(1)
            .and_then(|p| p.paper())
            .and_then(|x| x.figures.as_ref())
            .expect("figures");
        let svg = figures(fig);
        assert_eq!(
            svg.matches("<circle").count(),
            10 + 3,
            "ten figures plus three legend swatches"
        );
        assert_eq!(
            svg.matches("class=\"fig-a\" transform=\"translate(")
                .count(),
            5 + 1
        );
        assert_eq!(
            svg.matches("class=\"fig-b\" transform=\"translate(")
                .count(),
            2 + 1
        );
        assert!(svg.contains("Others (not broken down in the paper): 3 of 10"));
        assert!(
            svg.contains("width=\"150\" height=\"16\" class=\"bar-fill\""),
            "one half"
        );
        assert!(
            svg.contains("width=\"100\" height=\"16\" class=\"bar-fill\""),
            "one third"
        );
        assert!(svg.contains("more than 50 per cent") && svg.contains("about one third"));
        assert!(svg.contains("Global Report, January 2021"));
    }
}

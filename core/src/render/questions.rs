//! The question explorer's content: both panels with their questions and background papers as
//! the filter leaves them, and the key figures of panel 1's paper drawn as an accessible SVG.

use super::{esc, fill_html, forms, hl, href};
use crate::i18n::{fill, QuestionsText, Texts};
use crate::programme::model::{KeyFigures, Meeting, Panel, Theme};
use crate::query::Query;
use crate::questions::ExplorerFilter;
use std::fmt::Write as _;

/// The explorer's interface text in the visitor's language.
pub type Qx = Texts<QuestionsText>;

/// The parts of the explorer page the app keeps current, by their element's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Notices,
    Form,
    Count,
    Actions,
    Status,
    Content,
    More,
    MoreLabel,
}

impl Slot {
    pub const fn id(self) -> &'static str {
        match self {
            Slot::Notices => "explorer-notices",
            Slot::Form => "explorer-filters",
            Slot::Count => "explorer-count",
            Slot::Actions => "explorer-actions",
            Slot::Status => "explorer-status",
            Slot::Content => "explorer-content",
            Slot::More => "explorer-themes",
            Slot::MoreLabel => "explorer-themes-label",
        }
    }
}

/// The element holding the count beside a theme's checkbox.
pub fn theme_count_id(theme: &str) -> String {
    format!("theme-count-{theme}")
}

/// What a button of the explorer does (its `data-action`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Clear,
    More,
}

impl Action {
    pub fn parse(name: &str) -> Option<Action> {
        match name {
            "clear" => Some(Action::Clear),
            "more" => Some(Action::More),
            _ => None,
        }
    }
}

/// The key of the questions' slot (see [`super::slot`]): the language, the filter and the
/// question selected.
pub fn content_key(t: Qx, f: &ExplorerFilter, selected: Option<&str>) -> String {
    format!(
        "{} {} {} {} {}",
        t.lang.code(),
        f.panel.map_or(0, |p| p),
        f.themes.join(","),
        f.text,
        selected.unwrap_or("")
    )
}

/// The explorer page content with its slots filled.
pub fn page(
    m: &'static Meeting,
    t: Qx,
    f: &ExplorerFilter,
    selected: Option<&str>,
    notices: &[String],
) -> String {
    page_around(m, t, f, selected, notices, &explorer(m, t, f, selected))
}

/// [`page`] around an [`explorer`] already rendered (the app renders it once for both).
pub fn page_around(
    m: &'static Meeting,
    t: Qx,
    f: &ExplorerFilter,
    selected: Option<&str>,
    notices: &[String],
    explorer: &str,
) -> String {
    use super::slot::{element, html_key};
    let notices = notices_html(t, notices);
    let actions = actions(t, f, selected);
    format!(
        "<div class=\"page\"><h1>{}</h1><p class=\"lede\">{}</p>\
{}{}<div class=\"results no-print\"><p class=\"results__count\" id=\"{}\" role=\"status\">{}</p>{}</div>\
<p class=\"share-status\" id=\"{}\" role=\"status\"></p>{}</div>",
        esc(t.c.title_questions),
        esc(t.p.lede),
        element("div", Slot::Notices.id(), "", &html_key(&notices), &notices),
        filters_form(m, t, f),
        Slot::Count.id(),
        count_text(m, t, f.questions(m).len()),
        element("div", Slot::Actions.id(), "results__actions", &html_key(&actions), &actions),
        Slot::Status.id(),
        element("div", Slot::Content.id(), "explorer", &content_key(t, f, selected), explorer),
    )
}

/// The explorer as the build writes it: every question, no filter.
pub fn prerender(m: &'static Meeting) -> String {
    page(
        m,
        crate::i18n::ENGLISH_QUESTIONS,
        &ExplorerFilter::default(),
        None,
        &[],
    )
}

/// "Showing all 13 questions", "Showing 4 of 13 questions".
pub fn count_text(m: &Meeting, t: Qx, shown: usize) -> String {
    let total: usize = m.panels.iter().map(|p| p.questions().len()).sum();
    t.showing(&t.p.questions_all, &t.p.questions_some, shown, total)
}

pub fn notices_html(t: Qx, lines: &[String]) -> String {
    super::notices(
        t.c,
        lines,
        &format!("<a href=\"questions\">{}</a>", esc(t.p.show_all)),
    )
}

/// The label of the themes disclosure (on phones the themes fold away).
pub fn themes_label(t: Qx, on: usize) -> String {
    t.with_on(t.p.themes, on)
}

/// A theme's label in the interface language (the data file's label is English).
pub fn theme_label(t: Qx, theme: &Theme) -> &'static str {
    let p = t.p;
    match theme.id {
        "children" => p.theme_children,
        "gender" => p.theme_gender,
        "technology" => p.theme_technology,
        "crises" => p.theme_crises,
        "justice" => p.theme_justice,
        "protection" => p.theme_protection,
        "prevention" => p.theme_prevention,
        "migrants" => p.theme_migrants,
        "partnerships" => p.theme_partnerships,
        "rights" => p.theme_rights,
        "cooperation" => p.theme_cooperation,
        _ => theme.label,
    }
}

/// "Clear all filters" and "Present questions" (from the selected question, else the first).
pub fn actions(t: Qx, f: &ExplorerFilter, selected: Option<&str>) -> String {
    let clear = if f.narrows() {
        format!(
            "<button type=\"button\" class=\"button button--quiet\" data-action=\"clear\">{}</button>",
            esc(t.c.clear_filters)
        )
    } else {
        String::new()
    };
    let present = f
        .to_query(Query::default())
        .with("present", Some(selected.unwrap_or("q1-1")));
    format!(
        "{clear}<a class=\"button button--quiet\" href=\"{}\">{}</a>",
        href(&format!("questions{present}")),
        esc(t.p.present)
    )
}

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

/// Both panels (or the chosen one), filtered. `selected` is the anchor of a question to mark.
pub fn explorer(m: &'static Meeting, t: Qx, f: &ExplorerFilter, selected: Option<&str>) -> String {
    let en = t.en();
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
            "<h2 id=\"panel-{}-title\"{en}>{}</h2>",
            p.number,
            esc(p.name)
        );
        if let Some(s) = m.session(p.session) {
            let day = m
                .day(s.day)
                .map(|d| t.date_long(d.date))
                .unwrap_or_default();
            let _ = write!(
                o,
                "<p class=\"session__meta\"><a href=\"{}\"{en}>{}</a><span>{}</span></p>",
                href(&format!("session?id={}", s.id)),
                esc(s.title),
                esc(&fill(
                    t.c.day_at_new_york,
                    &[("day", &day), ("time", &t.ltr(&m.time_range(s)))]
                ))
            );
        }
        let _ = write!(
            o,
            "<p class=\"panel__theme\"{en}>{}</p>",
            hl(p.theme, &terms)
        );
        let strong = |n: u32| format!("<strong>{}</strong>", esc(&t.minutes(u64::from(n))));
        let _ = write!(
            o,
            "<details class=\"panel__how\"><summary>{}</summary><p{en}>{}</p><p>{}</p><p class=\"note\">{}</p></details>",
            esc(t.p.how_h),
            esc(p.structure),
            fill_html(
                t.p.interventions,
                &[
                    ("delegation", &strong(m.delegation_minutes)),
                    ("group", &strong(m.regional_group_minutes))
                ]
            ),
            esc(t.p.no_chairs)
        );
        let _ = write!(
            o,
            "<h3>{}</h3><p class=\"note\"{en}>{}</p>",
            esc(t.p.guiding_h),
            esc(p.questions_intro())
        );
        if qs.is_empty() {
            let _ = write!(o, "<p class=\"empty-line\">{}</p>", esc(t.p.none_match));
        } else {
            o.push_str("<ol class=\"questions\">");
            for q in qs {
                let anchor = q.anchor();
                let selected_class = if selected == Some(anchor.as_str()) {
                    " question--selected"
                } else {
                    ""
                };
                let label = q.label();
                let _ = write!(
                    o,
                    "<li class=\"question{selected_class}\" id=\"{a}\" tabindex=\"-1\"><span class=\"question__number\" aria-label=\"{}\" dir=\"ltr\">{label}</span><div class=\"question__body\"><p{en}>{}</p><p class=\"tags\"><span class=\"visually-hidden\">{} </span>{}</p><div class=\"question__actions no-print\"><button type=\"button\" class=\"button button--small button--quiet\" data-share=\"{a}\">{}<span class=\"visually-hidden\"> {}</span></button><a class=\"button button--small button--quiet\" href=\"{}\">{}<span class=\"visually-hidden\"> {}</span></a><span class=\"share__status\" id=\"shared-{a}\"></span></div></div></li>",
                    esc(&fill(t.p.question_n, &[("label", &label)])),
                    hl(q.question.text, &terms),
                    esc(t.p.tags),
                    tags(m, t, q.question.tags),
                    esc(t.p.share_link),
                    esc(&fill(t.p.share_hidden, &[("label", &label)])),
                    href(&format!("questions{}", f.to_query(Query::default()).with("present", Some(&anchor)))),
                    esc(t.p.present_one),
                    esc(&fill(t.p.present_hidden, &[("label", &label)])),
                    a = anchor,
                );
            }
            o.push_str("</ol>");
        }
        o.push_str(&paper(m, t, p, f, &paras));
        o.push_str("</section>");
    }
    if o.is_empty() {
        let _ = write!(
            o,
            "<div class=\"empty\"><h2>{}</h2><p>{}</p></div>",
            esc(t.p.nothing_title),
            esc(t.p.nothing_text)
        );
    }
    o
}

fn tags(m: &Meeting, t: Qx, ids: &[&str]) -> String {
    ids.iter()
        .filter_map(|id| m.theme(id))
        .map(|th| {
            format!(
                "<a class=\"tag\" href=\"{}\">{}</a>",
                href(&format!("questions?theme={}", th.id)),
                esc(theme_label(t, th))
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn paper(
    m: &Meeting,
    t: Qx,
    p: &Panel,
    f: &ExplorerFilter,
    paras: &[(usize, &crate::programme::model::Paragraph)],
) -> String {
    let Some(pp) = p.paper() else {
        return String::new();
    };
    let en = t.en();
    let terms = f.terms();
    let total = pp.paper.paragraphs.len();
    let mut o = format!(
        "<h3 id=\"paper-{}\"{en}>{}</h3>",
        p.number,
        esc(pp.paper.title)
    );
    let narrowed = !f.themes.is_empty() || !terms.is_empty();
    if narrowed {
        let _ = write!(
            o,
            "<p class=\"note\">{}</p>",
            esc(&t.count(
                &t.p.paragraphs_match,
                total as u64,
                &[("shown", &paras.len().to_string())]
            ))
        );
    } else {
        let _ = write!(
            o,
            "<p class=\"paper__heading\"{en}>“{}”</p>",
            esc(pp.paper.heading)
        );
    }
    o.push_str("<div class=\"paper\">");
    for (n, para) in paras {
        let label = if narrowed {
            format!(
                "<span class=\"paper__n\"{}>{}</span> ",
                crate::i18n::interface_attr(t.lang),
                esc(&fill(t.p.paragraph_n, &[("n", &n.to_string())]))
            )
        } else {
            String::new()
        };
        let _ = write!(
            o,
            "<p id=\"p{}-{n}\"{en}>{label}{}<span class=\"tags tags--inline\"{}><span class=\"visually-hidden\">{} </span>{}</span></p>",
            p.number,
            hl(para.text, &terms),
            crate::i18n::interface_attr(t.lang),
            esc(t.p.tags),
            tags(m, t, para.tags)
        );
    }
    o.push_str("</div>");
    if let (Some(fig), false) = (&pp.figures, narrowed) {
        if t.lang != crate::i18n::Lang::En {
            let _ = write!(o, "<p class=\"note\">{}</p>", esc(t.p.figure_note));
        }
        let _ = write!(o, "<div{en}>{}</div>", figures(fig));
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
    let mut said: Vec<String> = Vec::new();
    let shown: u32 = fig.of_ten.iter().map(|o| u32::from(o.count)).sum();
    let others = 10u32.saturating_sub(shown);
    let groups = fig
        .of_ten
        .iter()
        .map(|o| (o.label, u32::from(o.count)))
        .chain(
            (others > 0).then_some(("The rest of the ten (not broken down in the paper)", others)),
        );
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
        // The paper states its groups' counts; the rest's is left unsaid, as the paper does.
        let count_said = if k < fig.of_ten.len() {
            format!(": about {count} of 10")
        } else {
            String::new()
        };
        said.push(format!("{label}{count_said}"));
        let _ = write!(legend, "<li><svg class=\"legend-swatch\" viewBox=\"0 0 20 20\" aria-hidden=\"true\"><g class=\"{class}\" transform=\"translate(10 18) scale(0.32)\"><circle cx=\"0\" cy=\"-44\" r=\"8\"/><path d=\"M-11 -32h22l4 30h-8v26h-14v-26h-8z\"/></g></svg>{}{count_said}</li>", esc(label));
    }
    let mut bars = String::new();
    for (i, s) in fig.shares.iter().enumerate() {
        let y = i as u32 * 64;
        let width = 300 * u32::from(s.numerator) / u32::from(s.denominator.max(1));
        // "More than" a fraction: the fill reaches the mark, a tick shows the mark and an
        // arrowhead past it shows "and more" (shape, not colour, carries it).
        let more = if s.more_than {
            format!(
                "<path class=\"bar-fill bar-more\" d=\"M{width} {}l12 8l-12 8z\"/><path class=\"bar-mark\" d=\"M{width} {}v24\"/>",
                y + 36,
                y + 32
            )
        } else {
            String::new()
        };
        let _ = write!(
            bars,
            "<text x=\"0\" y=\"{}\" class=\"bar-label\">{}</text><text x=\"0\" y=\"{}\" class=\"bar-value\">{}</text><rect x=\"0\" y=\"{}\" width=\"300\" height=\"16\" class=\"bar-track\"/><rect x=\"0\" y=\"{}\" width=\"{width}\" height=\"16\" class=\"bar-fill\"/>{more}",
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
        "<figure class=\"figures\" aria-labelledby=\"fig-caption\"><div class=\"figures__grid\"><svg class=\"pictogram\" viewBox=\"0 0 360 92\" role=\"img\" aria-label=\"Pictogram of every ten victims detected. {}\">{icons}</svg><ul class=\"figures__legend\">{legend}</ul><svg class=\"bars\" viewBox=\"0 0 300 {}\" role=\"img\" aria-label=\"Bars: {}\">{bars}</svg></div><figcaption id=\"fig-caption\"><strong>Key figures.</strong> {} Source: {}, as cited in the background paper.</figcaption></figure>",
        esc(&said.join("; ")),
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
    fn every_theme_has_a_label_in_every_language() {
        use crate::i18n::Lang;
        for l in Lang::ALL {
            let t = Texts {
                lang: l,
                c: l.text(),
                p: l.questions(),
            };
            let labels: Vec<&str> = meeting()
                .themes
                .iter()
                .map(|th| theme_label(t, th))
                .collect();
            let mut unique = labels.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), labels.len(), "{l:?}: one label per theme");
            if l == Lang::En {
                // English says what the data file says.
                for th in meeting().themes {
                    assert_eq!(theme_label(t, th), th.label);
                }
            } else {
                for th in meeting().themes {
                    assert_ne!(theme_label(t, th), th.label, "{l:?} {}", th.id);
                }
            }
        }
    }

    #[test]
    fn the_explorer_in_arabic_marks_the_english_text() {
        use crate::i18n::Lang;
        let t = Texts {
            lang: Lang::Ar,
            c: Lang::Ar.text(),
            p: Lang::Ar.questions(),
        };
        let html = explorer(meeting(), t, &filter(""), None);
        assert!(html.contains(t.p.guiding_h));
        assert!(html.contains(t.p.figure_note));
        assert!(
            html.contains("<p lang=\"en\" dir=\"ltr\">"),
            "the questions are marked English"
        );
        assert!(!html.contains("How the panel runs"));
    }

    #[test]
    fn everything_when_unfiltered() {
        let t = crate::i18n::ENGLISH_QUESTIONS;
        let html = explorer(meeting(), t, &filter(""), Some("q1-3"));
        assert_eq!(html.matches("<li class=\"question").count(), 13);
        assert_eq!(html.matches("question--selected").count(), 1);
        assert!(html.contains("id=\"q1-3\""));
        assert!(html.contains("<figure class=\"figures\""));
        assert_eq!(html.matches(t.p.no_chairs).count(), 2);
    }

    #[test]
    fn search_shows_where_it_was_found() {
        let t = crate::i18n::ENGLISH_QUESTIONS;
        let html = explorer(meeting(), t, &filter("q=cryptocurrencies"), None);
        assert!(html.contains("1 of 9 paragraphs match"));
        assert!(html.contains("Paragraph 8"));
        assert!(html.contains("<mark>cryptocurrencies</mark>"));
        assert!(!html.contains("id=\"panel-1\""), "panel 1 has no match");
        let none = explorer(meeting(), t, &filter("q=zebra"), None);
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
        // The rest is drawn, but given no figure the paper does not state.
        assert!(svg.contains("The rest of the ten (not broken down in the paper)</li>"));
        assert!(!svg.contains("3 of 10") && !svg.contains("three"));
        assert!(svg.contains("aria-label=\"Pictogram of every ten victims detected. Adult women: about 5 of 10; Girls: about 2 of 10; The rest of the ten (not broken down in the paper)\""), "{svg}");
        assert!(svg.contains("Adult women: about 5 of 10"));
        // "More than 50 per cent" is drawn past its mark; "about one third" is not.
        assert_eq!(svg.matches("class=\"bar-fill bar-more\"").count(), 1);
        assert!(svg.contains("d=\"M150 36l12 8l-12 8z\""), "{svg}");
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

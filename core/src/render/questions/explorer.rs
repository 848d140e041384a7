//! The explorer's content: both panels (or the chosen one) with their guiding questions and
//! background papers as the filter leaves them, the terms searched for marked.

use super::{figures, theme_label, Qx};
use crate::i18n::fill;
use crate::programme::model::{Meeting, Panel};
use crate::query::Query;
use crate::questions::ExplorerFilter;
use crate::render::{esc, fill_html, hl, href};
use std::fmt::Write as _;

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

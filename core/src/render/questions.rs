//! The question explorer's content: both panels with their questions and background papers as
//! the filter leaves them, and the key figures of panel 1's paper drawn as an accessible SVG.
//!
//! The pieces: the filter form (`filters`), the panels with their questions and papers
//! (`explorer`), and the key figures drawn (`figures`).

mod explorer;
mod figures;
mod filters;

pub use explorer::explorer;
pub use figures::figures;
pub use filters::filters_form;

use super::{esc, href};
use crate::i18n::{QuestionsText, Texts};
use crate::programme::model::{Meeting, Theme};
use crate::query::Query;
use crate::questions::ExplorerFilter;

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
    let actions = actions(m, t, f, selected);
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

/// "Clear all filters" and "Present questions" (from the selected question, else the first
/// the filters show).
pub fn actions(m: &'static Meeting, t: Qx, f: &ExplorerFilter, selected: Option<&str>) -> String {
    let clear = if f.narrows() {
        format!(
            "<button type=\"button\" class=\"button button--quiet\" data-action=\"clear\">{}</button>",
            esc(t.c.clear_filters)
        )
    } else {
        String::new()
    };
    let first = selected
        .map(str::to_owned)
        .or_else(|| f.questions(m).first().map(|q| q.anchor()))
        .unwrap_or_else(|| "q1-1".to_owned());
    let present = f.to_query(Query::default()).with("present", Some(&first));
    format!(
        "{clear}<a class=\"button button--quiet\" href=\"{}\">{}</a>",
        href(&format!("questions{present}")),
        esc(t.p.present)
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
}

//! The guiding-question explorer's logic: which questions and background paragraphs a view
//! shows (by panel, theme and text), counts per theme, one id per question for deep links,
//! and stepping through questions in present mode. Pure; the URL codec is total.

use crate::programme::model::{GuidingQuestion, Meeting, Panel, Paragraph, Theme};
use crate::query::{clip, Query};
use crate::search;

/// One guiding question with its panel.
#[derive(Debug, Clone, Copy)]
pub struct QuestionRef {
    pub panel: &'static Panel,
    pub question: &'static GuidingQuestion,
}

impl PartialEq for QuestionRef {
    fn eq(&self, other: &Self) -> bool {
        self.anchor() == other.anchor()
    }
}

impl QuestionRef {
    /// The question's id in links and in the page: `q1-3`.
    pub fn anchor(&self) -> String {
        self.panel.question_anchor(self.question)
    }

    /// How the seed numbers it, with its panel: `1.3`.
    pub fn label(&self) -> String {
        format!("{}.{}", self.panel.number, self.question.number)
    }
}

/// Every guiding question, panel by panel.
pub fn all(m: &'static Meeting) -> Vec<QuestionRef> {
    m.panels
        .iter()
        .flat_map(|panel| {
            panel
                .questions()
                .iter()
                .map(move |question| QuestionRef { panel, question })
        })
        .collect()
}

/// The question an anchor names (`q1-3`, also `1.3` and `1-3`), if any.
pub fn find(m: &'static Meeting, anchor: &str) -> Option<QuestionRef> {
    let s = anchor.trim().trim_start_matches('q');
    let (p, q) = s.split_once(['-', '.'])?;
    let (p, q): (u8, u8) = (p.parse().ok()?, q.parse().ok()?);
    let panel = m.panel(p)?;
    let question = panel.questions().iter().find(|x| x.number == q)?;
    Some(QuestionRef { panel, question })
}

/// What the explorer shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExplorerFilter {
    pub panel: Option<u8>,
    /// Theme ids; a question shows when it carries any of them.
    pub themes: Vec<String>,
    pub text: String,
}

/// A part of a link the explorer could not use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    UnknownPanel(String),
    UnknownTheme(String),
    UnknownQuestion(String),
    /// Values of a list beyond the first [`crate::query::MAX_VALUES`], left unread.
    Ignored(usize),
    /// More query than the app reads ([`crate::query::MAX_QUERY`]).
    Cut,
}

impl ExplorerFilter {
    pub fn from_query(m: &Meeting, q: &Query) -> (ExplorerFilter, Vec<Notice>) {
        let mut notices = Vec::new();
        let panel = q.get("panel").and_then(|p| {
            match p.parse::<u8>().ok().filter(|n| m.panel(*n).is_some()) {
                Some(n) => Some(n),
                None => {
                    notices.push(Notice::UnknownPanel(clip(p)));
                    None
                }
            }
        });
        let mut themes: Vec<String> = Vec::new();
        let listed = crate::query::list(q.get("theme").unwrap_or_default());
        for t in listed.values {
            if m.theme(t).is_some() {
                if !themes.iter().any(|x| x == t) {
                    themes.push(t.to_string());
                }
            } else if crate::embed::COLOUR_THEMES.contains(&t) {
                // `theme=dark` is an embedding page's colour theme (see `embed`), not a topic.
            } else {
                notices.push(Notice::UnknownTheme(clip(t)));
            }
        }
        // Keep the data file's order, so equal filters write equal URLs.
        themes.sort_by_key(|t| m.themes.iter().position(|x| x.id == t));
        let text = q.get("q").unwrap_or_default().chars().take(200).collect();
        if listed.more > 0 {
            notices.push(Notice::Ignored(listed.more));
        }
        if q.was_cut() {
            notices.push(Notice::Cut);
        }
        (
            ExplorerFilter {
                panel,
                themes,
                text,
            },
            notices,
        )
    }

    pub fn to_query(&self, mut q: Query) -> Query {
        q.set("panel", self.panel.map(|p| p.to_string()).as_deref());
        q.set("theme", Some(&self.themes.join(",")));
        q.set("q", Some(self.text.as_str()));
        q
    }

    pub fn narrows(&self) -> bool {
        self.panel.is_some() || !self.themes.is_empty() || !self.text.trim().is_empty()
    }

    pub fn terms(&self) -> Vec<String> {
        search::terms(&self.text)
    }

    fn theme_ok(&self, tags: &[&str]) -> bool {
        self.themes.is_empty() || self.themes.iter().any(|t| tags.contains(&t.as_str()))
    }

    fn panel_ok(&self, p: &Panel) -> bool {
        self.panel.is_none_or(|n| n == p.number)
    }

    /// The questions that pass every filter, in seed order.
    pub fn questions(&self, m: &'static Meeting) -> Vec<QuestionRef> {
        let terms = self.terms();
        all(m)
            .into_iter()
            .filter(|q| self.panel_ok(q.panel) && self.theme_ok(q.question.tags))
            .filter(|q| search::matches_all([q.question.text].into_iter(), &terms))
            .collect()
    }

    /// The background paragraphs that pass (all of them when only the panel is chosen), with
    /// their 1-based number in their paper.
    pub fn paragraphs(&self, p: &'static Panel) -> Vec<(usize, &'static Paragraph)> {
        if !self.panel_ok(p) {
            return Vec::new();
        }
        let terms = self.terms();
        let paragraphs = p.paper().map_or(&[][..], |x| x.paper.paragraphs);
        paragraphs
            .iter()
            .enumerate()
            .filter(|(_, para)| {
                self.theme_ok(para.tags) && search::matches_all([para.text].into_iter(), &terms)
            })
            .map(|(i, para)| (i + 1, para))
            .collect()
    }

    /// For each theme, how many questions it would show with the panel and text as they are.
    pub fn theme_counts(&self, m: &'static Meeting) -> Vec<(&'static Theme, usize)> {
        let without_themes = ExplorerFilter {
            themes: Vec::new(),
            ..self.clone()
        };
        let pool = without_themes.questions(m);
        m.themes
            .iter()
            .map(|t| {
                (
                    t,
                    pool.iter()
                        .filter(|q| q.question.tags.contains(&t.id))
                        .count(),
                )
            })
            .collect()
    }
}

/// A move in present mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Next,
    Previous,
    First,
    Last,
}

/// The question to show after a step, within a list; clamps at the ends.
pub fn step(list: &[QuestionRef], current: &str, step: Step) -> Option<QuestionRef> {
    let i = list.iter().position(|q| q.anchor() == current).unwrap_or(0);
    let j = match step {
        Step::Next => (i + 1).min(list.len().saturating_sub(1)),
        Step::Previous => i.saturating_sub(1),
        Step::First => 0,
        Step::Last => list.len().saturating_sub(1),
    };
    list.get(j).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::questions::control;
    use crate::form::FormState;
    use crate::programme::meeting;
    use proptest::prelude::*;

    fn labels(f: &ExplorerFilter) -> Vec<String> {
        f.questions(meeting())
            .iter()
            .map(QuestionRef::label)
            .collect()
    }

    fn parse(q: &str) -> (ExplorerFilter, Vec<Notice>) {
        ExplorerFilter::from_query(meeting(), &Query::parse(q))
    }

    #[test]
    fn a_colour_theme_is_not_a_topic() {
        for t in meeting().themes {
            assert!(
                !crate::embed::COLOUR_THEMES.contains(&t.id),
                "{} is a colour theme's name",
                t.id
            );
        }
        let (f, notices) = parse("theme=dark,children");
        assert_eq!(f.themes, ["children"]);
        assert!(notices.is_empty());
    }

    #[test]
    fn thirteen_questions_each_tagged_with_known_themes() {
        let m = meeting();
        let qs = all(m);
        assert_eq!(qs.len(), 13);
        for q in &qs {
            assert!(
                !q.question.tags.is_empty(),
                "question {} has no theme",
                q.label()
            );
            assert!(q.question.tags.iter().all(|t| m.theme(t).is_some()));
        }
    }

    #[test]
    fn filters() {
        assert_eq!(
            labels(&parse("panel=2").0),
            ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6"]
        );
        assert_eq!(labels(&parse("theme=children").0), ["1.4", "1.6", "2.3"]);
        assert_eq!(labels(&parse("theme=children&panel=2").0), ["2.3"]);
        assert_eq!(labels(&parse("theme=crises,migrants").0), ["2.1", "2.2"]);
        assert_eq!(labels(&parse("q=impunity").0), ["1.3"]);
        assert_eq!(labels(&parse("q=PRIVACY").0), ["2.5", "2.6"]);
        assert_eq!(labels(&parse("q=non-punishment").0), ["1.4"]);
    }

    #[test]
    fn paragraphs_and_counts() {
        let m = meeting();
        let p1 = m.panel(1).expect("panel 1");
        let (f, _) = parse("q=one+third");
        assert_eq!(
            f.paragraphs(p1).iter().map(|(n, _)| *n).collect::<Vec<_>>(),
            [4]
        );
        assert_eq!(parse("panel=2").0.paragraphs(p1).len(), 0);
        assert_eq!(parse("").0.paragraphs(p1).len(), 6);
        let counts = parse("panel=1").0.theme_counts(m);
        let children = counts
            .iter()
            .find(|(t, _)| t.id == "children")
            .map(|(_, n)| *n);
        assert_eq!(children, Some(2));
    }

    #[test]
    fn anchors_and_steps() {
        let m = meeting();
        assert_eq!(find(m, "q1-3").map(|q| q.label()), Some("1.3".into()));
        assert_eq!(find(m, "2.6").map(|q| q.anchor()), Some("q2-6".into()));
        assert!(find(m, "q2-7").is_none() && find(m, "q").is_none() && find(m, "q9-1").is_none());
        let list = all(m);
        assert_eq!(
            step(&list, "q1-7", Step::Next).map(|q| q.label()),
            Some("2.1".into())
        );
        assert_eq!(
            step(&list, "q2-6", Step::Next).map(|q| q.label()),
            Some("2.6".into())
        );
        assert_eq!(
            step(&list, "q1-1", Step::Previous).map(|q| q.label()),
            Some("1.1".into())
        );
        assert_eq!(
            step(&list, "q1-4", Step::Last).map(|q| q.label()),
            Some("2.6".into())
        );
        assert_eq!(
            step(&list, "nonsense", Step::First).map(|q| q.label()),
            Some("1.1".into())
        );
        assert!(step(&[], "q1-1", Step::Next).is_none());
    }

    #[test]
    fn form_controls() {
        let m = meeting();
        let (f, replace) =
            ExplorerFilter::default().with_control(m, control::THEME, "gender", true);
        assert!(!replace && f.is_checked(control::THEME, "gender"));
        let (f, _) = f.with_control(m, control::THEME, "children", true);
        assert_eq!(f.themes, ["children", "gender"], "data-file order");
        let (f, _) = f.with_control(m, control::PANEL, "2", true);
        assert!(f.is_checked(control::PANEL, "2") && !f.is_checked(control::PANEL, ""));
        let (f, _) = f.with_control(m, control::PANEL, "", true);
        assert!(f.is_checked(control::PANEL, ""));
        let (f, replace) = f.with_control(m, control::TEXT, "privacy", true);
        assert!(replace && f.field_value(control::TEXT).as_deref() == Some("privacy"));
        assert_eq!(
            f.with_control(m, control::THEME, "cats", true).0.themes,
            ["children", "gender"]
        );
    }

    #[test]
    fn bad_values_give_notices() {
        let (f, n) = parse("panel=3&theme=children,cats");
        assert_eq!(f.panel, None);
        assert_eq!(f.themes, ["children"]);
        assert_eq!(n.len(), 2);
    }

    proptest! {
        #[test]
        fn filter_round_trips(panel in proptest::option::of(1u8..=2), themes in proptest::sample::subsequence(vec!["children", "gender", "technology", "crises"], 0..=4), text in ".{0,16}") {
            let f = ExplorerFilter { panel, themes: themes.into_iter().map(String::from).collect(), text };
            let q = Query::parse(&f.to_query(Query::default()).to_string());
            let (back, notices) = ExplorerFilter::from_query(meeting(), &q);
            prop_assert!(notices.is_empty());
            prop_assert_eq!(back, f);
        }

        #[test]
        fn no_query_or_anchor_panics(s in ".{0,60}") {
            let (f, _) = ExplorerFilter::from_query(meeting(), &Query::parse(&s));
            let _ = f.questions(meeting());
            let _ = f.theme_counts(meeting());
            let _ = find(meeting(), &s);
        }
    }
}

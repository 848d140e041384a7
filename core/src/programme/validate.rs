//! Checks the programme data for the mistakes an editor of `data/programme.toml` could make:
//! duplicate ids, empty text, sessions out of order or outside their day, references that
//! do not resolve, and guiding questions without a theme.
//!
//! `build.rs` runs [`validate`] on the data file and refuses to build with the list of
//! problems; the native tests run it again on the bundled data and on broken copies. Like
//! `model.rs` this file is compiled into `build.rs`, so it uses nothing outside `super::model`.

use super::model::{Meeting, Notes, PanelPaper, Session};
use std::collections::HashSet;
use std::fmt;

/// One problem in the data, naming the entry it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataError {
    DuplicateId {
        what: &'static str,
        id: String,
    },
    EmptyText {
        at: String,
    },
    UnknownReference {
        at: String,
        what: &'static str,
        id: String,
    },
    EndNotAfterStart {
        session: String,
    },
    OutsideDay {
        session: String,
    },
    OutOfOrder {
        session: String,
    },
    Numbering {
        at: String,
    },
    Untagged {
        at: String,
    },
    BadFigure {
        at: String,
    },
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::DuplicateId { what, id } => write!(f, "{what} id \"{id}\" is used twice"),
            DataError::EmptyText { at } => write!(f, "{at}: text is empty"),
            DataError::UnknownReference { at, what, id } => {
                write!(f, "{at}: no {what} with id \"{id}\"")
            }
            DataError::EndNotAfterStart { session } => {
                write!(f, "session \"{session}\": end is not after start")
            }
            DataError::OutsideDay { session } => {
                write!(f, "session \"{session}\": a time is outside 00:00–24:00")
            }
            DataError::OutOfOrder { session } => write!(
                f,
                "session \"{session}\": sessions must be listed in time order, day by day, without overlap"
            ),
            DataError::Numbering { at } => write!(f, "{at}: numbers must run 1, 2, 3, …"),
            DataError::Untagged { at } => write!(f, "{at}: needs at least one theme tag"),
            DataError::BadFigure { at } => write!(f, "{at}: the figure does not add up"),
        }
    }
}

/// Every problem found, in data-file order; an empty list means the data is sound.
pub fn validate(m: &Meeting, papers: &[PanelPaper], notes: &Notes) -> Vec<DataError> {
    let paper_of = |n: u8| papers.iter().find(|x| x.panel == n);
    let mut errors = Vec::new();
    let mut text = |at: String, s: &str| {
        if s.trim().is_empty() {
            errors.push(DataError::EmptyText { at });
        }
    };
    for (field, value) in [
        ("meeting.title", m.title),
        ("meeting.short_title", m.short_title),
        ("meeting.dates", m.dates),
        ("meeting.venue", m.venue),
        ("meeting.time_zone_label", m.time_zone_label),
    ] {
        text(field.to_string(), value);
    }
    for (i, p) in notes
        .background
        .iter()
        .chain(notes.format.iter())
        .enumerate()
    {
        text(format!("meeting paragraph {}", i + 1), p);
    }
    for s in m.speakers {
        text(format!("speaker \"{}\" name", s.id), s.name);
        text(format!("speaker \"{}\" role", s.id), s.role);
    }
    for s in m.sessions {
        text(format!("session \"{}\" title", s.id), s.title);
        for it in s.items {
            text(format!("session \"{}\" item", s.id), it.text);
        }
    }
    for p in m.panels {
        text(format!("panel {} theme", p.number), p.theme);
        text(format!("panel {} structure", p.number), p.structure);
        for q in notes.questions_of(p.number) {
            text(format!("panel {} question {}", p.number, q.number), q.text);
        }
    }
    for x in papers {
        for (i, para) in x.paper.paragraphs.iter().enumerate() {
            text(format!("panel {} paragraph {}", x.panel, i + 1), para.text);
        }
    }

    unique(&mut errors, "day", m.days.iter().map(|d| d.id));
    unique(&mut errors, "speaker", m.speakers.iter().map(|s| s.id));
    unique(&mut errors, "session", m.sessions.iter().map(|s| s.id));
    unique(&mut errors, "theme", m.themes.iter().map(|t| t.id));

    let days: HashSet<&str> = m.days.iter().map(|d| d.id).collect();
    let speakers: HashSet<&str> = m.speakers.iter().map(|s| s.id).collect();
    let themes: HashSet<&str> = m.themes.iter().map(|t| t.id).collect();
    let mut reference = |at: String, what: &'static str, id: &str, known: bool| {
        if !known {
            errors.push(DataError::UnknownReference {
                at,
                what,
                id: id.to_string(),
            });
        }
    };
    for s in m.sessions {
        let at = format!("session \"{}\"", s.id);
        reference(at.clone(), "day", s.day, days.contains(s.day));
        for sp in s
            .speakers
            .iter()
            .chain(s.items.iter().filter_map(|i| i.speaker.as_ref()))
        {
            reference(at.clone(), "speaker", sp, speakers.contains(sp));
        }
        if let Some(n) = s.panel {
            let ok = m.panels.iter().any(|p| p.number == n && p.session == s.id);
            reference(at, "panel", &n.to_string(), ok);
        }
    }
    for p in m.panels {
        let at = format!("panel {}", p.number);
        let ok = m
            .sessions
            .iter()
            .any(|s| s.id == p.session && s.panel == Some(p.number));
        reference(at.clone(), "session", p.session, ok);
        let questions = notes.questions_of(p.number);
        let tags = questions.iter().flat_map(|q| q.tags.iter()).chain(
            paper_of(p.number)
                .into_iter()
                .flat_map(|x| x.paper.paragraphs.iter().flat_map(|para| para.tags.iter())),
        );
        for tag in tags {
            reference(at.clone(), "theme", tag, themes.contains(tag));
        }
        let n = p.number.to_string();
        let one = papers.iter().filter(|x| x.panel == p.number).count() == 1;
        reference(at.clone(), "background paper", &n, one);
        let one = notes.panels.iter().filter(|x| x.panel == p.number).count() == 1;
        reference(at, "guiding questions", &n, one);
    }
    for x in papers {
        let known = m.panels.iter().any(|p| p.number == x.panel);
        reference("papers".into(), "panel", &x.panel.to_string(), known);
    }
    for x in notes.panels {
        let known = m.panels.iter().any(|p| p.number == x.panel);
        reference("questions".into(), "panel", &x.panel.to_string(), known);
    }

    check_times(&mut errors, m);

    let mut panel_numbers = m.panels.iter().map(|p| p.number);
    if !(1..).zip(&mut panel_numbers).all(|(want, got)| want == got) {
        errors.push(DataError::Numbering {
            at: "panels".into(),
        });
    }
    for p in m.panels {
        let at = format!("panel {} questions", p.number);
        let questions = notes.questions_of(p.number);
        if !(1..)
            .zip(questions.iter())
            .all(|(want, q)| q.number == want)
        {
            errors.push(DataError::Numbering { at });
        }
        for q in questions.iter().filter(|q| q.tags.is_empty()) {
            errors.push(DataError::Untagged {
                at: format!("panel {} question {}", p.number, q.number),
            });
        }
        if let Some(fig) = paper_of(p.number).and_then(|x| x.figures.as_ref()) {
            let at = format!("panel {} figures", p.number);
            let of_ten: u32 = fig.of_ten.iter().map(|o| o.count as u32).sum();
            let bad_share = fig
                .shares
                .iter()
                .any(|s| s.denominator == 0 || s.numerator > s.denominator);
            if of_ten > 10 || bad_share {
                errors.push(DataError::BadFigure { at });
            }
        }
    }
    errors
}

fn unique<'a>(errors: &mut Vec<DataError>, what: &'static str, ids: impl Iterator<Item = &'a str>) {
    let mut seen = HashSet::new();
    for id in ids {
        if id.trim().is_empty() {
            errors.push(DataError::EmptyText {
                at: format!("a {what} id"),
            });
        } else if !seen.insert(id) {
            errors.push(DataError::DuplicateId {
                what,
                id: id.to_string(),
            });
        }
    }
}

fn check_times(errors: &mut Vec<DataError>, m: &Meeting) {
    let day_index = |s: &Session| m.days.iter().position(|d| d.id == s.day);
    let mut previous: Option<(usize, u32)> = None;
    for s in m.sessions {
        let id = s.id.to_string();
        if s.start.hour > 23
            || s.start.minute > 59
            || s.end.minute > 59
            || s.end.minutes() > 24 * 60
        {
            errors.push(DataError::OutsideDay {
                session: id.clone(),
            });
        }
        if s.end.minutes() <= s.start.minutes() {
            errors.push(DataError::EndNotAfterStart {
                session: id.clone(),
            });
        }
        let Some(day) = day_index(s) else { continue };
        if let Some((prev_day, prev_end)) = previous {
            if day < prev_day || (day == prev_day && s.start.minutes() < prev_end) {
                errors.push(DataError::OutOfOrder { session: id });
            }
        }
        previous = Some((day, s.end.minutes()));
    }
    let mut dates = m.days.iter().map(|d| d.date);
    if let Some(mut prev) = dates.next() {
        for d in dates {
            if d <= prev {
                errors.push(DataError::OutOfOrder {
                    session: format!("day {}-{}-{}", d.year, d.month, d.day),
                });
            }
            prev = d;
        }
    }
}

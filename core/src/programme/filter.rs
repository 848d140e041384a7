//! The agenda's filters and their place in the URL: day, session kind, speaker, free text,
//! and "my agenda". Parsing is total: an unknown value is dropped with a [`Notice`] the page
//! shows, never an error page.

use super::favourites::Favourites;
use super::model::{Meeting, Session, SessionKind};
use crate::query::{clip, Query};
use crate::search;

/// What the agenda shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgendaFilter {
    /// A day id, or both days.
    pub day: Option<String>,
    /// Kinds to show; empty means all.
    pub kinds: Vec<SessionKind>,
    /// A speaker id.
    pub speaker: Option<String>,
    /// Free text, as typed.
    pub text: String,
    /// Only the visitor's starred sessions.
    pub mine: bool,
}

/// A part of a link the agenda could not use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    UnknownDay(String),
    UnknownKind(String),
    UnknownSpeaker(String),
    /// A shared agenda (`picks=`) that names no session of the programme.
    NoSharedSession,
    /// Values of a list beyond the first [`crate::query::MAX_VALUES`], left unread.
    Ignored(usize),
    /// More query than the app reads ([`crate::query::MAX_QUERY`]).
    Cut,
}

impl AgendaFilter {
    /// Reads the filter from a query; values that name nothing are dropped with a notice.
    pub fn from_query(m: &Meeting, q: &Query) -> (AgendaFilter, Vec<Notice>) {
        let mut notices = Vec::new();
        let day = q.get("day").and_then(|d| {
            if m.day(d).is_some() {
                Some(d.to_string())
            } else {
                notices.push(Notice::UnknownDay(clip(d)));
                None
            }
        });
        let mut kinds = Vec::new();
        let listed = crate::query::list(q.get("kind").unwrap_or_default());
        for k in listed.values {
            match SessionKind::from_slug(k) {
                Some(kind) if !kinds.contains(&kind) => kinds.push(kind),
                Some(_) => {}
                None => notices.push(Notice::UnknownKind(clip(k))),
            }
        }
        // In the programme's order (opening, plenary, panel, closing), whatever the link's.
        let kinds: Vec<SessionKind> = SessionKind::ALL
            .into_iter()
            .filter(|k| kinds.contains(k))
            .collect();
        let speaker = q.get("speaker").and_then(|s| {
            if m.speaker(s).is_some() {
                Some(s.to_string())
            } else {
                notices.push(Notice::UnknownSpeaker(clip(s)));
                None
            }
        });
        let text = q.get("q").unwrap_or_default().chars().take(200).collect();
        let mine = q.get("mine").is_some_and(|v| v == "1");
        if q.get("picks").is_some() && Favourites::shared(q).is_none() {
            notices.push(Notice::NoSharedSession);
        }
        if listed.more > 0 {
            notices.push(Notice::Ignored(listed.more));
        }
        if q.was_cut() {
            notices.push(Notice::Cut);
        }
        (
            AgendaFilter {
                day,
                kinds,
                speaker,
                text,
                mine,
            },
            notices,
        )
    }

    /// Writes the filter into a query, keeping the query's other keys.
    pub fn to_query(&self, mut q: Query) -> Query {
        q.set("day", self.day.as_deref());
        let kinds: Vec<&str> = self.kinds.iter().map(|k| k.slug()).collect();
        q.set("kind", Some(&kinds.join(",")));
        q.set("speaker", self.speaker.as_deref());
        q.set("q", Some(self.text.as_str()));
        q.set("mine", self.mine.then_some("1"));
        q
    }

    /// Whether any filter narrows the agenda (the day alone does not count: it is a view).
    pub fn narrows(&self) -> bool {
        !self.kinds.is_empty()
            || self.speaker.is_some()
            || !self.text.trim().is_empty()
            || self.mine
    }

    /// Only words narrow the view: text is typed, and no day, kind, speaker or "my agenda"
    /// is chosen.
    pub fn only_words(&self) -> bool {
        !self.text.trim().is_empty()
            && *self
                == AgendaFilter {
                    text: self.text.clone(),
                    ..AgendaFilter::default()
                }
    }

    /// The search terms of the free text.
    pub fn terms(&self) -> Vec<String> {
        search::terms(&self.text)
    }

    /// Whether a session passes every filter.
    pub fn matches(&self, m: &Meeting, s: &Session, favourites: &Favourites) -> bool {
        self.day.as_deref().is_none_or(|d| s.day == d)
            && (self.kinds.is_empty() || self.kinds.contains(&s.kind))
            && self
                .speaker
                .as_deref()
                .is_none_or(|id| m.sessions_of(id).iter().any(|x| x.id == s.id))
            && (!self.mine || favourites.contains(s.id))
            && search::matches_all(searchable_texts(m, s).iter().copied(), &self.terms())
    }

    /// The sessions that pass, in programme order.
    pub fn apply(&self, m: &'static Meeting, favourites: &Favourites) -> Vec<&'static Session> {
        m.sessions
            .iter()
            .filter(|s| self.matches(m, s, favourites))
            .collect()
    }
}

impl AgendaFilter {
    /// How many of the "more filters" (kind, speaker) are on. ("My agenda" is not among them:
    /// it stays in sight.)
    pub fn more_count(&self) -> usize {
        self.kinds.len() + usize::from(self.speaker.is_some())
    }
}

/// Everything the free-text search looks at for a session: title, subtitle, kind, venue,
/// items, speakers with honorific and role, and the panel's theme.
pub fn searchable_texts(m: &Meeting, s: &Session) -> Vec<&'static str> {
    let mut texts: Vec<&'static str> = vec![s.title, s.kind.label(), s.venue];
    texts.extend(s.subtitle);
    texts.extend(s.items.iter().map(|i| i.text));
    for p in s
        .speakers
        .iter()
        .chain(s.items.iter().filter_map(|i| i.speaker.as_ref()))
        .filter_map(|id| m.speaker(id))
    {
        texts.extend([p.honorific, p.name, p.role]);
    }
    // A panel is found by its theme and by how it runs ("chair", "panellists", "microphone").
    if let Some(p) = m.panel_of(s) {
        texts.extend([p.theme, p.name, p.structure]);
    }
    texts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::agenda::control;
    use crate::form::FormState;
    use crate::programme::meeting;
    use proptest::prelude::*;

    fn ids(f: &AgendaFilter) -> Vec<&'static str> {
        f.apply(meeting(), &Favourites::default())
            .iter()
            .map(|s| s.id)
            .collect()
    }

    fn parse(q: &str) -> (AgendaFilter, Vec<Notice>) {
        AgendaFilter::from_query(meeting(), &Query::parse(q))
    }

    #[test]
    fn filters_combine() {
        assert_eq!(ids(&parse("").0).len(), 7);
        assert_eq!(
            ids(&parse("day=tue").0),
            [
                "plenary-tue-morning",
                "plenary-tue-afternoon",
                "closing-plenary"
            ]
        );
        assert_eq!(ids(&parse("kind=panel").0), ["panel-1", "panel-2"]);
        assert_eq!(
            ids(&parse("kind=opening,closing").0),
            ["opening-plenary", "closing-plenary"]
        );
        assert_eq!(ids(&parse("day=tue&kind=panel").0), Vec::<&str>::new());
        assert_eq!(
            ids(&parse("speaker=abdulla-shahid").0),
            ["opening-plenary", "closing-plenary"]
        );
        assert_eq!(
            ids(&parse("speaker=abdulla-shahid&day=tue").0),
            ["closing-plenary"]
        );
    }

    #[test]
    fn text_search_reaches_speakers_roles_items_and_themes() {
        assert_eq!(ids(&parse("q=siobhan").0), ["opening-plenary"]);
        assert_eq!(ids(&parse("q=Special%20Rapporteur").0), ["opening-plenary"]);
        assert_eq!(ids(&parse("q=covid").0), ["panel-2"]);
        assert_eq!(ids(&parse("q=summaries").0), ["closing-plenary"]);
        assert_eq!(ids(&parse("q=declaration").0), ["political-declaration"]);
        assert_eq!(ids(&parse("q=statements+tuesday").0), Vec::<&str>::new());
        assert_eq!(ids(&parse("q=Member+States").0).len(), 3);
        // How a panel runs, as its page says it.
        assert_eq!(ids(&parse("q=panellists").0), ["panel-1", "panel-2"]);
        assert_eq!(ids(&parse("q=microphone").0), ["panel-1", "panel-2"]);
        // A panel by its number (not the other panel, whose rules say "2 minutes").
        assert_eq!(ids(&parse("q=panel+2").0), ["panel-2"]);
        assert_eq!(ids(&parse("q=Panel%201").0), ["panel-1"]);
        // UN shorthand: every session is in the General Assembly Hall.
        assert_eq!(ids(&parse("q=GA+Hall").0).len(), meeting().sessions.len());
    }

    #[test]
    fn my_agenda() {
        let favs = Favourites::parse("panel-2,opening-plenary");
        let (f, _) = parse("mine=1");
        let got: Vec<_> = f.apply(meeting(), &favs).iter().map(|s| s.id).collect();
        assert_eq!(got, ["opening-plenary", "panel-2"]);
    }

    #[test]
    fn bad_values_give_notices_not_errors() {
        let (f, notices) = parse("day=sun&kind=panel,party&speaker=someone");
        assert_eq!(f.day, None);
        assert_eq!(f.kinds, [SessionKind::Panel]);
        assert_eq!(f.speaker, None);
        assert_eq!(notices.len(), 3);
        assert!(notices[0].to_string().contains("“sun”"));
    }

    #[test]
    fn only_words() {
        assert!(parse("q=privacy").0.only_words());
        assert!(!parse("q=privacy&day=mon").0.only_words());
        assert!(!parse("q=privacy&mine=1").0.only_words());
        assert!(!parse("day=mon").0.only_words());
        assert!(!parse("").0.only_words());
    }

    #[test]
    fn a_shared_agenda_that_names_no_session_gives_a_notice() {
        for bad in ["picks=%25%25%25", "picks=", "picks=nothing,here"] {
            let (_, notices) = parse(bad);
            assert_eq!(notices, [Notice::NoSharedSession], "{bad}");
        }
        assert!(parse("picks=panel-1,nothing").1.is_empty());
        assert!(Notice::NoSharedSession.to_string().contains("whole agenda"));
    }

    #[test]
    fn form_controls_change_and_reflect_the_state() {
        let m = meeting();
        let f = AgendaFilter::default();
        let (f, replace) = f.with_control(m, control::KIND, "panel", true);
        assert!(
            !replace
                && f.is_checked(control::KIND, "panel")
                && !f.is_checked(control::KIND, "opening")
        );
        let (f, _) = f.with_control(m, control::DAY, "tue", true);
        assert!(f.is_checked(control::DAY, "tue") && !f.is_checked(control::DAY, ""));
        let (f, replace) = f.with_control(m, control::TEXT, "covid", true);
        assert!(replace);
        assert_eq!(f.field_value(control::TEXT).as_deref(), Some("covid"));
        let (f, _) = f.with_control(m, control::SPEAKER, "nobody", true);
        assert_eq!(f.field_value(control::SPEAKER).as_deref(), Some(""));
        let (f, _) = f.with_control(m, control::KIND, "panel", false);
        let (f, _) = f.with_control(m, control::MINE, "1", true);
        assert!(f.mine);
        assert_eq!(
            f.more_count(),
            0,
            "my agenda is not folded under more filters"
        );
        let (f, _) = f.with_control(m, control::SPEAKER, "ghada-waly", true);
        assert_eq!(f.more_count(), 1);
        assert_eq!(f.with_control(m, control::DAY, "", true).0.day, None);
    }

    fn any_filter() -> impl Strategy<Value = AgendaFilter> {
        (
            proptest::option::of(prop_oneof![
                Just("mon".to_string()),
                Just("tue".to_string())
            ]),
            proptest::sample::subsequence(SessionKind::ALL.to_vec(), 0..=4),
            proptest::option::of(prop_oneof![
                Just("ghada-waly".to_string()),
                Just("abdulla-shahid".to_string())
            ]),
            ".{0,20}",
            any::<bool>(),
        )
            .prop_map(|(day, kinds, speaker, text, mine)| AgendaFilter {
                day,
                kinds,
                speaker,
                text,
                mine,
            })
    }

    /// A 12 KB link of 6,000 list values (issue 18): a handful of notices, the rest counted
    /// in one, whatever the length.
    #[test]
    fn a_huge_list_gives_a_few_notices() {
        let long = format!("?kind={}", ",a".repeat(6_000));
        let (f, n) = parse(&long);
        assert!(f.kinds.is_empty());
        assert!(n.len() <= crate::query::MAX_VALUES + 2, "{}", n.len());
        assert!(n.contains(&Notice::Cut), "{n:?}");
        let ignored = n.iter().find_map(|n| match n {
            Notice::Ignored(k) => Some(*k),
            _ => None,
        });
        // What was read of the link (4 KB): about 2,000 values, 12 of them named.
        assert_eq!(
            ignored,
            Some(crate::query::MAX_QUERY / 2 - 3 - crate::query::MAX_VALUES)
        );
        assert_eq!(
            Notice::Ignored(5_990).to_string(),
            "5990 more values in this link were ignored."
        );
        let (_, n) = parse("?kind=panel,panel,x,y");
        assert_eq!(
            n.len(),
            2,
            "within the limit each unknown value is named: {n:?}"
        );
    }

    proptest! {
        #[test]
        fn filter_round_trips_through_the_url(f in any_filter()) {
            let q = f.to_query(Query::default());
            let again = Query::parse(&q.to_string());
            let (back, notices) = AgendaFilter::from_query(meeting(), &again);
            prop_assert!(notices.is_empty());
            prop_assert_eq!(back, f);
        }

        #[test]
        fn no_query_string_panics(s in ".{0,80}") {
            let (f, _) = AgendaFilter::from_query(meeting(), &Query::parse(&s));
            let _ = ids(&f);
        }
    }
}

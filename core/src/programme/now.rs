//! "What is on now?" for a given instant: before, during, between or after the sessions.

use super::model::{Meeting, Session};
use crate::time::Millis;

/// Where an instant falls in the programme.
#[derive(Debug, Clone, Copy)]
pub enum Moment {
    /// The meeting has not started; `first` opens it.
    Before { first: &'static Session },
    /// `current` is running; `next` follows, if any.
    During {
        current: &'static Session,
        next: Option<&'static Session>,
    },
    /// Between two sessions (lunch, overnight).
    Between {
        previous: &'static Session,
        next: &'static Session,
    },
    /// The meeting is over.
    After { last: &'static Session },
}

/// Two moments are equal when they name the same sessions (sessions are compared by id).
impl PartialEq for Moment {
    fn eq(&self, other: &Self) -> bool {
        use Moment::*;
        let id = |s: &Session| s.id;
        match (self, other) {
            (Before { first: a }, Before { first: b }) => id(a) == id(b),
            (After { last: a }, After { last: b }) => id(a) == id(b),
            (
                During {
                    current: a,
                    next: an,
                },
                During {
                    current: b,
                    next: bn,
                },
            ) => id(a) == id(b) && an.map(id) == bn.map(id),
            (
                Between {
                    previous: a,
                    next: an,
                },
                Between {
                    previous: b,
                    next: bn,
                },
            ) => id(a) == id(b) && id(an) == id(bn),
            _ => false,
        }
    }
}

impl Moment {
    /// The session to scroll to for "jump to now": the running one, else the next one.
    pub fn focus(self) -> Option<&'static Session> {
        match self {
            Moment::During { current, .. } => Some(current),
            Moment::Between { next, .. } => Some(next),
            Moment::Before { .. } | Moment::After { .. } => None,
        }
    }

    pub fn is_current(self, id: &str) -> bool {
        matches!(self, Moment::During { current, .. } if current.id == id)
    }

    pub fn is_next(self, id: &str) -> bool {
        match self {
            Moment::During { next: Some(n), .. } | Moment::Between { next: n, .. } => n.id == id,
            _ => false,
        }
    }
}

/// Where `now` falls. `None` only for a meeting without sessions.
pub fn moment(m: &'static Meeting, now: Millis) -> Option<Moment> {
    let first = m.sessions.first()?;
    let last = m.sessions.last()?;
    if now < m.start(first) {
        return Some(Moment::Before { first });
    }
    if now >= m.end(last) {
        return Some(Moment::After { last });
    }
    for (i, s) in m.sessions.iter().enumerate() {
        let next = m.sessions.get(i + 1);
        if now >= m.start(s) && now < m.end(s) {
            return Some(Moment::During { current: s, next });
        }
        if let Some(n) = next {
            if now >= m.end(s) && now < m.start(n) {
                return Some(Moment::Between {
                    previous: s,
                    next: n,
                });
            }
        }
    }
    Some(Moment::After { last })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::meeting;
    use crate::time::parse_rfc3339;
    use proptest::prelude::*;

    fn at(s: &str) -> Moment {
        let t = parse_rfc3339(s).expect("test instant");
        moment(meeting(), t).expect("sessions exist")
    }

    #[test]
    fn boundaries() {
        assert!(
            matches!(at("2021-11-22T09:59:59-05:00"), Moment::Before { first } if first.id == "opening-plenary")
        );
        assert!(at("2021-11-22T10:00:00-05:00").is_current("opening-plenary"));
        assert!(at("2021-11-22T10:00:00-05:00").is_next("political-declaration"));
        let lunch = at("2021-11-22T13:30:00-05:00");
        assert!(
            matches!(lunch, Moment::Between { previous, next } if previous.id == "political-declaration" && next.id == "panel-1")
        );
        assert_eq!(lunch.focus().map(|s| s.id), Some("panel-1"));
        let p1 = at("2021-11-22T15:40:00-05:00");
        assert!(p1.is_current("panel-1") && p1.is_next("panel-2"));
        assert!(at("2021-11-22T16:30:00-05:00").is_current("panel-2"));
        assert!(
            matches!(at("2021-11-22T20:00:00-05:00"), Moment::Between { next, .. } if next.id == "plenary-tue-morning")
        );
        assert!(at("2021-11-23T17:59:59-05:00").is_current("closing-plenary"));
        assert!(matches!(
            at("2021-11-23T18:00:00-05:00"),
            Moment::After { .. }
        ));
        assert!(matches!(at("2026-11-28T12:00:00Z"), Moment::After { .. }));
    }

    proptest! {
        #[test]
        fn every_instant_has_a_moment(t in 1_637_000_000_000i64..1_638_000_000_000) {
            let m = moment(meeting(), t);
            prop_assert!(m.is_some());
            if let Some(Moment::During { current, .. }) = m {
                prop_assert!(meeting().start(current) <= t && t < meeting().end(current));
            }
        }
    }
}

//! "My agenda": the sessions a visitor starred, kept on the device and shareable as a link.
//! Shared as a comma-separated list of session ids, stored with when each star changed
//! ([`Stars`]); parsing keeps only ids the programme knows, so a corrupted or outdated value
//! never breaks the page.

use super::meeting;

/// A set of session ids, in programme order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Favourites(Vec<&'static str>);

impl Favourites {
    /// From `"panel-1,opening-plenary"`; unknown ids and duplicates are dropped.
    pub fn parse(s: &str) -> Favourites {
        // A stored or shared list: at most a few times the programme's sessions are read.
        let wanted: Vec<&str> = s.split(',').map(str::trim).take(64).collect();
        Favourites(
            meeting()
                .sessions
                .iter()
                .map(|x| x.id)
                .filter(|id| wanted.contains(id))
                .collect(),
        )
    }

    /// The selection a shared link (`picks=`) shows: `None` without one, or when it names no
    /// session of the programme (the agenda then says so, `filter::Notice::NoSharedSession`).
    pub fn shared(q: &crate::query::Query) -> Option<Favourites> {
        q.get("picks")
            .map(Favourites::parse)
            .filter(|p| !p.is_empty())
    }

    pub fn contains(&self, id: &str) -> bool {
        self.0.contains(&id)
    }

    /// Stars or unstars a session (ignores unknown ids).
    pub fn toggle(&self, id: &str) -> Favourites {
        let mut ids: Vec<&str> = self.0.clone();
        if let Some(i) = ids.iter().position(|x| *x == id) {
            ids.remove(i);
        } else {
            ids.push(id);
        }
        Favourites::parse(&ids.join(","))
    }

    pub fn ids(&self) -> &[&'static str] {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `"opening-plenary,panel-1"`.
    pub fn encode(&self) -> String {
        self.0.join(",")
    }
}

/// "My agenda" as a device keeps it: each session starred or unstarred, with when. Two tabs
/// of one browser that star at once each write the store before the other's news arrives
/// (localStorage reaches another tab's process late); merging by the latest change of each
/// session, instead of taking the last write, keeps both stars. Stored as
/// `"panel-1@1637589600000,~panel-2@1637589600500"` (`~`: unstarred); the plain list of
/// earlier builds (`"panel-1,panel-2"`) reads as stars made at time 0.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stars(Vec<Star>);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Star {
    id: &'static str,
    on: bool,
    at: i64,
}

impl Stars {
    /// Total and bounded: at most 64 entries are read, unknown ids and bad times are dropped,
    /// and of two entries for one session the later counts.
    pub fn parse(s: &str) -> Stars {
        let mut out = Stars::default();
        for part in s.split(',').take(64) {
            let part = part.trim();
            let (on, rest) = match part.strip_prefix('~') {
                Some(r) => (false, r),
                None => (true, part),
            };
            let (id, at) = match rest.split_once('@') {
                Some((id, t)) => match t.parse::<i64>() {
                    Ok(at) if at >= 0 => (id, at),
                    _ => continue,
                },
                None => (rest, 0),
            };
            let Some(id) = meeting().sessions.iter().map(|x| x.id).find(|x| *x == id) else {
                continue;
            };
            out.put(Star { id, on, at });
        }
        out
    }

    /// The starred sessions, in programme order.
    pub fn favourites(&self) -> Favourites {
        let on: Vec<&str> = self.0.iter().filter(|s| s.on).map(|s| s.id).collect();
        Favourites::parse(&on.join(","))
    }

    /// Stars or unstars a session at `at` (ignores unknown ids).
    pub fn toggle(&self, id: &str, at: i64) -> Stars {
        let on = !self.favourites().contains(id);
        let mut next = self.clone();
        if let Some(id) = meeting().sessions.iter().map(|x| x.id).find(|x| *x == id) {
            // Later than anything this device has seen for the session, so it always counts.
            let seen = self.0.iter().find(|s| s.id == id).map_or(0, |s| s.at);
            next.set(Star {
                id,
                on,
                at: at.max(seen.saturating_add(1)),
            });
        }
        next
    }

    /// Stars every session of `other` that is not starred yet, at `at`.
    pub fn add_all(&self, other: &Favourites, at: i64) -> Stars {
        other.ids().iter().fold(self.clone(), |s, id| {
            if s.favourites().contains(id) {
                s
            } else {
                s.toggle(id, at)
            }
        })
    }

    /// Both devices' changes: for each session, the later change (a star where both changed
    /// it at the same moment). The same whichever side merges, and merging twice changes
    /// nothing, so tabs that pass the result on agree in one round.
    pub fn merge(&self, other: &Stars) -> Stars {
        other.0.iter().fold(self.clone(), |mut s, x| {
            s.put(*x);
            s
        })
    }

    /// `"panel-1@1637589600000,~panel-2@1637589600500"`, in programme order.
    pub fn encode(&self) -> String {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|s| format!("{}{}@{}", if s.on { "" } else { "~" }, s.id, s.at))
            .collect();
        parts.join(",")
    }

    /// Keeps the later of `x` and what is there (on a tie, a star).
    fn put(&mut self, x: Star) {
        match self.0.iter_mut().find(|s| s.id == x.id) {
            Some(s) => {
                if (x.at, x.on) > (s.at, s.on) {
                    *s = x;
                }
            }
            None => self.insert(x),
        }
    }

    fn set(&mut self, x: Star) {
        match self.0.iter_mut().find(|s| s.id == x.id) {
            Some(s) => *s = x,
            None => self.insert(x),
        }
    }

    /// Adds a session's first entry where the programme has it.
    fn insert(&mut self, x: Star) {
        let order = |id: &str| meeting().sessions.iter().position(|s| s.id == id);
        let at = self.0.partition_point(|s| order(s.id) < order(x.id));
        self.0.insert(at, x);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn toggling_and_order() {
        let f = Favourites::default()
            .toggle("panel-2")
            .toggle("opening-plenary")
            .toggle("nope");
        assert_eq!(f.encode(), "opening-plenary,panel-2");
        assert_eq!(f.toggle("panel-2").encode(), "opening-plenary");
        assert_eq!(
            Favourites::parse("x,,panel-1,panel-1,{}").encode(),
            "panel-1"
        );
    }

    proptest! {
        #[test]
        fn parse_is_total_and_round_trips(s in ".{0,80}") {
            let f = Favourites::parse(&s);
            prop_assert_eq!(Favourites::parse(&f.encode()), f);
        }
    }

    #[test]
    fn two_tabs_that_star_at_once_keep_both_stars() {
        let start = Stars::parse("");
        // Each tab read the store before the other wrote it.
        let a = start.toggle("panel-1", 1_000);
        let b = start.toggle("panel-2", 1_001);
        let merged = a.merge(&b);
        assert_eq!(merged.favourites().encode(), "panel-1,panel-2");
        assert_eq!(b.merge(&a), merged);
        // An unstar made after a star wins, in either order of news.
        let c = merged.toggle("panel-1", 2_000);
        assert_eq!(merged.merge(&c).favourites().encode(), "panel-2");
        assert_eq!(c.merge(&merged).favourites().encode(), "panel-2");
        // A toggle is always later than what the device has seen, even with a clock behind.
        let d = c.toggle("panel-1", 5);
        assert!(d.favourites().contains("panel-1"));
        assert_eq!(c.merge(&d).favourites(), d.favourites());
    }

    #[test]
    fn the_stored_list_of_earlier_builds_still_reads() {
        let s = Stars::parse("panel-2,opening-plenary,nope");
        assert_eq!(s.favourites().encode(), "opening-plenary,panel-2");
        assert_eq!(s.encode(), "opening-plenary@0,panel-2@0");
        assert_eq!(
            Stars::parse("panel-1@x,panel-2@-4,~panel-1@9,panel-1@3").encode(),
            "~panel-1@9"
        );
        let all = Stars::default().add_all(&Favourites::parse("panel-1,panel-2"), 7);
        assert_eq!(all.favourites().len(), 2);
    }

    fn stars() -> impl Strategy<Value = Stars> {
        let ids: Vec<&'static str> = meeting().sessions.iter().map(|s| s.id).collect();
        proptest::collection::vec(
            (proptest::sample::select(ids), any::<bool>(), 0i64..50),
            0..12,
        )
        .prop_map(|v| {
            v.into_iter().fold(Stars::default(), |mut s, (id, on, at)| {
                s.put(Star { id, on, at });
                s
            })
        })
    }

    proptest! {
        #[test]
        fn stars_parse_is_total_and_round_trips(s in ".{0,120}") {
            let st = Stars::parse(&s);
            prop_assert_eq!(Stars::parse(&st.encode()), st);
        }

        #[test]
        fn merging_is_order_free_and_idempotent(a in stars(), b in stars(), c in stars()) {
            prop_assert_eq!(a.merge(&b), b.merge(&a));
            prop_assert_eq!(a.merge(&b).merge(&c), a.merge(&b.merge(&c)));
            prop_assert_eq!(a.merge(&a), a.clone());
            prop_assert_eq!(a.merge(&b).merge(&b), a.merge(&b));
        }
    }
}

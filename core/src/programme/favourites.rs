//! "My agenda": the sessions a visitor starred, kept on the device and shareable as a link.
//! Stored and shared as a comma-separated list of session ids; parsing keeps only ids the
//! programme knows, so a corrupted or outdated value never breaks the page.

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

    /// Adds every session of another set.
    pub fn union(&self, other: &Favourites) -> Favourites {
        Favourites::parse(&format!("{},{}", self.encode(), other.encode()))
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
        assert_eq!(f.union(&Favourites::parse("closing-plenary")).len(), 3);
    }

    proptest! {
        #[test]
        fn parse_is_total_and_round_trips(s in ".{0,80}") {
            let f = Favourites::parse(&s);
            prop_assert_eq!(Favourites::parse(&f.encode()), f);
        }
    }
}

//! The speakers queue of the chair: who is waiting (with the kind of statement, which sets
//! their time), and a log of the time each speaker actually used. Kept on the device as plain
//! text; parsing skips anything it cannot read, so a corrupted store never breaks the page.

use super::state::{StatementKind, Timer};
use crate::time::Millis;

/// Someone waiting for the floor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub id: u32,
    pub label: String,
    pub kind: StatementKind,
}

/// A finished intervention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spoken {
    pub label: String,
    pub kind: StatementKind,
    pub allotted: Millis,
    pub used: Millis,
}

impl Spoken {
    /// Time used beyond the allotment (0 when within it).
    pub fn overrun(&self) -> Millis {
        self.used.saturating_sub(self.allotted).max(0)
    }
}

/// A speaker taken off the queue, and where they were.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    pub at: usize,
    pub who: Waiting,
    /// Who is now in their place (or the new last).
    pub in_place: Option<u32>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Queue {
    pub waiting: Vec<Waiting>,
    pub log: Vec<Spoken>,
    next_id: u32,
}

/// A queue longer than this is refused (the General Assembly has 193 Member States).
pub const MAX_WAITING: usize = 300;
/// The longest log kept (a day of statements is a few hundred).
pub const MAX_LOG: usize = 10_000;

use super::link::clean_label as clean;

impl Queue {
    /// Adds a speaker at the end; returns false for an empty label or a full queue.
    pub fn add(&mut self, label: &str, kind: StatementKind) -> bool {
        let label = clean(label);
        if label.is_empty() || self.waiting.len() >= MAX_WAITING {
            return false;
        }
        self.next_id += 1;
        self.waiting.push(Waiting {
            id: self.next_id,
            label,
            kind,
        });
        true
    }

    /// Takes a speaker off the queue; returns who it was and where, for an undo, and who is
    /// now in their place (or the new last), so a view can put the focus there.
    pub fn remove(&mut self, id: u32) -> Option<Removed> {
        let at = self.place(id)?;
        let who = self.waiting.remove(at);
        let in_place = self
            .waiting
            .get(at)
            .or_else(|| self.waiting.last())
            .map(|w| w.id);
        Some(Removed { at, who, in_place })
    }

    /// Undoes a removal: the speaker goes back to their place (or the end, if the queue has
    /// grown shorter since). Refused when they are in the queue already or it is full.
    pub fn put_back(&mut self, removed: &Removed) -> bool {
        if self.place(removed.who.id).is_some() || self.waiting.len() >= MAX_WAITING {
            return false;
        }
        let at = removed.at.min(self.waiting.len());
        self.waiting.insert(at, removed.who.clone());
        true
    }

    /// Where a speaker is in the queue (0 is next).
    pub fn place(&self, id: u32) -> Option<usize> {
        self.waiting.iter().position(|w| w.id == id)
    }

    /// Moves a speaker one place up (`-1`) or down (`1`).
    pub fn shift(&mut self, id: u32, by: i32) {
        let Some(i) = self.place(id) else {
            return;
        };
        let j = i as i64 + i64::from(by);
        if (0..self.waiting.len() as i64).contains(&j) {
            self.waiting.swap(i, j as usize);
        }
    }

    /// Takes the first speaker off the queue.
    pub fn take_next(&mut self) -> Option<Waiting> {
        (!self.waiting.is_empty()).then(|| self.waiting.remove(0))
    }

    /// Sends the first speaker to the end of the queue (they are not ready yet).
    pub fn skip(&mut self) {
        if self.waiting.len() > 1 {
            let first = self.waiting.remove(0);
            self.waiting.push(first);
        }
    }

    pub fn record(&mut self, entry: Spoken) {
        self.log.push(entry);
    }

    /// The chair calls the next speaker: the current one is logged if their time started, and
    /// the result is the next speaker's timer with their preset (not started), or, when no one
    /// is waiting, a fresh timer of the same kind with no name (so the speaker who finished is
    /// not timed again by mistake).
    ///
    /// A named speaker who was called but never started (not ready, or the button pressed
    /// twice) is not lost: they go back to the queue, first in line after the one now called.
    /// With no one else waiting, nothing changes.
    pub fn call_next(
        &mut self,
        current: &Timer,
        now: Millis,
        preset: impl Fn(StatementKind) -> Millis,
    ) -> Timer {
        let label = clean(&current.label);
        if !current.has_started() && !label.is_empty() {
            let Some(w) = self.take_next() else {
                return current.clone();
            };
            self.next_id += 1;
            self.waiting.insert(
                0,
                Waiting {
                    id: self.next_id,
                    label,
                    kind: current.kind,
                },
            );
            return Timer::new(w.kind, preset(w.kind), w.label);
        }
        if current.has_started() {
            self.record(Spoken {
                label: current.label.clone(),
                kind: current.kind,
                allotted: current.duration,
                used: current.used(now),
            });
        }
        match self.take_next() {
            Some(w) => Timer::new(w.kind, preset(w.kind), w.label),
            None => Timer::new(current.kind, current.full_time(preset), ""),
        }
    }

    /// Stored form: a line per entry, tab-separated.
    pub fn encode(&self) -> String {
        let mut out = String::from("gpa2021-queue 1\n");
        for w in &self.waiting {
            out.push_str(&format!(
                "w\t{}\t{}\n",
                w.kind.code(),
                w.label.replace(['\t', '\n'], " ")
            ));
        }
        for s in &self.log {
            out.push_str(&format!(
                "l\t{}\t{}\t{}\t{}\n",
                s.kind.code(),
                s.allotted,
                s.used,
                s.label.replace(['\t', '\n'], " ")
            ));
        }
        out
    }

    /// Reads the stored form; lines it cannot read are skipped.
    pub fn decode(s: &str) -> Queue {
        let mut q = Queue::default();
        let mut lines = s.lines();
        if lines.next() != Some("gpa2021-queue 1") {
            return q;
        }
        // At most a full queue and a full log are read, however long the stored text.
        for line in lines.take(MAX_WAITING + MAX_LOG) {
            let f: Vec<&str> = line.splitn(5, '\t').collect();
            let kind = f
                .get(1)
                .and_then(|k| k.chars().next())
                .and_then(StatementKind::from_code);
            match (f.first().copied(), kind) {
                (Some("w"), Some(kind)) if f.len() == 3 => {
                    q.add(f[2], kind);
                }
                (Some("l"), Some(kind)) if f.len() == 5 => {
                    let (Ok(allotted), Ok(used)) = (f[2].parse::<Millis>(), f[3].parse::<Millis>())
                    else {
                        continue;
                    };
                    // A range, not `used.abs() <= …`: `abs` of the smallest i64 wraps to
                    // itself (or panics), and a forged store would pass.
                    if q.log.len() < MAX_LOG
                        && (0..=super::state::MAX_DURATION).contains(&allotted)
                        && (-10 * super::state::MAX_DURATION..=10 * super::state::MAX_DURATION)
                            .contains(&used)
                    {
                        q.log.push(Spoken {
                            label: clean(f[4]),
                            kind,
                            allotted,
                            used,
                        });
                    }
                }
                _ => {}
            }
        }
        q
    }

    /// The log as CSV (RFC 4180): speaker, kind of statement, allotted, used and overrun, in
    /// whole seconds (as the page shows them). It starts with a byte-order mark, so that a
    /// spreadsheet reads the names as UTF-8 ("Côte d’Ivoire", not "CÃ´te dâ€™Ivoire").
    pub fn log_csv(&self) -> String {
        let mut out =
            String::from("\u{feff}Speaker,Statement,Allotted (s),Used (s),Overrun (s)\r\n");
        for s in &self.log {
            out.push_str(&format!(
                "{},{},{},{},{}\r\n",
                csv_field(&s.label),
                s.kind.label(),
                s.allotted / 1000,
                s.used / 1000,
                s.overrun() / 1000
            ));
        }
        out
    }
}

/// Quotes a CSV field when it needs it; a leading `=`, `+`, `-` or `@` is prefixed with `'`
/// so a spreadsheet does not run it as a formula.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn removing_names_who_is_now_in_that_place() {
        let mut q = Queue::default();
        for n in ["A", "B", "C"] {
            q.add(n, StatementKind::Delegation);
        }
        let id = |q: &Queue, n: &str| q.waiting.iter().find(|w| w.label == n).map(|w| w.id);
        let (a, b, c) = (id(&q, "A"), id(&q, "B"), id(&q, "C"));
        assert_eq!(q.place(c.unwrap_or(0)), Some(2));
        let in_place = |r: Option<Removed>| r.and_then(|r| r.in_place);
        assert_eq!(
            in_place(q.remove(b.unwrap_or(0))),
            c,
            "the next one moves up"
        );
        assert_eq!(
            in_place(q.remove(c.unwrap_or(0))),
            a,
            "the last one: the new last"
        );
        assert_eq!(in_place(q.remove(a.unwrap_or(0))), None, "no one left");
        assert_eq!(q.remove(99), None, "not in the queue");
    }

    #[test]
    fn a_removal_can_be_undone() {
        let mut q = Queue::default();
        for n in ["A", "B", "C"] {
            q.add(n, StatementKind::Delegation);
        }
        let names = |q: &Queue| {
            q.waiting
                .iter()
                .map(|w| w.label.clone())
                .collect::<Vec<_>>()
        };
        let b = q.waiting[1].id;
        let removed = q.remove(b).expect("B is waiting");
        assert_eq!((removed.at, removed.who.label.as_str()), (1, "B"));
        assert_eq!(names(&q), ["A", "C"]);
        assert!(q.put_back(&removed));
        assert_eq!(
            names(&q),
            ["A", "B", "C"],
            "back in their place, with their id"
        );
        assert_eq!(q.place(b), Some(1));
        assert!(!q.put_back(&removed), "not twice");
        // The queue grew shorter in between: back at the end.
        let removed = q.remove(b).expect("B is waiting");
        q.take_next();
        q.take_next();
        assert!(q.put_back(&removed));
        assert_eq!(names(&q), ["B"]);
    }

    #[test]
    fn queue_operations() {
        let mut q = Queue::default();
        assert!(q.add("Ghana", StatementKind::Delegation));
        assert!(q.add("African Group", StatementKind::RegionalGroup));
        assert!(q.add("Mexico", StatementKind::Delegation));
        assert!(!q.add("   ", StatementKind::Delegation));
        let ids: Vec<u32> = q.waiting.iter().map(|w| w.id).collect();
        q.shift(ids[2], -1);
        assert_eq!(
            q.waiting
                .iter()
                .map(|w| w.label.as_str())
                .collect::<Vec<_>>(),
            ["Ghana", "Mexico", "African Group"]
        );
        q.shift(ids[0], -1);
        q.skip();
        assert_eq!(q.waiting[0].label, "Mexico");
        let next = q.take_next().expect("someone");
        assert_eq!(next.label, "Mexico");
        q.remove(ids[1]);
        assert_eq!(q.waiting.len(), 1);
    }

    #[test]
    fn calling_the_next_speaker_logs_the_current_one() {
        let preset = |k| {
            if k == StatementKind::RegionalGroup {
                180_000
            } else {
                120_000
            }
        };
        let mut q = Queue::default();
        q.add("African Group", StatementKind::RegionalGroup);
        let mut ghana = Timer::new(StatementKind::Delegation, 120_000, "Ghana");
        let idle = q.call_next(&ghana, 0, preset);
        assert_eq!(
            (idle.label.as_str(), idle.duration, q.log.len()),
            ("African Group", 180_000, 0),
            "not started: not logged"
        );
        assert_eq!(
            q.waiting
                .iter()
                .map(|w| w.label.as_str())
                .collect::<Vec<_>>(),
            ["Ghana"],
            "called but not started: back in the queue, not lost"
        );
        // No one else waiting: calling again changes nothing.
        let mut alone = Queue::default();
        assert_eq!(alone.call_next(&ghana, 0, preset), ghana);
        assert!(alone.waiting.is_empty() && alone.log.is_empty());
        q.waiting.clear();
        ghana.start(1_000);
        let after = q.call_next(&ghana, 131_000, preset);
        assert_eq!(
            q.log,
            [Spoken {
                label: "Ghana".into(),
                kind: StatementKind::Delegation,
                allotted: 120_000,
                used: 130_000
            }]
        );
        assert_eq!(
            (after.label.as_str(), after.kind, after.duration),
            ("", StatementKind::Delegation, 120_000),
            "no one waits: a fresh timer of the same kind, with no name"
        );
        assert!(!after.has_started());
    }

    #[test]
    fn log_and_csv() {
        let mut q = Queue::default();
        q.record(Spoken {
            label: "Ghana".into(),
            kind: StatementKind::Delegation,
            allotted: 120_000,
            used: 135_400,
        });
        q.record(Spoken {
            label: "=cmd, \"x\"".into(),
            kind: StatementKind::RegionalGroup,
            allotted: 180_000,
            used: 170_000,
        });
        assert_eq!(q.log[0].overrun(), 15_400);
        assert_eq!(q.log[1].overrun(), 0);
        let csv = q.log_csv();
        assert_eq!(
            csv,
            "\u{feff}Speaker,Statement,Allotted (s),Used (s),Overrun (s)\r\nGhana,Delegation,120,135,15\r\n\"'=cmd, \"\"x\"\"\",Regional group,180,170,0\r\n"
        );
    }

    #[test]
    fn storage_round_trip_and_garbage() {
        let mut q = Queue::default();
        q.add("Ghana", StatementKind::Delegation);
        q.add("Tab\there", StatementKind::RegionalGroup);
        q.record(Spoken {
            label: "Peru".into(),
            kind: StatementKind::Custom,
            allotted: 60_000,
            used: 61_000,
        });
        let back = Queue::decode(&q.encode());
        assert_eq!(
            back.waiting
                .iter()
                .map(|w| w.label.as_str())
                .collect::<Vec<_>>(),
            ["Ghana", "Tab here"]
        );
        assert_eq!(back.log, q.log);
        assert_eq!(Queue::decode("garbage"), Queue::default());
        assert_eq!(
            Queue::decode("gpa2021-queue 1\nw\tz\tX\nl\td\tx\t1\tY\n")
                .waiting
                .len(),
            0
        );
    }

    #[test]
    fn the_smallest_number_is_not_a_time_used() {
        let stored = format!("gpa2021-queue 1\nl\td\t120000\t{}\tGhana\n", i64::MIN);
        assert!(Queue::decode(&stored).log.is_empty());
    }

    proptest! {
        /// Every stored number, over the whole `i64` range: refused or within the timer's
        /// range, and the log's sums never overflow (a debug build panics on one).
        #[test]
        fn stored_numbers_over_the_whole_range(allotted in any::<i64>(), used in any::<i64>()) {
            let stored = format!("gpa2021-queue 1\nl\td\t{allotted}\t{used}\tGhana\n");
            let q = Queue::decode(&stored);
            for s in &q.log {
                prop_assert!((0..=crate::timer::state::MAX_DURATION).contains(&s.allotted));
                prop_assert!(s.used.abs() <= 10 * crate::timer::state::MAX_DURATION);
                prop_assert!(s.overrun() >= 0);
            }
            let _ = q.log_csv();
        }

        /// Calling the next speaker again and again, with no one ever starting, loses no one.
        #[test]
        fn no_speaker_is_lost_by_calling_next(names in proptest::collection::vec("[A-Z][a-z]{1,6}", 0..6), presses in 1usize..12) {
            let mut q = Queue::default();
            for n in &names {
                q.add(n, StatementKind::Delegation);
            }
            let mut timer = Timer::new(StatementKind::Delegation, 120_000, "");
            for _ in 0..presses {
                timer = q.call_next(&timer, 0, |_| 120_000);
                let mut present: Vec<String> = q.waiting.iter().map(|w| w.label.clone()).collect();
                if !timer.label.is_empty() {
                    present.push(timer.label.clone());
                }
                present.sort();
                let mut expected = names.clone();
                expected.sort();
                prop_assert_eq!(present, expected);
                prop_assert!(q.log.is_empty());
            }
        }

        #[test]
        fn decode_never_panics(s in "(gpa2021-queue 1\n)?[wl\t dgc0-9a-z\n-]{0,120}") {
            let q = Queue::decode(&s);
            let _ = q.log_csv();
        }
    }
}

//! The speakers queue of the chair: who is waiting (with the kind of statement, which sets
//! their time), and a log of each intervention as it happened. Kept on the device as plain
//! text; parsing skips anything it cannot read, so a corrupted store never breaks the page.
//! The chair's actions on it, with undo, are [`super::floor`]'s.

use super::link::clean_label as clean;
use super::state::{StatementKind, MAX_DURATION};
use crate::time::Millis;

/// Someone waiting for the floor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub id: u32,
    pub label: String,
    pub kind: StatementKind,
    /// The time the chair set, for a kind the programme sets none for (a panellist, a custom
    /// slot); `None` takes the kind's preset.
    pub duration: Option<Millis>,
}

/// An intervention, as the log keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spoken {
    pub label: String,
    pub kind: StatementKind,
    /// The time the rule allots (the kind's preset, or the time the chair set).
    pub rule: Millis,
    /// Time given (positive) or taken (negative) while they spoke.
    pub given: Millis,
    pub used: Millis,
    /// When they started and stopped speaking (UTC ms), when known (a log kept by an older
    /// version of the app has neither).
    pub started_at: Option<Millis>,
    pub ended_at: Option<Millis>,
    /// The session of the programme they spoke in (its id), when the timer knew it.
    pub session: Option<String>,
}

impl Spoken {
    /// The time they were allotted in the end: the rule's, with what was given or taken.
    pub fn allotted(&self) -> Millis {
        self.rule.saturating_add(self.given)
    }

    /// Time used beyond the allotment (0 when within it).
    pub fn overrun(&self) -> Millis {
        self.used.saturating_sub(self.allotted()).max(0)
    }
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

/// The first line of the stored queue, which names its format.
const FORMAT: &str = "queue 2";
/// The format of an older version of the app (no times, no sessions in the log).
const FORMAT_1_SUFFIX: &str = "-queue 1";

fn duration_ok(d: Millis) -> bool {
    (1000..=MAX_DURATION).contains(&d)
}

impl Queue {
    /// Adds a speaker at the end; returns false for an empty label, a full queue, or a time
    /// out of range. `duration` is kept only for a kind with no preset.
    pub fn add(&mut self, label: &str, kind: StatementKind, duration: Option<Millis>) -> bool {
        let label = clean(label);
        let duration = duration.filter(|_| !kind.has_preset());
        if label.is_empty()
            || self.waiting.len() >= MAX_WAITING
            || duration.is_some_and(|d| !duration_ok(d))
        {
            return false;
        }
        self.next_id = self.next_id.saturating_add(1);
        self.waiting.push(Waiting {
            id: self.next_id,
            label,
            kind,
            duration,
        });
        true
    }

    /// Takes a speaker off the queue; returns who it was, and who is now in their place (or
    /// the new last), so a view can put the focus there.
    pub fn remove(&mut self, id: u32) -> Option<(Waiting, Option<u32>)> {
        let at = self.place(id)?;
        let who = self.waiting.remove(at);
        let in_place = self
            .waiting
            .get(at)
            .or_else(|| self.waiting.last())
            .map(|w| w.id);
        Some((who, in_place))
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

    /// Keeps an intervention in the log (the oldest go once it is full).
    pub fn record(&mut self, entry: Spoken) {
        if self.log.len() >= MAX_LOG {
            self.log.remove(0);
        }
        self.log.push(entry);
    }

    /// Stored form: a line per entry, tab-separated.
    pub fn encode(&self) -> String {
        let field = |s: &str| s.replace(['\t', '\n', '\r'], " ");
        let num = |n: Option<Millis>| n.map(|n| n.to_string()).unwrap_or_default();
        let mut out = format!("{FORMAT}\n");
        for w in &self.waiting {
            out.push_str(&format!(
                "w\t{}\t{}\t{}\n",
                w.kind.code(),
                num(w.duration),
                field(&w.label)
            ));
        }
        for s in &self.log {
            out.push_str(&format!(
                "l\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                s.kind.code(),
                s.rule,
                s.given,
                s.used,
                num(s.started_at),
                num(s.ended_at),
                field(s.session.as_deref().unwrap_or("")),
                field(&s.label)
            ));
        }
        out
    }

    /// Reads the stored form (this version's, or the one before); lines it cannot read are
    /// skipped, and at most a full queue and a full log are read, however long the text.
    pub fn decode(s: &str) -> Queue {
        let mut q = Queue::default();
        let mut lines = s.lines();
        let v1 = match lines.next() {
            Some(FORMAT) => false,
            Some(first) if first.ends_with(FORMAT_1_SUFFIX) => true,
            _ => return q,
        };
        for line in lines.take(MAX_WAITING + MAX_LOG) {
            let f: Vec<&str> = line.split('\t').collect();
            let kind = f
                .get(1)
                .and_then(|k| k.chars().next())
                .and_then(StatementKind::from_code);
            let Some(kind) = kind else { continue };
            let time = |s: &str| s.parse::<Millis>().ok();
            let instant = |s: &str| -> Result<Option<Millis>, ()> {
                match s {
                    "" => Ok(None),
                    s => time(s).filter(|t| *t >= 0).map(Some).ok_or(()),
                }
            };
            match (f[0], v1, f.len()) {
                ("w", true, 3) => {
                    q.add(f[2], kind, None);
                }
                ("w", false, 4) => {
                    let Ok(duration) = instant(f[2]) else {
                        continue;
                    };
                    q.add(f[3], kind, duration);
                }
                ("l", true, 5) => {
                    let (Some(rule), Some(used)) = (time(f[2]), time(f[3])) else {
                        continue;
                    };
                    q.push_read(Spoken {
                        label: clean(f[4]),
                        kind,
                        rule,
                        given: 0,
                        used,
                        started_at: None,
                        ended_at: None,
                        session: None,
                    });
                }
                ("l", false, 9) => {
                    let (Some(rule), Some(given), Some(used)) =
                        (time(f[2]), time(f[3]), time(f[4]))
                    else {
                        continue;
                    };
                    let (Ok(started_at), Ok(ended_at)) = (instant(f[5]), instant(f[6])) else {
                        continue;
                    };
                    let session: String = f[7].chars().take(64).collect();
                    q.push_read(Spoken {
                        label: clean(f[8]),
                        kind,
                        rule,
                        given,
                        used,
                        started_at,
                        ended_at,
                        session: (!session.is_empty()).then_some(session),
                    });
                }
                _ => {}
            }
        }
        q
    }

    /// Keeps a log entry read from the store if its numbers are within the timer's range:
    /// ranges, not `x.abs() <= …` (`abs` of the smallest i64 wraps to itself, or panics).
    fn push_read(&mut self, s: Spoken) {
        let span = -10 * MAX_DURATION..=10 * MAX_DURATION;
        let ordered = match (s.started_at, s.ended_at) {
            (Some(a), Some(b)) => a <= b,
            _ => true,
        };
        if self.log.len() < MAX_LOG
            && duration_ok(s.rule)
            && span.contains(&s.given)
            && span.contains(&s.used)
            && ordered
        {
            self.log.push(s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn spoken(label: &str, rule: Millis, given: Millis, used: Millis) -> Spoken {
        Spoken {
            label: label.into(),
            kind: StatementKind::Delegation,
            rule,
            given,
            used,
            started_at: Some(1_637_611_200_000),
            ended_at: Some(1_637_611_200_000 + used),
            session: Some("panel-1".into()),
        }
    }

    #[test]
    fn removing_names_who_is_now_in_that_place() {
        let mut q = Queue::default();
        for n in ["A", "B", "C"] {
            q.add(n, StatementKind::Delegation, None);
        }
        let id = |q: &Queue, n: &str| q.waiting.iter().find(|w| w.label == n).map(|w| w.id);
        let (a, b, c) = (id(&q, "A"), id(&q, "B"), id(&q, "C"));
        assert_eq!(q.place(c.unwrap_or(0)), Some(2));
        let in_place = |r: Option<(Waiting, Option<u32>)>| r.and_then(|r| r.1);
        assert_eq!(
            in_place(q.remove(b.unwrap_or(0))),
            c,
            "the next one moves up"
        );
        assert_eq!(
            in_place(q.remove(c.unwrap_or(0))),
            a,
            "the last: the new last"
        );
        assert_eq!(in_place(q.remove(a.unwrap_or(0))), None);
    }

    #[test]
    fn queue_operations() {
        let mut q = Queue::default();
        assert!(!q.add("  ", StatementKind::Delegation, None));
        assert!(q.add("Ghana", StatementKind::Delegation, None));
        assert!(q.add("African Group", StatementKind::RegionalGroup, None));
        assert!(q.add("Dr. Expert", StatementKind::Panellist, Some(300_000)));
        assert!(
            !q.add("Nobody", StatementKind::Custom, Some(0)),
            "a time out of range"
        );
        assert_eq!(q.waiting[2].duration, Some(300_000));
        assert!(q.add("Peru", StatementKind::Delegation, Some(5_000)));
        assert_eq!(
            q.waiting[3].duration, None,
            "a preset kind takes its preset"
        );
        let last = q.waiting[3].id;
        q.shift(last, -1);
        assert_eq!(q.waiting[2].label, "Peru");
        assert_eq!(q.take_next().map(|w| w.label), Some("Ghana".into()));
    }

    #[test]
    fn the_log_knows_the_rule_and_the_time_given() {
        let s = spoken("Ghana", 120_000, 30_000, 160_000);
        assert_eq!(s.allotted(), 150_000);
        assert_eq!(s.overrun(), 10_000);
        assert_eq!(spoken("Peru", 120_000, -10_000, 100_000).overrun(), 0);
    }

    #[test]
    fn storage_round_trip_and_the_format_before() {
        let mut q = Queue::default();
        q.add("Ghana", StatementKind::Delegation, None);
        q.add("Tab\there", StatementKind::RegionalGroup, None);
        q.add("Dr. Expert", StatementKind::Panellist, Some(240_000));
        q.record(spoken("Peru", 60_000, 10_000, 61_000));
        let mut unknown = spoken("Chile", 120_000, 0, 1_000);
        unknown.started_at = None;
        unknown.ended_at = None;
        unknown.session = None;
        q.record(unknown);
        let back = Queue::decode(&q.encode());
        assert_eq!(
            back.waiting
                .iter()
                .map(|w| w.label.as_str())
                .collect::<Vec<_>>(),
            ["Ghana", "Tab here", "Dr. Expert"]
        );
        assert_eq!(back.waiting[2].duration, Some(240_000));
        assert_eq!(back.log, q.log);
        // A queue kept by the version before: its speakers and log are read.
        let old =
            Queue::decode("gpa2021-queue 1\nw\td\tGhana\nl\tg\t180000\t170000\tAfrican Group\n");
        assert_eq!(old.waiting.len(), 1);
        assert_eq!(old.log[0].rule, 180_000);
        assert_eq!(old.log[0].started_at, None);
        assert_eq!(Queue::decode("garbage"), Queue::default());
        assert_eq!(
            Queue::decode("queue 2\nw\tz\t\tX\nl\td\tx\t1\tY\n")
                .waiting
                .len(),
            0
        );
    }

    #[test]
    fn the_smallest_number_is_not_a_time_used() {
        let stored = format!("queue 2\nl\td\t120000\t0\t{}\t\t\t\tGhana\n", i64::MIN);
        assert!(Queue::decode(&stored).log.is_empty());
    }

    proptest! {
        /// Every stored number, over the whole `i64` range: refused or within the timer's
        /// range, and the log's sums never overflow (a debug build panics on one).
        #[test]
        fn stored_numbers_over_the_whole_range(rule in any::<i64>(), given in any::<i64>(), used in any::<i64>(), a in any::<i64>(), b in any::<i64>(), d in any::<i64>()) {
            let stored = format!("queue 2\nw\tc\t{d}\tGhana\nl\td\t{rule}\t{given}\t{used}\t{a}\t{b}\tpanel-1\tGhana\n");
            let q = Queue::decode(&stored);
            for w in &q.waiting {
                prop_assert!(w.duration.is_none_or(duration_ok));
            }
            for s in &q.log {
                prop_assert!(duration_ok(s.rule));
                prop_assert!(s.used.abs() <= 10 * MAX_DURATION && s.given.abs() <= 10 * MAX_DURATION);
                prop_assert!(s.overrun() >= 0);
            }
        }

        #[test]
        fn decode_never_panics(s in "(queue 2\n|gpa2021-queue 1\n)?[wl\t dgpc0-9a-z\n-]{0,160}") {
            let q = Queue::decode(&s);
            prop_assert!(q.waiting.len() <= MAX_WAITING);
            prop_assert_eq!(Queue::decode(&q.encode()).encode(), q.encode());
        }
    }
}

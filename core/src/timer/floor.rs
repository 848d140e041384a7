//! The floor as the chair runs it: the timer of the speaker who has it, the queue of those
//! waiting, the log of those who spoke, and the chair's actions on them. Every action that
//! loses something (a reset, a call of the next speaker, a pass, a removal, a cleared queue or
//! log) can be undone in one step, restoring the clock, the queue and the log exactly, so a
//! slip at minute 80 of a panel costs nothing.
//!
//! What the chair means: **Next** logs the speaker who spoke (one who never started is passed
//! over, not logged) and gives the floor to the first one waiting; **Pass over** passes the
//! speaker called but absent without logging them, and calls the next. Nobody is ever put
//! back in the queue by either, so no sequence of actions duplicates a speaker.

use super::queue::{Queue, Spoken, Waiting};
use super::state::{StatementKind, Timer};
use crate::time::Millis;

/// The timer and the queue together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Floor {
    pub timer: Timer,
    pub queue: Queue,
}

/// A chair's action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Act {
    Toggle,
    Reset,
    Adjust(Millis),
    /// A new allotment: a preset, or the chair's time (for a panellist or a custom slot).
    Allot(StatementKind, Millis),
    /// Who is speaking, as typed.
    Label(String),
    Next,
    Pass,
    Add(String, StatementKind, Option<Millis>),
    Remove(u32),
    Shift(u32, i32),
    ClearQueue,
    ClearLog,
}

/// What a done action did, in a few words the page says (and the chair can undo).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Done {
    /// Reset, with the time the speaker had used.
    Reset(Millis),
    /// The speaker who finished, and the time they used.
    Finished(String, Millis),
    Passed(String),
    Removed(String),
    ClearedQueue,
    ClearedLog,
}

/// How far back the chair can undo.
const UNDO_DEPTH: usize = 20;

/// The floor, with the actions that can be undone.
#[derive(Debug, Clone)]
pub struct Desk {
    pub floor: Floor,
    undo: Vec<(Floor, Done)>,
}

impl Desk {
    pub fn new(floor: Floor) -> Desk {
        Desk {
            floor,
            undo: Vec::new(),
        }
    }

    /// The action the next undo takes back, if any.
    pub fn undoable(&self) -> Option<&Done> {
        self.undo.last().map(|(_, d)| d)
    }

    /// Takes the last losing action back: the floor is as it was before it.
    pub fn undo(&mut self) -> Option<Done> {
        let (floor, done) = self.undo.pop()?;
        self.floor = floor;
        Some(done)
    }

    /// Does an action at `now` (`preset` gives the programme's time of a kind). Returns what
    /// it did when it lost something (it can then be undone), else `None`.
    pub fn act(
        &mut self,
        act: Act,
        now: Millis,
        session: Option<&str>,
        preset: impl Fn(StatementKind) -> Millis,
    ) -> Option<Done> {
        let before = self.floor.clone();
        let done = self.floor.act(act, now, session, preset)?;
        if self.floor == before {
            return None;
        }
        if self.undo.len() == UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.undo.push((before, done.clone()));
        Some(done)
    }

    /// Forgets what could be undone (the floor was replaced: another tab, a link).
    pub fn forget(&mut self) {
        self.undo.clear();
    }
}

impl Floor {
    /// The timer the next speaker gets: their kind's time, or the one the chair set.
    fn timer_for(w: Waiting, now: Millis, preset: impl Fn(StatementKind) -> Millis) -> Timer {
        let duration = w.duration.unwrap_or_else(|| preset(w.kind));
        let mut t = Timer::new(w.kind, duration, w.label);
        t.changed_at = now;
        t
    }

    /// Gives the floor to the first one waiting, or, when no one is, a fresh timer of the
    /// same kind with no name (so the speaker who finished is not timed again by mistake).
    fn call_next(&mut self, now: Millis, preset: impl Fn(StatementKind) -> Millis) {
        self.timer = match self.queue.take_next() {
            Some(w) => Floor::timer_for(w, now, preset),
            None => {
                let mut t = Timer::new(self.timer.kind, self.timer.full_time(&preset), "");
                t.changed_at = now;
                t
            }
        };
    }

    fn act(
        &mut self,
        act: Act,
        now: Millis,
        session: Option<&str>,
        preset: impl Fn(StatementKind) -> Millis,
    ) -> Option<Done> {
        let t = &mut self.timer;
        match act {
            Act::Toggle => t.toggle(now),
            Act::Adjust(delta) => t.adjust(delta, now),
            Act::Allot(kind, ms) => t.set_allotment(kind, ms, now),
            Act::Label(label) => t.label = super::link::typed_label(&label),
            Act::Reset => {
                let used = t.used(now).max(0);
                let started = t.has_started();
                t.reset_to(t.full_time(&preset), now);
                return started.then_some(Done::Reset(used));
            }
            Act::Next => {
                let label = super::link::clean_label(&t.label);
                let done = if t.has_started() {
                    let used = t.used(now);
                    self.queue.record(Spoken {
                        label: label.clone(),
                        kind: t.kind,
                        rule: t.rule,
                        given: t.given(),
                        used,
                        started_at: t.started_at,
                        ended_at: Some(now),
                        session: session.map(str::to_owned),
                    });
                    Some(Done::Finished(label, used))
                } else if !label.is_empty() {
                    Some(Done::Passed(label))
                } else {
                    None
                };
                if done.is_none() && self.queue.waiting.is_empty() {
                    return None;
                }
                self.call_next(now, preset);
                // Calling the next one when no one was speaking loses nothing: no undo then.
                return done;
            }
            Act::Pass => {
                let label = super::link::clean_label(&t.label);
                if label.is_empty() && self.queue.waiting.is_empty() {
                    return None;
                }
                self.call_next(now, preset);
                return Some(Done::Passed(label));
            }
            Act::Add(label, kind, duration) => {
                self.queue.add(&label, kind, duration);
            }
            Act::Remove(id) => {
                return self.queue.remove(id).map(|(w, _)| Done::Removed(w.label));
            }
            Act::Shift(id, by) => self.queue.shift(id, by),
            Act::ClearQueue => {
                let had = !self.queue.waiting.is_empty();
                self.queue.waiting.clear();
                return had.then_some(Done::ClearedQueue);
            }
            Act::ClearLog => {
                let had = !self.queue.log.is_empty();
                self.queue.log.clear();
                return had.then_some(Done::ClearedLog);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const T0: Millis = 1_637_611_200_000;

    fn preset(k: StatementKind) -> Millis {
        match k {
            StatementKind::RegionalGroup => 180_000,
            _ => 120_000,
        }
    }

    fn desk(names: &[&str]) -> Desk {
        let mut queue = Queue::default();
        for n in names {
            queue.add(n, StatementKind::Delegation, None);
        }
        Desk::new(Floor {
            timer: Timer::new(StatementKind::Delegation, 120_000, ""),
            queue,
        })
    }

    fn waiting(d: &Desk) -> Vec<String> {
        d.floor
            .queue
            .waiting
            .iter()
            .map(|w| w.label.clone())
            .collect()
    }

    #[test]
    fn next_before_anyone_started_walks_the_queue_and_never_swaps() {
        let mut d = desk(&["Brazil", "Kenya", "Japan"]);
        d.act(Act::Next, T0, None, preset);
        assert_eq!(d.floor.timer.label, "Brazil");
        // Brazil is absent: next again, and again.
        d.act(Act::Next, T0, None, preset);
        assert_eq!(d.floor.timer.label, "Kenya");
        d.act(Act::Next, T0, None, preset);
        assert_eq!(d.floor.timer.label, "Japan");
        assert!(waiting(&d).is_empty(), "nobody put back: {:?}", waiting(&d));
        assert!(d.floor.queue.log.is_empty(), "nobody spoke");
        // After the queue is cleared, next makes no duplicate.
        let mut d = desk(&["EU", "Brazil"]);
        d.act(Act::Next, T0, None, preset);
        d.act(Act::ClearQueue, T0, None, preset);
        d.act(Act::Next, T0, None, preset);
        assert_eq!(d.floor.timer.label, "");
        assert!(waiting(&d).is_empty());
    }

    #[test]
    fn a_reset_mid_speech_is_undone_with_the_time_spoken() {
        let mut d = desk(&[]);
        d.act(Act::Label("Ghana".into()), T0, None, preset);
        d.act(Act::Toggle, T0, None, preset);
        let before = d.floor.clone();
        assert_eq!(
            d.act(Act::Reset, T0 + 60_000, None, preset),
            Some(Done::Reset(60_000))
        );
        assert_eq!(d.floor.timer.remaining(T0 + 60_000), 120_000);
        assert_eq!(d.undo(), Some(Done::Reset(60_000)));
        assert_eq!(d.floor, before);
        assert_eq!(
            d.floor.timer.remaining(T0 + 60_000),
            60_000,
            "the 60 seconds spoken are back"
        );
    }

    #[test]
    fn finishing_by_mistake_is_undone_in_one_step() {
        let mut d = desk(&["Kenya"]);
        d.act(Act::Label("Brazil".into()), T0, None, preset);
        d.act(Act::Toggle, T0, None, preset);
        d.act(Act::Adjust(30_000), T0 + 10_000, None, preset);
        let before = d.floor.clone();
        let done = d.act(Act::Next, T0 + 70_000, Some("panel-1"), preset);
        assert_eq!(done, Some(Done::Finished("Brazil".into(), 70_000)));
        let logged = &d.floor.queue.log[0];
        assert_eq!(
            (logged.rule, logged.given, logged.used),
            (120_000, 30_000, 70_000)
        );
        assert_eq!(
            (logged.started_at, logged.ended_at),
            (Some(T0), Some(T0 + 70_000))
        );
        assert_eq!(logged.session.as_deref(), Some("panel-1"));
        assert_eq!(d.floor.timer.label, "Kenya");
        d.undo();
        assert_eq!(
            d.floor, before,
            "Brazil has the floor again, the log has no row"
        );
    }

    #[test]
    fn an_absent_speaker_is_passed_over_directly() {
        let mut d = desk(&["Brazil", "Kenya"]);
        d.act(Act::Next, T0, None, preset);
        assert_eq!(
            d.act(Act::Pass, T0, None, preset),
            Some(Done::Passed("Brazil".into()))
        );
        assert_eq!(d.floor.timer.label, "Kenya");
        assert!(d.floor.queue.log.is_empty());
        d.undo();
        assert_eq!(d.floor.timer.label, "Brazil");
    }

    #[test]
    fn a_panellist_gets_the_time_the_chair_set() {
        let mut queue = Queue::default();
        queue.add("Dr. Expert", StatementKind::Panellist, Some(300_000));
        let mut d = Desk::new(Floor {
            timer: Timer::new(StatementKind::Delegation, 120_000, ""),
            queue,
        });
        d.act(Act::Next, T0, None, preset);
        assert_eq!(
            (d.floor.timer.kind, d.floor.timer.duration),
            (StatementKind::Panellist, 300_000)
        );
        d.act(Act::Toggle, T0, None, preset);
        d.act(Act::Reset, T0 + 1000, None, preset);
        assert_eq!(
            d.floor.timer.duration, 300_000,
            "reset keeps the chair's time"
        );
    }

    fn any_act() -> impl Strategy<Value = Act> {
        prop_oneof![
            Just(Act::Toggle),
            Just(Act::Reset),
            (-60_000i64..60_000).prop_map(Act::Adjust),
            Just(Act::Next),
            Just(Act::Pass),
            "[A-Z][a-z]{0,5}".prop_map(|n| Act::Add(n, StatementKind::Delegation, None)),
            (0u32..8).prop_map(Act::Remove),
            (0u32..8, prop_oneof![Just(-1), Just(1)]).prop_map(|(id, by)| Act::Shift(id, by)),
            Just(Act::ClearQueue),
            Just(Act::ClearLog),
        ]
    }

    proptest! {
        /// Any sequence of actions, then an undo for each one that lost something, gives the
        /// floor back as it was.
        #[test]
        fn undoing_every_loss_restores_the_floor(start in proptest::collection::vec("[A-Z][a-z]{0,5}", 0..5), acts in proptest::collection::vec(any_act(), 0..20)) {
            let names: Vec<&str> = start.iter().map(String::as_str).collect();
            let mut d = desk(&names);
            let mut now = T0;
            // Only actions that lose something or change nothing: the others (a toggle, a
            // time given) are taken back by their opposite, not by Undo.
            let first = d.floor.clone();
            let mut losses = 0;
            for a in acts {
                now += 7_000;
                let mut probe = d.clone();
                let lost = probe.act(a.clone(), now, None, preset).is_some();
                if lost || probe.floor == d.floor {
                    d = probe;
                    losses += usize::from(lost);
                }
            }
            for _ in 0..losses {
                prop_assert!(d.undo().is_some());
            }
            prop_assert_eq!(d.floor, first);
        }

        /// Whatever came before, each losing action is undone in one step, exactly.
        #[test]
        fn each_loss_is_undone_in_one_step(start in proptest::collection::vec("[A-Z][a-z]{0,5}", 0..5), acts in proptest::collection::vec(any_act(), 0..30)) {
            let names: Vec<&str> = start.iter().map(String::as_str).collect();
            let mut d = desk(&names);
            let mut now = T0;
            for a in acts {
                now += 7_000;
                let before = d.floor.clone();
                if d.act(a, now, None, preset).is_some() {
                    let mut probe = d.clone();
                    probe.undo();
                    prop_assert_eq!(&probe.floor, &before);
                }
            }
        }

        /// No sequence of actions puts a speaker in the queue twice, or back in it.
        #[test]
        fn nobody_is_duplicated(start in proptest::collection::vec("[A-Z][a-z]{0,5}", 0..6), acts in proptest::collection::vec(any_act(), 0..30)) {
            let names: Vec<&str> = start.iter().map(String::as_str).collect();
            let mut d = desk(&names);
            let mut now = T0;
            let mut ever: Vec<u32> = d.floor.queue.waiting.iter().map(|w| w.id).collect();
            let mut left: Vec<u32> = Vec::new();
            for a in acts {
                now += 7_000;
                let before: Vec<u32> = d.floor.queue.waiting.iter().map(|w| w.id).collect();
                d.act(a, now, None, preset);
                let after: Vec<u32> = d.floor.queue.waiting.iter().map(|w| w.id).collect();
                let mut unique = after.clone();
                unique.sort_unstable();
                unique.dedup();
                prop_assert_eq!(unique.len(), after.len(), "a speaker twice in the queue");
                for id in &before {
                    if !after.contains(id) {
                        left.push(*id);
                    }
                }
                for id in &after {
                    if !ever.contains(id) {
                        ever.push(*id);
                    } else {
                        prop_assert!(!left.contains(id), "speaker {} came back to the queue", id);
                    }
                }
            }
        }
    }
}

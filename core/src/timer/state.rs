//! The timer as a state machine over an absolute clock. It never counts ticks: a running timer
//! stores the instant it ends, and every question ("how long is left?") is answered from the
//! wall-clock time passed in, so a backgrounded tab or a locked phone is right again at once.
//!
//! The kinds of statement are in `kind`, and times in text (shown and typed) in `duration`.

mod duration;
mod kind;

pub use duration::{display, elapsed, parse_duration, BARE_MINUTES_UP_TO};
pub use kind::StatementKind;

use crate::time::Millis;

/// Whether the timer runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Run {
    /// Set but not started: the whole duration is left.
    Ready,
    /// Counting down to (and past) `ends_at`.
    Running { ends_at: Millis },
    /// Stopped with `remaining` left (negative in overtime).
    Paused { remaining: Millis },
}

/// How the display should look and what it should say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    Ready,
    Running,
    /// 30 seconds or less left.
    LastThirty,
    /// 10 seconds or less left.
    LastTen,
    /// Time is up; counting up.
    Overtime,
    Paused,
}

impl Phase {
    pub fn class(self) -> &'static str {
        match self {
            Phase::Ready => "ready",
            Phase::Running => "running",
            Phase::LastThirty => "last30",
            Phase::LastTen => "last10",
            Phase::Overtime => "overtime",
            Phase::Paused => "paused",
        }
    }
}

/// A milestone worth announcing to screen-reader users (not every second).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Milestone {
    OneMinute,
    ThirtySeconds,
    TenSeconds,
    TimeUp,
}

/// The longest duration the timer takes: 10 hours.
pub const MAX_DURATION: Millis = 10 * 3_600_000;
/// How far past its time a running timer is taken for an old link ([`Timer::is_stale`]).
pub const STALE_AFTER: Millis = 3_600_000;
/// The most time an adjustment may leave: also 10 hours.
const MAX_REMAINING: Millis = MAX_DURATION;

/// A speaking timer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timer {
    pub kind: StatementKind,
    /// The time allotted, in ms: the rule's, with any time given or taken since.
    pub duration: Millis,
    /// The time the rule allots (the kind's preset, or the duration the chair set), in ms.
    pub rule: Millis,
    /// Who is speaking (optional, free text).
    pub label: String,
    pub run: Run,
    /// When the speaker first started, if they did.
    pub started_at: Option<Millis>,
    /// When the chair last changed the timer (started, paused, set it): what a shared link
    /// says it shows, and how old it is.
    pub changed_at: Millis,
}

impl Timer {
    /// A ready timer for a kind of statement; `minutes` for the preset kinds come from the data.
    pub fn new(kind: StatementKind, duration: Millis, label: impl Into<String>) -> Timer {
        let duration = duration.clamp(1000, MAX_DURATION);
        Timer {
            kind,
            duration,
            rule: duration,
            label: label.into(),
            run: Run::Ready,
            started_at: None,
            changed_at: 0,
        }
    }

    /// The time given (positive) or taken (negative) beyond the rule's.
    pub fn given(&self) -> Millis {
        self.duration.saturating_sub(self.rule)
    }

    /// Time left at `now`, in ms; negative in overtime.
    pub fn remaining(&self, now: Millis) -> Millis {
        match self.run {
            Run::Ready => self.duration,
            Run::Running { ends_at } => ends_at.saturating_sub(now),
            Run::Paused { remaining } => remaining,
        }
    }

    /// Time used so far at `now`.
    pub fn used(&self, now: Millis) -> Millis {
        self.duration.saturating_sub(self.remaining(now))
    }

    pub fn is_running(&self) -> bool {
        matches!(self.run, Run::Running { .. })
    }

    /// Running and more than an hour over its time: a shared link opened long after the
    /// speech (the countdown would read "+43968:55:22").
    pub fn is_stale(&self, now: Millis) -> bool {
        self.is_running() && self.remaining(now) < -STALE_AFTER
    }

    pub fn has_started(&self) -> bool {
        !matches!(self.run, Run::Ready)
    }

    pub fn phase(&self, now: Millis) -> Phase {
        match self.run {
            Run::Ready => Phase::Ready,
            Run::Paused { .. } => Phase::Paused,
            Run::Running { .. } => match self.remaining(now) {
                r if r <= 0 => Phase::Overtime,
                r if r <= 10_000 => Phase::LastTen,
                r if r <= 30_000 => Phase::LastThirty,
                _ => Phase::Running,
            },
        }
    }

    /// Starts a ready timer, or resumes a paused one. Running: no change.
    pub fn start(&mut self, now: Millis) {
        let remaining = self.remaining(now);
        if !self.is_running() {
            self.run = Run::Running {
                ends_at: now.saturating_add(remaining),
            };
            self.started_at.get_or_insert(now);
            self.changed_at = now;
        }
    }

    pub fn pause(&mut self, now: Millis) {
        if self.is_running() {
            self.run = Run::Paused {
                remaining: self.remaining(now),
            };
            self.changed_at = now;
        }
    }

    /// Start/pause in one control (the space bar).
    pub fn toggle(&mut self, now: Millis) {
        if self.is_running() {
            self.pause(now)
        } else {
            self.start(now)
        }
    }

    /// Back to the full duration, not running, as if the speaker had not started.
    pub fn reset(&mut self, now: Millis) {
        self.run = Run::Ready;
        self.started_at = None;
        self.changed_at = now;
    }

    /// The full time of this timer: its kind's preset, or a custom timer's own duration. What
    /// Reset returns to, and what a fresh timer of the same kind gets.
    pub fn full_time(&self, preset: impl Fn(StatementKind) -> Millis) -> Millis {
        if self.kind.has_preset() {
            preset(self.kind)
        } else {
            self.rule
        }
    }

    /// Back to `full` (the preset's time, not one shortened or lengthened while the speaker
    /// spoke), not running, as if the speaker had not started.
    pub fn reset_to(&mut self, full: Millis, now: Millis) {
        self.duration = full.clamp(1000, MAX_DURATION);
        self.rule = self.duration;
        self.reset(now);
    }

    /// A new allotment (a preset or a custom time chosen while someone speaks): the time
    /// already spoken is kept, running or paused, so the time left is the new allotment less
    /// it (into overtime if it has run out). A ready timer simply takes it.
    pub fn set_allotment(&mut self, kind: StatementKind, duration: Millis, now: Millis) {
        let used = self.used(now);
        self.kind = kind;
        self.duration = duration.clamp(1000, MAX_DURATION);
        self.rule = self.duration;
        self.changed_at = now;
        match &mut self.run {
            Run::Ready => {}
            Run::Running { ends_at } => {
                *ends_at = now.saturating_add(self.duration).saturating_sub(used)
            }
            Run::Paused { remaining } => *remaining = self.duration.saturating_sub(used),
        }
    }

    /// Adds (or with a negative `delta`, removes) time, in any state. The time left never
    /// goes past 10 hours; a ready timer keeps at least one second. Time given or taken is
    /// part of the speaker's allotment, so [`Timer::used`] stays the time actually spoken.
    pub fn adjust(&mut self, delta: Millis, now: Millis) {
        self.changed_at = now;
        match &mut self.run {
            Run::Ready => {
                self.duration = self
                    .duration
                    .saturating_add(delta)
                    .clamp(1000, MAX_DURATION)
            }
            Run::Running { ends_at } => {
                let before = ends_at.saturating_sub(now);
                let after = before.saturating_add(delta).min(MAX_REMAINING);
                *ends_at = now.saturating_add(after);
                self.duration = self
                    .duration
                    .saturating_add(after.saturating_sub(before))
                    .clamp(1000, MAX_DURATION);
            }
            Run::Paused { remaining } => {
                let before = *remaining;
                *remaining = before.saturating_add(delta).min(MAX_REMAINING);
                self.duration = self
                    .duration
                    .saturating_add(remaining.saturating_sub(before))
                    .clamp(1000, MAX_DURATION);
            }
        }
    }

    /// The milestone crossed between two readings, if any.
    pub fn milestone(before: Millis, after: Millis) -> Option<Milestone> {
        let crossed = |mark: Millis| before > mark && after <= mark;
        if crossed(0) {
            Some(Milestone::TimeUp)
        } else if crossed(10_000) {
            Some(Milestone::TenSeconds)
        } else if crossed(30_000) {
            Some(Milestone::ThirtySeconds)
        } else if crossed(60_000) {
            Some(Milestone::OneMinute)
        } else {
            None
        }
    }

    /// How long until the display next changes (when a whole second is crossed), in ms.
    /// A running timer's views wake up exactly then, so updates land on second boundaries.
    pub fn until_next_change(&self, now: Millis) -> Millis {
        match self.run {
            Run::Running { .. } => {
                let r = self.remaining(now);
                let to_boundary = r.rem_euclid(1000);
                if to_boundary == 0 {
                    1000
                } else {
                    to_boundary
                }
            }
            _ => 1000,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const T0: Millis = 1_637_600_000_000;

    fn delegation() -> Timer {
        Timer::new(StatementKind::Delegation, 120_000, "Ghana")
    }

    #[test]
    fn a_timer_long_past_its_time_is_stale() {
        let mut t = delegation();
        assert!(!t.is_stale(T0 + 10 * 3_600_000), "not started");
        t.start(T0);
        assert!(
            !t.is_stale(T0 + 120_000 + STALE_AFTER),
            "an hour over: not yet"
        );
        assert!(t.is_stale(T0 + 120_000 + STALE_AFTER + 1));
        t.pause(T0 + 130_000);
        assert!(
            !t.is_stale(T0 + 100 * 3_600_000),
            "paused: it shows what it was"
        );
    }

    #[test]
    fn phases_at_their_boundaries() {
        let mut t = delegation();
        assert_eq!(t.phase(T0), Phase::Ready);
        t.start(T0);
        assert_eq!(t.phase(T0), Phase::Running);
        assert_eq!(t.phase(T0 + 89_999), Phase::Running);
        assert_eq!(t.phase(T0 + 90_000), Phase::LastThirty);
        assert_eq!(t.phase(T0 + 109_999), Phase::LastThirty);
        assert_eq!(t.phase(T0 + 110_000), Phase::LastTen);
        assert_eq!(t.phase(T0 + 119_999), Phase::LastTen);
        assert_eq!(t.phase(T0 + 120_000), Phase::Overtime);
        assert_eq!(t.phase(T0 + 500_000), Phase::Overtime);
        t.pause(T0 + 1000);
        assert_eq!(t.phase(T0 + 999_999), Phase::Paused);
    }

    #[test]
    fn pause_and_resume_keep_the_time_left() {
        let mut t = delegation();
        t.start(T0);
        t.pause(T0 + 30_000);
        assert_eq!(
            t.remaining(T0 + 999_000),
            90_000,
            "paused time does not run"
        );
        t.start(T0 + 100_000);
        assert_eq!(t.remaining(T0 + 100_000), 90_000);
        assert_eq!(t.remaining(T0 + 190_000), 0);
        assert_eq!(t.used(T0 + 195_000), 125_000);
        t.toggle(T0 + 195_000);
        assert_eq!(t.run, Run::Paused { remaining: -5_000 });
        t.reset(T0 + 196_000);
        assert_eq!(t.remaining(T0), 120_000);
        assert_eq!((t.started_at, t.changed_at), (None, T0 + 196_000));
    }

    #[test]
    fn adjustments() {
        let mut t = delegation();
        t.adjust(10_000, T0);
        assert_eq!(t.duration, 130_000);
        t.adjust(-500_000, T0);
        assert_eq!(t.duration, 1000, "a ready timer keeps at least a second");
        let mut t = delegation();
        t.start(T0);
        t.adjust(-10_000, T0 + 5_000);
        assert_eq!(t.remaining(T0 + 5_000), 105_000);
        t.adjust(-200_000, T0 + 5_000);
        assert_eq!(t.phase(T0 + 5_000), Phase::Overtime);
        t.adjust(100 * MAX_DURATION, T0 + 5_000);
        assert_eq!(t.remaining(T0 + 5_000), MAX_DURATION);
    }

    #[test]
    fn time_given_or_taken_is_part_of_the_allotment_so_used_is_the_time_spoken() {
        // 5 s spoken, then 30 s more given: the allotment is 2:30, and 5 s are used.
        let mut t = delegation();
        t.start(T0);
        t.adjust(30_000, T0 + 5_000);
        assert_eq!(t.duration, 150_000);
        assert_eq!(t.used(T0 + 5_000), 5_000);
        assert_eq!(t.remaining(T0 + 5_000), 145_000);
        // 10 s taken while paused at 20 s spoken: still 20 s used.
        t.pause(T0 + 20_000);
        t.adjust(-10_000, T0 + 60_000);
        assert_eq!(t.duration, 140_000);
        assert_eq!(t.used(T0 + 60_000), 20_000);
        // Deep into overtime by taking time: used stays the time spoken while the allotment
        // stays valid for a link (at least a second).
        t.adjust(-135_000, T0 + 60_000);
        assert_eq!(t.used(T0 + 60_000), 20_000);
        t.adjust(-10_000, T0 + 60_000);
        assert_eq!(t.duration, 1000);
        assert!(super::super::link::decode(&super::super::link::encode(&t), T0 + 60_000).is_ok());
    }

    #[test]
    fn milestones_fire_once_when_crossed() {
        assert_eq!(Timer::milestone(61_000, 60_000), Some(Milestone::OneMinute));
        assert_eq!(Timer::milestone(60_000, 59_000), None);
        assert_eq!(
            Timer::milestone(31_000, 29_000),
            Some(Milestone::ThirtySeconds)
        );
        assert_eq!(
            Timer::milestone(100_000, -1),
            Some(Milestone::TimeUp),
            "a jump reports the latest"
        );
        assert_eq!(Timer::milestone(-1, -2_000), None);
    }

    #[test]
    fn wakes_on_second_boundaries() {
        let mut t = delegation();
        t.start(T0 + 250);
        assert_eq!(t.until_next_change(T0 + 250), 1000);
        assert_eq!(t.until_next_change(T0 + 500), 750);
        assert_eq!(t.until_next_change(T0 + 130_400), 850, "overtime too");
    }

    #[test]
    fn a_new_allotment_keeps_the_time_spoken() {
        let mut t = delegation();
        t.start(T0);
        t.set_allotment(StatementKind::RegionalGroup, 180_000, T0 + 30_000);
        assert_eq!(t.kind, StatementKind::RegionalGroup);
        assert_eq!(t.used(T0 + 30_000), 30_000);
        assert_eq!(t.remaining(T0 + 30_000), 150_000);
        assert!(t.is_running());
        t.pause(T0 + 40_000);
        t.set_allotment(StatementKind::Custom, 20_000, T0 + 99_000);
        assert_eq!(t.used(T0 + 99_000), 40_000, "paused: no time passes");
        assert_eq!(
            t.remaining(T0 + 99_000),
            -20_000,
            "past the new allotment: overtime"
        );
        let mut ready = delegation();
        ready.set_allotment(StatementKind::RegionalGroup, 180_000, T0);
        assert_eq!((ready.has_started(), ready.remaining(T0)), (false, 180_000));
    }

    #[test]
    fn the_full_time_is_the_preset_or_a_custom_duration() {
        let preset = |k| {
            if k == StatementKind::RegionalGroup {
                180_000
            } else {
                120_000
            }
        };
        let mut t = delegation();
        t.adjust(-30_000, T0);
        assert_eq!(t.full_time(preset), 120_000);
        t.set_allotment(StatementKind::Custom, 45_000, T0);
        assert_eq!(t.full_time(preset), 45_000);
    }

    #[test]
    fn reset_to_the_full_time_undoes_adjustments() {
        let mut t = delegation();
        t.start(T0);
        for _ in 0..15 {
            t.adjust(-10_000, T0 + 1_000);
        }
        t.reset_to(120_000, T0 + 5_000);
        assert_eq!((t.has_started(), t.remaining(T0 + 5_000)), (false, 120_000));
    }

    proptest! {
        #[test]
        fn remaining_is_continuous_through_pause_and_resume(pause_at in 0i64..300_000, paused_for in 0i64..1_000_000, later in 0i64..300_000) {
            let mut t = delegation();
            t.start(T0);
            t.pause(T0 + pause_at);
            t.start(T0 + pause_at + paused_for);
            prop_assert_eq!(t.remaining(T0 + pause_at + paused_for + later), 120_000 - pause_at - later);
        }
    }
}

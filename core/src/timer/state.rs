//! The timer as a state machine over an absolute clock. It never counts ticks: a running timer
//! stores the instant it ends, and every question ("how long is left?") is answered from the
//! wall-clock time passed in, so a backgrounded tab or a locked phone is right again at once.

use crate::time::Millis;

/// The kinds of intervention the seed sets limits for, and anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatementKind {
    /// An individual delegation: 2 minutes.
    Delegation,
    /// A regional group statement: 3 minutes.
    RegionalGroup,
    /// A panellist's presentation or response: the seed sets no limit, so the chair sets it.
    Panellist,
    /// A duration chosen by the chair.
    Custom,
}

impl StatementKind {
    pub fn code(self) -> char {
        match self {
            StatementKind::Delegation => 'd',
            StatementKind::RegionalGroup => 'g',
            StatementKind::Panellist => 'p',
            StatementKind::Custom => 'c',
        }
    }

    pub const ALL: [StatementKind; 4] = [
        StatementKind::Delegation,
        StatementKind::RegionalGroup,
        StatementKind::Panellist,
        StatementKind::Custom,
    ];

    /// Whether the programme sets this kind's time (the others' is the chair's).
    pub fn has_preset(self) -> bool {
        matches!(
            self,
            StatementKind::Delegation | StatementKind::RegionalGroup
        )
    }

    pub fn from_code(c: char) -> Option<Self> {
        match c {
            'd' => Some(StatementKind::Delegation),
            'g' => Some(StatementKind::RegionalGroup),
            'p' => Some(StatementKind::Panellist),
            'c' => Some(StatementKind::Custom),
            _ => None,
        }
    }
}

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

/// The display of a time left: `2:00`, `0:09`, `1:02:03`; overtime counts up as `+0:05`.
/// Counting down shows whole seconds rounded up (so "0:01" is the last second and "0:00" never
/// shows while time is left); overtime shows whole seconds elapsed.
pub fn display(remaining: Millis) -> String {
    let (sign, secs) = if remaining > 0 {
        ("", (remaining + 999) / 1000)
    } else {
        ("+", (-remaining) / 1000)
    };
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 {
        format!("{sign}{h}:{m:02}:{s:02}")
    } else {
        format!("{sign}{m}:{s:02}")
    }
}

/// A time spoken, in whole seconds elapsed (`3:10` for 190.9 s), as a log shows it.
pub fn elapsed(ms: Millis) -> String {
    display(-ms.max(0)).trim_start_matches('+').to_string()
}

/// Parses a custom duration typed by the chair: a bare number is minutes up to
/// [`BARE_MINUTES_UP_TO`] (`5`) and seconds above (`90`); a clock (`1:30`,
/// `1:00:00`, as the timer itself shows times) or amounts with units (`5m`, `2m30s`, `2m30`,
/// `1h 30m`, `3 min`, `45 sec`). `None` for anything else or outside 1 s – 10 h.
pub fn parse_duration(input: &str) -> Option<Millis> {
    let s = normalise(input);
    let secs = if s.contains(':') {
        clock_seconds(&s)?
    } else {
        unit_seconds(&s)?
    };
    let ms = secs.checked_mul(1000)?;
    (1000..=MAX_DURATION).contains(&ms).then_some(ms)
}

/// Lower case, with the digits of Arabic script and full-width forms (as phone keyboards type
/// them) written as ASCII digits, and the full-width colon and the Arabic comma as `:` and `,`.
fn normalise(input: &str) -> String {
    input
        .trim()
        .chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '\u{FF10}'..='\u{FF19}' => char::from(b'0' + (c as u32 - 0xFF10) as u8),
            '\u{FF1A}' => ':',
            '\u{060C}' | '\u{FF0C}' => ',',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

fn number(digits: &str) -> Option<i64> {
    let digits = digits.trim();
    if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// `m:ss` or `h:mm:ss`; every part after the first is below 60.
fn clock_seconds(s: &str) -> Option<i64> {
    let parts: Vec<&str> = s.split(':').collect();
    if parts.len() > 3 {
        return None;
    }
    let mut total = 0i64;
    for (i, part) in parts.iter().enumerate() {
        let n = number(part)?;
        if i > 0 && n >= 60 {
            return None;
        }
        total = total.checked_mul(60)?.checked_add(n)?;
    }
    Some(total)
}

// The units in the six interface languages (a chair types what the label suggests in
// theirs); the longest name that fits is taken, so "minutos" is not "min" + "utos".
const UNITS: [(&[&str], i64); 3] = [
    (
        &[
            "hours",
            "hour",
            "hrs",
            "hr",
            "h",
            "heures",
            "heure",
            "horas",
            "hora",
            "часов",
            "часа",
            "час",
            "ч",
            "小时",
            "时",
            "ساعات",
            "ساعة",
            "س",
        ],
        3600,
    ),
    (
        &[
            "minutes",
            "minute",
            "mins",
            "min",
            "m",
            "minutos",
            "minuto",
            "минут",
            "минуты",
            "минута",
            "мин",
            "м",
            "分钟",
            "分",
            "دقائق",
            "دقيقة",
            "د",
        ],
        60,
    ),
    (
        &[
            "seconds",
            "second",
            "secs",
            "sec",
            "s",
            "secondes",
            "seconde",
            "segundos",
            "segundo",
            "seg",
            "секунд",
            "секунды",
            "секунда",
            "сек",
            "с",
            "秒",
            "ثوان",
            "ثواني",
            "ثانية",
            "ث",
        ],
        1,
    ),
];

/// A bare number of seconds, or amounts with units from the largest down, each at most once;
/// a last bare number counts in the unit below the one before it (`2m30` is 2 min 30 s).
/// A bare number up to this is minutes: a speaking slot is never a few seconds, so "5" is
/// five minutes; above it, a bare number is seconds ("90").
pub const BARE_MINUTES_UP_TO: i64 = 10;

fn unit_seconds(s: &str) -> Option<i64> {
    if let Some(n) = number(s) {
        return Some(if n <= BARE_MINUTES_UP_TO { n * 60 } else { n });
    }
    let mut rest = s;
    let mut total = 0i64;
    let mut next_unit = 0usize; // units must come largest first, each at most once
    while !rest.trim().is_empty() {
        let trimmed = rest.trim_start();
        let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
        let n = number(&trimmed[..digits])?;
        let after = trimmed[digits..].trim_start();
        let found = UNITS
            .iter()
            .enumerate()
            .skip(next_unit)
            .find_map(|(i, (names, size))| {
                names
                    .iter()
                    .filter_map(|name| after.strip_prefix(*name))
                    .min_by_key(|tail| tail.len())
                    .map(|tail| (i, *size, tail))
            });
        match found {
            Some((i, size, tail)) => {
                total = total.checked_add(n.checked_mul(size)?)?;
                next_unit = i + 1;
                rest = tail.trim_start_matches(|c: char| c == ',' || c.is_whitespace());
            }
            // A bare number last, after hours or minutes: the next unit down.
            None if after.is_empty() && (1..3).contains(&next_unit) => {
                total = total.checked_add(n.checked_mul(UNITS[next_unit].1)?)?;
                rest = after;
            }
            None => return None,
        }
    }
    Some(total)
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
    fn display_rounds_toward_the_speaker() {
        assert_eq!(display(120_000), "2:00");
        assert_eq!(display(119_001), "2:00");
        assert_eq!(display(119_000), "1:59");
        assert_eq!(display(1), "0:01");
        assert_eq!(display(0), "+0:00");
        assert_eq!(display(-999), "+0:00");
        assert_eq!(display(-5_000), "+0:05");
        assert_eq!(display(3_723_000), "1:02:03");
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
    fn elapsed_counts_whole_seconds() {
        assert_eq!(elapsed(190_900), "3:10");
        assert_eq!(elapsed(999), "0:00");
        assert_eq!(elapsed(-5), "0:00");
        assert_eq!(elapsed(3_600_000), "1:00:00");
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

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90"), Some(90_000));
        // A bare small number is minutes: a slot is never five seconds.
        assert_eq!(parse_duration("5"), Some(300_000));
        assert_eq!(parse_duration("10"), Some(600_000));
        assert_eq!(parse_duration("11"), Some(11_000));
        assert_eq!(parse_duration("٣"), Some(180_000));
        assert_eq!(parse_duration("1:30"), Some(90_000));
        assert_eq!(parse_duration("2m"), Some(120_000));
        assert_eq!(parse_duration(" 3 min "), Some(180_000));
        assert_eq!(parse_duration("1h"), Some(3_600_000));
        assert_eq!(parse_duration("1:00:00"), Some(3_600_000));
        assert_eq!(parse_duration("0:02:30"), Some(150_000));
        assert_eq!(parse_duration("2m30s"), Some(150_000));
        assert_eq!(parse_duration("2m30"), Some(150_000));
        assert_eq!(parse_duration("2 min 30 sec"), Some(150_000));
        assert_eq!(parse_duration("1h 30m"), Some(5_400_000));
        assert_eq!(parse_duration("1h30"), Some(5_400_000));
        assert_eq!(parse_duration("45s"), Some(45_000));
        assert_eq!(parse_duration("3 Minutes"), Some(180_000));
        // Units and digits as typed in the other interface languages.
        assert_eq!(parse_duration("5 мин"), Some(300_000));
        assert_eq!(parse_duration("2 МИН 30 С"), Some(150_000));
        assert_eq!(parse_duration("1 час 30 минут"), Some(5_400_000));
        assert_eq!(parse_duration("2 minutos"), Some(120_000));
        assert_eq!(parse_duration("30 segundos"), Some(30_000));
        assert_eq!(parse_duration("1 heure 5 secondes"), Some(3_605_000));
        assert_eq!(parse_duration("5分钟"), Some(300_000));
        assert_eq!(parse_duration("1分30秒"), Some(90_000));
        assert_eq!(parse_duration("١:٣٠"), Some(90_000));
        assert_eq!(parse_duration("٥ دقائق"), Some(300_000));
        assert_eq!(parse_duration("۲ دقيقة"), Some(120_000));
        assert_eq!(parse_duration("１：３０"), Some(90_000));
        // Every name of every unit, with a space or without.
        for (names, size) in UNITS {
            for name in names {
                assert_eq!(
                    parse_duration(&format!("3{name}")),
                    Some(3_000 * size),
                    "{name}"
                );
                assert_eq!(
                    parse_duration(&format!("3 {name}")),
                    Some(3_000 * size),
                    "{name}"
                );
            }
        }
        for bad in [
            "",
            "0",
            "1:60",
            "1:00:60",
            "1:2:3:4",
            ":30",
            "-5",
            "-1:30",
            "+5",
            "11h",
            "10h1s",
            "abc",
            "m",
            "5x",
            "30s2m",
            "2m 3m",
            "30s 5",
            "1.5m",
            "99999999999999999999",
        ] {
            assert_eq!(parse_duration(bad), None, "{bad}");
        }
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

        #[test]
        fn parse_duration_never_panics(s in ".{0,20}") {
            let _ = parse_duration(&s);
        }

        #[test]
        fn every_shown_duration_parses_back(secs in 1i64..=36_000) {
            // What the timer shows (m:ss or h:mm:ss) is accepted as a custom duration.
            prop_assert_eq!(parse_duration(&display(secs * 1000)), Some(secs * 1000));
            let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
            prop_assert_eq!(parse_duration(&format!("{h}h{m}m{s}s")), Some(secs * 1000));
        }

        #[test]
        fn display_never_panics(r in any::<i64>()) {
            let r = r.clamp(-MAX_DURATION * 10, MAX_DURATION * 10);
            prop_assert!(!display(r).is_empty());
        }
    }
}

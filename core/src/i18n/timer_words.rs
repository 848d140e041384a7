//! The speaking timer's words in each language: phases, milestones, kinds of statement, link
//! errors and the time left in words (with the language's plural forms).

use super::{count, fill, Lang};
use crate::time::Millis;
use crate::timer::link::LinkError;
use crate::timer::state::{Milestone, Phase, StatementKind};
use std::fmt;

/// The timer's words in a language.
impl Lang {
    /// The phase in words, so it is never signalled by colour alone.
    pub fn phase(self, p: Phase) -> &'static str {
        let t = self.timer();
        match p {
            Phase::Ready => t.phase_ready,
            Phase::Running => t.phase_running,
            Phase::LastThirty => t.phase_last30,
            Phase::LastTen => t.phase_last10,
            Phase::Overtime => t.phase_overtime,
            Phase::Paused => t.phase_paused,
        }
    }

    /// A milestone, as announced to screen-reader users.
    pub fn milestone(self, m: Milestone) -> &'static str {
        let t = self.timer();
        match m {
            Milestone::OneMinute => t.ms_minute,
            Milestone::ThirtySeconds => t.ms_thirty,
            Milestone::TenSeconds => t.ms_ten,
            Milestone::TimeUp => t.ms_up,
        }
    }

    /// A kind of statement.
    pub fn kind(self, k: StatementKind) -> &'static str {
        let t = self.timer();
        match k {
            StatementKind::Delegation => t.kind_delegation,
            StatementKind::RegionalGroup => t.kind_group,
            StatementKind::Panellist => t.kind_panellist,
            StatementKind::Custom => t.kind_custom,
        }
    }

    /// Why a timer link could not be read.
    pub fn link_error(self, e: &LinkError) -> &'static str {
        let t = self.timer();
        match e {
            LinkError::Empty => t.err_empty,
            LinkError::Version(_) => t.err_version,
            LinkError::Malformed => t.err_malformed,
            LinkError::Damaged => t.err_damaged,
            LinkError::OutOfRange => t.err_range,
        }
    }

    /// The time left (or over) in words for assistive technology: "1 minute 30 seconds left",
    /// "5 seconds over".
    pub fn spoken(self, remaining: Millis) -> String {
        let t = self.timer();
        let over = remaining <= 0;
        let secs = if over {
            remaining.unsigned_abs() / 1000
        } else {
            remaining.unsigned_abs().div_ceil(1000)
        };
        let (m, s) = (secs / 60, secs % 60);
        let mut parts = Vec::new();
        if m > 0 {
            parts.push(count(self, &t.minutes, m, &[]));
        }
        if s > 0 || m == 0 {
            parts.push(count(self, &t.seconds, s, &[]));
        }
        let time = match parts.as_slice() {
            [minutes, seconds] => fill(
                t.duration_pair,
                &[("minutes", minutes), ("seconds", seconds)],
            ),
            _ => parts.join(" "),
        };
        fill(
            if over { t.time_over } else { t.time_left },
            &[("time", &time)],
        )
    }
}

/// In English, where no interface language applies (a log, a file): the words of
/// [`Lang::En`].
impl StatementKind {
    pub fn label(self) -> &'static str {
        Lang::En.kind(self)
    }
}

impl Phase {
    /// Words for the phase, so it is never signalled by colour alone.
    pub fn text(self) -> &'static str {
        Lang::En.phase(self)
    }
}

impl Milestone {
    pub fn text(self) -> &'static str {
        Lang::En.milestone(self)
    }
}

/// In English (see [`Lang::link_error`]).
impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(Lang::En.link_error(self))
    }
}

/// A time left in words for assistive technology, in English: "1 minute 30 seconds left",
/// "5 seconds over".
pub fn spoken(remaining: Millis) -> String {
    Lang::En.spoken(remaining)
}

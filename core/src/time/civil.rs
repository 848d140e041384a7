//! Dates and times of day, as plain data (no arithmetic: that is [`super`]'s). Compiled into
//! `build.rs` too, with the model that uses them.

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// A wall-clock time of day in the meeting's official time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime {
    pub hour: u8,
    pub minute: u8,
}

impl ClockTime {
    /// Minutes since midnight.
    pub const fn minutes(self) -> u32 {
        self.hour as u32 * 60 + self.minute as u32
    }
}

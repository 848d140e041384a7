//! The time-up options (a chime, a vibration) kept on the device, one set for the chair and one
//! for a viewer.

use super::key;
use crate::platform;
use crate::render::timer::{Mode, Options};

pub(super) fn load_options(mode: Mode) -> Options {
    let name = if mode == Mode::View {
        "viewer-options"
    } else {
        "timer-options"
    };
    let s = platform::storage_get(&key(name)).unwrap_or_default();
    Options {
        chime: s.contains("chime"),
        vibrate: s.contains("vibrate"),
    }
}

pub fn save_options(mode: Mode, o: Options) {
    let name = if mode == Mode::View {
        "viewer-options"
    } else {
        "timer-options"
    };
    let s = [(o.chime, "chime"), (o.vibrate, "vibrate")]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, n)| *n)
        .collect::<Vec<_>>()
        .join(",");
    platform::storage_set(&key(name), &s);
}

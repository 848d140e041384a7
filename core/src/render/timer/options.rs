//! The time-up options of a device (a chime, a vibration) and their checkboxes.

use crate::i18n::TimerText;
use crate::render::esc;

/// The time-up options of a device: a chime, a vibration.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    pub chime: bool,
    pub vibrate: bool,
}

pub(super) fn option_boxes(t: &TimerText, o: Options) -> String {
    let check = |name: &str, on: bool, label: &str| {
        format!(
            "<label class=\"check\"><input type=\"checkbox\" name=\"{name}\"{}><span>{}</span></label>",
            if on { " checked" } else { "" },
            esc(label)
        )
    };
    format!(
        "<fieldset class=\"timer-options\" id=\"timer-options\"><legend>{}</legend>{}{}</fieldset>",
        esc(t.timer_time_up),
        check("chime", o.chime, t.timer_chime),
        check("vibrate", o.vibrate, t.timer_vibrate)
    )
}

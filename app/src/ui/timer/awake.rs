//! The screen kept on while a timer runs, and the line that says whether it could be.

use super::TimerCtx;
use crate::platform::{device, dom};
use crate::render::timer::Slot;
use crate::timer::Timer;
use leptos::prelude::*;

/// The screen stays on while a timer runs, and the page says whether it could.
pub(super) fn keep_awake(ctx: TimerCtx, lang: Signal<crate::i18n::Lang>) {
    Effect::new(move |_| {
        let running = ctx.timer(Timer::is_running);
        let visible = {
            ctx.now.track();
            device::is_visible()
        };
        device::keep_screen_on(running && visible, move |awake| {
            let t = lang.get_untracked().timer();
            let text = match awake {
                device::Awake::NotAsked => "",
                device::Awake::Kept => t.wake_on,
                device::Awake::Refused => t.wake_off,
            };
            dom::set_text(Slot::Wake.id(), text);
        });
    });
}

//! The clock of the page: it wakes exactly when the display changes, and when the page is
//! shown again.

use super::TimerCtx;
use crate::platform::{self, device};
use leptos::prelude::*;
use std::time::Duration;

/// Wakes exactly when the display changes (on second boundaries), never by counting ticks;
/// and when the page is shown again.
pub(super) fn tick(ctx: TimerCtx) {
    fn schedule(ctx: TimerCtx) {
        let wait = ctx
            .desk
            .with_untracked(|d| d.floor.timer.until_next_change(platform::now_ms()));
        let _ = set_timeout_with_handle(
            move || {
                ctx.now.set(platform::now_ms());
                schedule(ctx);
            },
            Duration::from_millis(wait.clamp(1, 1000) as u64),
        );
    }
    schedule(ctx);
    let shown = device::on_visibility_change(move || ctx.now.set(platform::now_ms()));
    // For the page's life.
    std::mem::forget(shown);
}

//! Other windows of this browser following the timer over a BroadcastChannel.

use super::{key, TimerCtx};
use crate::platform::{self, device};
use crate::timer::link;
use leptos::prelude::*;

/// Other windows of this browser follow the controller: a projector window, and another
/// controller tab (one device, one timer: what the chair does in either tab is the timer). A
/// state already shown is not taken again, so two controllers never echo each other.
pub(super) fn follow_other_windows(ctx: TimerCtx) -> StoredValue<device::Channel, LocalStorage> {
    let desk = ctx.desk;
    let channel = device::Channel::open(&key("timer"), move |code| {
        if desk.with_untracked(|d| link::encode(&d.floor.timer)) != code {
            if let Ok(t) = link::decode(&code, platform::now_ms()) {
                desk.update(|d| {
                    d.floor.timer = t;
                    d.forget();
                });
                ctx.now.set(platform::now_ms());
            }
        }
    });
    StoredValue::new_local(channel)
}

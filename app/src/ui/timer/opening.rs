//! The timer a page opens with, and how: the link's (`t=`), else the one kept on the device,
//! else a ready delegation timer; a viewer's link that cannot be read stays view-only.

use super::{key, preset};
use crate::platform;
use crate::render::timer::Mode;
use crate::timer::link::{self, LinkError};
use crate::timer::{StatementKind, Timer};
use crate::ui::router::use_nav;

pub(super) fn initial() -> (Timer, Option<LinkError>, Mode) {
    let nav = use_nav().get_untracked();
    let q = &nav.query;
    let mode = match (q.get("projector"), q.get("view")) {
        (Some("1"), _) => Mode::Projector,
        (_, Some("1")) => Mode::View,
        _ => Mode::Control,
    };
    let fresh = || {
        Timer::new(
            StatementKind::Delegation,
            preset(StatementKind::Delegation),
            "",
        )
    };
    let now = platform::now_ms();
    match q.get("t").map(|t| link::decode(t, now)) {
        Some(Ok(t)) => (t, None, mode),
        // A viewer's link that was cut off, or has no timer: said, on a page that stays
        // view-only (a visitor in the hall has no use for controls).
        Some(Err(e)) if mode == Mode::View => (fresh(), Some(e), Mode::View),
        None if mode == Mode::View => (fresh(), Some(LinkError::Empty), Mode::View),
        Some(Err(e)) => (fresh(), Some(e), Mode::Control),
        None => {
            let stored =
                platform::storage_get(&key("timer")).and_then(|s| link::decode(&s, now).ok());
            (stored.unwrap_or_else(fresh), None, mode)
        }
    }
}

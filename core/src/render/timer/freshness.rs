//! How old a shared timer is: how long ago in words, a viewer's line on how fresh the copy is,
//! and the controller's line once links handed out before show an older state.

use crate::i18n::{fill, Lang};
use crate::programme::model::Meeting;
use crate::time::{self, Millis, MINUTE_MS};
use crate::timer::state::Timer;

/// How long ago an instant was, in words: "just now", "3 minutes ago", "2 h 05 min ago".
pub fn ago(lang: Lang, then: Millis, now: Millis) -> String {
    let t = lang.timer();
    let minutes = (now.saturating_sub(then) / MINUTE_MS).max(0);
    match minutes {
        0 => t.ago_now.to_string(),
        1..=59 => crate::i18n::count(lang, &t.ago_minutes, minutes as u64, &[]),
        _ => fill(
            t.ago_hours,
            &[
                ("h", &(minutes / 60).to_string()),
                ("min", &format!("{:02}", minutes % 60)),
            ],
        ),
    }
}

/// The age of a shared link, when it is old enough to say: after this, a viewer is told the
/// chair may have changed the timer since.
pub const MAYBE_OLD_AFTER: Millis = MINUTE_MS;

/// A viewer's line on how fresh the copy is: "As shared at 15:42 New York time, 3 minutes
/// ago.", and, once it could be out of date, that the chair may have paused it. Nothing for a
/// link that does not say when it was made (a link of the version before).
pub fn freshness(m: &Meeting, lang: Lang, timer: &Timer, now: Millis) -> String {
    if timer.changed_at <= 0 {
        return String::new();
    }
    let t = lang.timer();
    let (_, at) = time::wall_clock(timer.changed_at, m.utc_offset_minutes);
    let mut line = fill(
        t.shared_at,
        &[
            ("time", &lang_ltr(lang, &time::hhmm(at))),
            ("ago", &ago(lang, timer.changed_at, now)),
        ],
    );
    if now.saturating_sub(timer.changed_at) >= MAYBE_OLD_AFTER {
        line.push(' ');
        line.push_str(t.maybe_old);
    }
    line
}

fn lang_ltr(lang: Lang, s: &str) -> String {
    if lang.is_rtl() {
        time::ltr(s)
    } else {
        s.to_string()
    }
}

/// The controller's line once links handed out before show an older state.
pub fn links_old(m: &Meeting, lang: Lang, changed_at: Millis) -> String {
    let (_, at) = time::wall_clock(changed_at, m.utc_offset_minutes);
    fill(
        lang.timer().links_old,
        &[("time", &lang_ltr(lang, &time::hhmm(at)))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::meeting;
    use crate::timer::state::StatementKind;

    #[test]
    fn a_viewer_says_how_fresh_its_copy_is() {
        let m = meeting();
        let mut t = Timer::new(StatementKind::Delegation, 120_000, "Ghana");
        let at = crate::time::parse_rfc3339("2021-11-22T15:42:00-05:00").unwrap_or(0);
        t.start(at);
        assert_eq!(
            freshness(m, Lang::En, &t, at + 20_000),
            "As shared at 15:42 New York time, just now."
        );
        let later = freshness(m, Lang::En, &t, at + 3 * MINUTE_MS);
        assert!(
            later.starts_with(
                "As shared at 15:42 New York time, 3 minutes ago. It may be out of date"
            ),
            "{later}"
        );
        t.changed_at = 0;
        assert_eq!(freshness(m, Lang::En, &t, at), "");
        assert_eq!(ago(Lang::Ru, 0, 2 * MINUTE_MS), "2 минуты назад");
        assert_eq!(ago(Lang::En, 0, 125 * MINUTE_MS), "2 h 05 min ago");
    }
}

//! The share link and its QR code, always the timer as it is now, and the line that says links
//! handed out before are old.

use super::TimerCtx;
use crate::platform::{self, dom};
use crate::programme::meeting;
use crate::render::timer::{self as page, Slot};
use crate::routes::{AppUrl, Page};
use leptos::prelude::*;

/// The share link and its QR code, always the timer as it is now (so scanning again is the
/// one fix for an old link), and the line that says links handed out before are old.
pub(super) fn share(ctx: TimerCtx, lang: Signal<crate::i18n::Lang>, code: Memo<String>) {
    let viewer_url = Memo::new(move |_| {
        platform::absolute_url(
            &AppUrl::new(Page::Timer)
                .with("t", Some(&code.get()))
                .with("view", Some("1"))
                .to_string(),
        )
    });
    // In a task of its own after the first screen (drawing a QR code takes a few ms).
    let ready = RwSignal::new(false);
    platform::dom::next_task(move || ready.set(true));
    Effect::new(move |_| {
        if !ready.get() {
            return;
        }
        let url = viewer_url.get();
        dom::set_value(Slot::Link.id(), &url);
        let label = lang.get().timer().timer_qr;
        dom::set_inner_html(
            Slot::Qr.id(),
            &crate::qr::svg(&url, label).unwrap_or_default(),
        );
    });
    // "Link copied" is about the link as it was: when the link changes, the line goes.
    Effect::new(move |first: Option<()>| {
        code.track();
        if first.is_some() {
            for el in dom::elements(".timer-share .share__status") {
                dom::set_text_of(&el, "");
            }
        }
    });
    Effect::new(move |_| {
        let changed = ctx.timer(|t| t.changed_at);
        let lang = lang.get();
        let old = changed > ctx.shown_since.get();
        dom::set_text(
            Slot::LinksOld.id(),
            &if old {
                page::links_old(meeting(), lang, changed)
            } else {
                String::new()
            },
        );
        dom::set_attr(Slot::LinksOld.id(), "hidden", (!old).then_some(""));
    });
}

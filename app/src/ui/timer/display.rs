//! The countdown as people in the hall see it: its parts (`render::timer::Parts`) set in place
//! each second on the display the page has, whatever its mode.

use super::TimerCtx;
use crate::platform::dom;
use crate::render::timer::{parts, Slot};
use leptos::prelude::*;

pub fn follow(ctx: TimerCtx, lang: Signal<crate::i18n::Lang>) {
    Effect::new(move |_| {
        let now = ctx.now.get();
        let lang = lang.get();
        let p = ctx.timer(|t| parts(lang, t, now));
        for display in dom::elements(&format!("#{}", Slot::Display.id())) {
            let big = display
                .get_attribute("class")
                .is_some_and(|c| c.contains("timer-display--big"));
            let class = format!(
                "timer-display timer-display--{}{}",
                p.phase_class,
                if big { " timer-display--big" } else { "" }
            );
            dom::set_attr_of(&display, "class", Some(&class));
            let part = |selector: &str| display.query_selector(selector).ok().flatten();
            if let Some(el) = part(".timer-display__who") {
                dom::set_text_of(&el, &p.who);
            }
            if let Some(el) = part(".timer-display__digits") {
                dom::set_text_of(&el, &p.digits);
                dom::set_attr_of(&el, "aria-label", Some(&p.spoken));
                dom::set_style_of(&el, "--chars", &p.chars.to_string());
            }
            if let Some(el) = part(".timer-display__icon") {
                dom::set_text_of(&el, p.icon);
            }
            if let Some(el) = part(".timer-display__words") {
                dom::set_text_of(&el, p.phase);
            }
            if let Some(el) = part(".timer-display__bar span") {
                dom::set_style_of(
                    &el,
                    "width",
                    &format!("{:.1}%", f64::from(p.used_permille) / 10.0),
                );
            }
        }
        // A viewer's line on how fresh its copy is.
        if ctx.mode == crate::render::timer::Mode::View {
            let line = ctx.timer(|t| {
                crate::render::timer::freshness(crate::programme::meeting(), lang, t, now)
            });
            dom::set_text(Slot::Fresh.id(), &line);
        }
    });
}

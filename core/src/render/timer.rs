//! The timer page as the build writes it: the upper part of the controller as the app first
//! renders it (a ready 2:00 delegation timer), so the big digits paint before the wasm
//! arrives and the app takes over without a shift (`tests/e2e/hardening.spec.mjs` measures the
//! layout shift of this page). The rest of the page (share link, queue) needs the app.

use super::esc;
use crate::programme::model::Meeting;
use crate::timer::state::display;

pub fn prerender(m: &Meeting) -> String {
    let (d, g) = (m.delegation_minutes, m.regional_group_minutes);
    let dur = display(i64::from(d) * 60_000);
    let reg = display(i64::from(g) * 60_000);
    format!(
        "<div class=\"page timer-page\"><h1>Speaking timer</h1><p class=\"lede\">Interventions are limited to {d} minutes for individual delegations and {g} minutes for regional group statements.</p>\
<section class=\"timer-layout\"><div class=\"timer-main\"><div class=\"timer-display timer-display--ready timer-display--big\"><p class=\"timer-display__who\">Delegation — {dur}</p><p class=\"timer-display__digits\" role=\"timer\" aria-label=\"{d} minutes left\">{dur}</p><p class=\"timer-display__phase\"><span class=\"timer-display__icon\" aria-hidden=\"true\">○</span> Ready</p><div class=\"timer-display__bar\" aria-hidden=\"true\"><span></span></div></div>\
<div class=\"timer-controls\" role=\"group\" aria-label=\"Timer controls\"><button class=\"button button--big\" type=\"button\">Start</button><button class=\"button button--quiet\" type=\"button\">Reset</button><button class=\"button button--quiet\" type=\"button\">−10 s</button><button class=\"button button--quiet\" type=\"button\">+10 s</button><button class=\"button button--quiet\" type=\"button\">+30 s</button></div>\
<div class=\"timer-controls\" role=\"group\" aria-label=\"Screens\"><button class=\"button button--quiet\" type=\"button\">Full screen</button><button class=\"button button--quiet\" type=\"button\">Open projector window</button></div></div>\
<div class=\"timer-side\"><fieldset class=\"timer-presets\"><legend>Preset</legend><button class=\"button\" type=\"button\" aria-pressed=\"true\">Delegation — {dur}</button><button class=\"button\" type=\"button\" aria-pressed=\"false\">Regional group — {reg}</button></fieldset>\
<form class=\"field timer-custom\"><label for=\"timer-custom\">Custom duration (e.g. 1:30 or 5m)</label><div class=\"row\"><input id=\"timer-custom\" inputmode=\"numeric\" autocomplete=\"off\"><button type=\"submit\" class=\"button\">Set</button></div></form>\
<div class=\"field\"><label for=\"timer-label\">Who is speaking (optional)</label><input id=\"timer-label\" autocomplete=\"off\" maxlength=\"{max}\"></div>\
<fieldset class=\"timer-options\"><legend>At time-up</legend><label class=\"check\"><input type=\"checkbox\"><span>Play a chime</span></label><label class=\"check\"><input type=\"checkbox\"><span>Vibrate (phones)</span></label></fieldset></div></section>\
<p class=\"note\">{}</p></div>",
        esc("The share link, the projector view and the speakers queue need JavaScript."),
        max = crate::timer::link::MAX_LABEL,
    )
}

//! The chair's controls: the clock and its buttons, presets, who is speaking, the call of the
//! next speaker, what the last action did, the queue, the share link and the keys; and the
//! page as the build writes it.

use super::actions::button;
use super::notice::notice;
use super::options::option_boxes;
use super::{display, parts, queue, queue_key, Action, Options, Slot};
use crate::i18n::{fill, Lang, TimerText};
use crate::programme::model::Meeting;
use crate::render::esc;
use crate::time::{self, Millis, MINUTE_MS};
use crate::timer::floor::{Done, Floor};
use crate::timer::link::{LinkError, MAX_LABEL};
use crate::timer::state::{self, StatementKind, Timer};

/// The label of the start button for a timer.
pub fn toggle_label(t: &TimerText, timer: &Timer) -> &'static str {
    match (timer.is_running(), timer.has_started()) {
        (true, _) => t.timer_pause,
        (false, true) => t.timer_resume,
        _ => t.timer_start,
    }
}

/// "+10 s"; in Arabic the signed number is isolated left to right inside the text.
fn step(lang: Lang, signed: &str) -> String {
    let signed = if lang.is_rtl() {
        time::ltr(signed)
    } else {
        signed.to_string()
    };
    fill(lang.timer().secs_short, &[("n", &signed)])
}

/// The call of the next speaker beside the clock: "Next: Kenya", and passing over the speaker
/// called who is absent.
pub fn next_controls(lang: Lang, floor: &Floor) -> String {
    let t = lang.timer();
    let mut o = String::new();
    if let Some(w) = floor.queue.waiting.first() {
        o.push_str(&button(
            t,
            Action::Next,
            "button--quiet",
            None,
            &fill(t.queue_next_short, &[("name", &w.label)]),
            false,
        ));
    }
    if !floor.timer.label.is_empty() && !floor.timer.has_started() {
        o.push_str(&button(
            t,
            Action::Pass,
            "button--quiet",
            None,
            t.queue_skip,
            false,
        ));
    }
    o
}

/// What the last action did, in a line the page says (beside its Undo).
pub fn said(lang: Lang, done: &Done) -> String {
    let t = lang.timer();
    let who = |name: &str| {
        if name.is_empty() {
            t.queue_no_name.to_string()
        } else {
            name.to_string()
        }
    };
    match done {
        Done::Reset(used) => fill(t.said_reset, &[("time", &state::elapsed(*used))]),
        Done::Finished(name, used) => fill(
            t.said_next,
            &[("name", &who(name)), ("time", &state::elapsed(*used))],
        ),
        Done::Passed(name) => fill(t.said_passed, &[("name", &who(name))]),
        Done::Removed(name) => fill(t.queue_removed, &[("name", name)]),
        Done::ClearedQueue => t.said_cleared.to_string(),
        Done::ClearedLog => t.said_log_cleared.to_string(),
    }
}

/// The duration a custom field's text will set ("= 5:00"), or nothing when it is not one.
pub fn custom_preview(lang: Lang, typed: &str) -> String {
    state::parse_duration(typed).map_or(String::new(), |ms| {
        fill(
            lang.timer().custom_preview,
            &[("time", &state::display(ms))],
        )
    })
}

/// The chair's controls: the clock and its buttons, presets, who is speaking, the queue, the
/// share link and the keys.
pub struct Controls<'a> {
    pub floor: &'a Floor,
    pub now: Millis,
    pub options: Options,
    pub link_error: Option<&'a LinkError>,
}

pub fn controller(
    m: &Meeting,
    lang: Lang,
    c: &Controls,
    preset: impl Fn(StatementKind) -> Millis + Copy,
) -> String {
    let t = lang.timer();
    let timer = &c.floor.timer;
    let parts = parts(lang, timer, c.now);
    let preset_button = |k: StatementKind, label: &str| {
        format!(
            "<button type=\"button\" class=\"button\" data-action=\"{}\" aria-pressed=\"{}\">{} — {}</button>",
            Action::Preset(k).name(),
            timer.kind == k,
            esc(label),
            state::display(preset(k))
        )
    };
    let error = c
        .link_error
        .map_or(String::new(), |e| notice(lang, e, t.timer_fresh));
    let controls = [
        button(
            t,
            Action::Toggle,
            "button--big",
            Some(Slot::Toggle.id()),
            toggle_label(t, timer),
            false,
        ),
        button(
            t,
            Action::Reset,
            "button--quiet",
            None,
            t.timer_reset,
            false,
        ),
        button(
            t,
            Action::Minus10,
            "button--quiet",
            None,
            &step(lang, "−10"),
            false,
        ),
        button(
            t,
            Action::Plus10,
            "button--quiet",
            None,
            &step(lang, "+10"),
            false,
        ),
        button(
            t,
            Action::Plus30,
            "button--quiet",
            None,
            &step(lang, "+30"),
            false,
        ),
    ]
    .concat();
    format!(
        "<div class=\"page timer-page\"><h1>{}</h1><p class=\"lede\">{}</p>{error}\
<section class=\"timer-layout\" id=\"{}\" tabindex=\"-1\" aria-label=\"{}\" aria-describedby=\"timer-keys-scope\" aria-keyshortcuts=\"Space R ArrowUp ArrowDown N P U F\"><div class=\"timer-main\">{}\
<p class=\"timer-status\"><span id=\"{}\" role=\"status\"></span> <button type=\"button\" class=\"button button--quiet\" id=\"{}\" data-action=\"undo\" aria-keyshortcuts=\"U\" hidden><span class=\"button__label\">{}</span> <kbd aria-hidden=\"true\">U</kbd></button></p>\
<div class=\"timer-controls\" role=\"group\" aria-label=\"{}\">{controls}<span class=\"timer-next\" id=\"{}\">{}</span></div>\
<div class=\"timer-controls\" role=\"group\" aria-label=\"{}\">{}{}</div>\
<p class=\"note\" id=\"timer-keys-scope\">{}</p><p class=\"note\" id=\"{}\"></p></div>\
<div class=\"timer-side\"><fieldset class=\"timer-presets\"><legend>{}</legend>{}{}</fieldset>\
<form class=\"field timer-custom\" id=\"timer-custom-form\"><label for=\"{}\">{}</label><div class=\"row\"><input id=\"{}\" name=\"custom\" autocomplete=\"off\" aria-describedby=\"{} {}\"><button type=\"submit\" class=\"button\">{}</button></div><p class=\"field__hint\" id=\"{}\" aria-live=\"polite\"></p><p id=\"{}\" class=\"field__error\" hidden>{}</p></form>\
<div class=\"field\"><label for=\"{}\">{}</label><input id=\"{}\" name=\"label\" autocomplete=\"off\" maxlength=\"{MAX_LABEL}\" value=\"{}\"></div>{}</div></section>\
<section class=\"queue\" id=\"{}\" aria-labelledby=\"queue-title\" data-key=\"{}\">{}</section>\
<section class=\"timer-share\" aria-labelledby=\"timer-share-title\"><h2 id=\"timer-share-title\">{}</h2><p>{}</p><p class=\"notice notice--info\" id=\"{}\" hidden></p><div class=\"timer-share__grid\"><div class=\"timer-qr\" id=\"{}\" role=\"img\" aria-label=\"{}\"></div><div class=\"field\"><label for=\"{}\">{}</label><input id=\"{}\" readonly dir=\"ltr\"><div class=\"row\"><span class=\"share\"><button type=\"button\" class=\"button\" data-early=\"timer-share\">{}</button><span class=\"share__status\" role=\"status\"></span></span></div><p class=\"note\">{}</p></div></div></section>\
<section class=\"timer-keys\" aria-labelledby=\"timer-keys-title\"><h2 id=\"timer-keys-title\">{}</h2><dl>{}</dl></section>\
<p class=\"visually-hidden\" id=\"{}\" role=\"status\" aria-live=\"polite\"></p></div>",
        esc(t.timer_title),
        esc(&fill(t.timer_lede, &[("delegation", &m.delegation_minutes.to_string()), ("group", &m.regional_group_minutes.to_string())])),
        Slot::Region.id(),
        esc(t.timer_controls),
        display(&parts, true),
        Slot::Said.id(),
        Slot::Undo.id(),
        esc(t.queue_undo),
        esc(t.timer_controls),
        Slot::Next.id(),
        next_controls(lang, c.floor),
        esc(t.timer_screens),
        button(t, Action::FullScreen, "button--quiet", None, t.timer_full_screen, false),
        button(t, Action::Projector, "button--quiet", None, t.timer_projector, false),
        esc(t.keys_scope),
        Slot::Wake.id(),
        esc(t.timer_preset),
        preset_button(StatementKind::Delegation, t.kind_delegation),
        preset_button(StatementKind::RegionalGroup, t.kind_group),
        Slot::Custom.id(),
        esc(t.timer_custom),
        Slot::Custom.id(),
        Slot::CustomPreview.id(),
        Slot::CustomError.id(),
        esc(t.timer_set),
        Slot::CustomPreview.id(),
        Slot::CustomError.id(),
        esc(t.timer_custom_error),
        Slot::Label.id(),
        esc(t.timer_who),
        Slot::Label.id(),
        esc(&timer.label),
        option_boxes(t, c.options),
        Slot::Queue.id(),
        esc(&queue_key(lang, c.floor)),
        queue(lang, c.floor, preset),
        esc(t.timer_share_title),
        esc(t.timer_share_text),
        Slot::LinksOld.id(),
        Slot::Qr.id(),
        esc(t.timer_qr),
        Slot::Link.id(),
        esc(t.timer_link),
        Slot::Link.id(),
        esc(t.timer_share_button),
        esc(t.timer_share_note),
        esc(t.timer_keys),
        keys(t),
        Slot::Announce.id(),
    )
}

fn keys(t: &TimerText) -> String {
    let kbd = |k: &str| format!("<kbd>{}</kbd>", esc(k));
    [
        (kbd(t.key_space), t.key_toggle),
        (kbd("R"), t.key_reset),
        (format!("{} {}", kbd("↑"), kbd("→")), t.key_add),
        (format!("{} {}", kbd("↓"), kbd("←")), t.key_remove),
        (kbd("N"), t.key_next),
        (kbd("P"), t.key_pass),
        (kbd("U"), t.key_undo),
        (kbd("F"), t.timer_full_screen),
    ]
    .iter()
    .map(|(k, what)| format!("<dt>{k}</dt><dd>{}</dd>", esc(what)))
    .collect()
}

/// The timer page as the build writes it: the controls of a ready delegation timer, in
/// English, with an empty queue (the app adopts it).
pub fn prerender(m: &Meeting) -> String {
    let preset = |k: StatementKind| match k {
        StatementKind::RegionalGroup => i64::from(m.regional_group_minutes) * MINUTE_MS,
        _ => i64::from(m.delegation_minutes) * MINUTE_MS,
    };
    let floor = Floor {
        timer: Timer::new(
            StatementKind::Delegation,
            preset(StatementKind::Delegation),
            "",
        ),
        queue: Default::default(),
    };
    controller(
        m,
        Lang::En,
        &Controls {
            floor: &floor,
            now: 0,
            options: Options::default(),
            link_error: None,
        },
        preset,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::meeting;

    #[test]
    fn the_static_controls_show_each_key_on_its_button() {
        let html = prerender(meeting());
        assert!(html.contains("data-action=\"toggle\" aria-keyshortcuts=\"Space\"><span class=\"button__label\">Start</span> <kbd aria-hidden=\"true\">Space</kbd>"));
        assert!(html.contains("data-action=\"reset\" aria-keyshortcuts=\"R\">"));
        assert!(
            html.contains("dir=\"ltr\" aria-label=\"2 minutes left\" data-chars=\"4\">2:00</p>")
        );
        assert!(html.contains("id=\"timer-region\" tabindex=\"-1\""));
        // Every data-action of the page is an action the app knows.
        for part in html.split("data-action=\"").skip(1) {
            let name = part.split('"').next().unwrap_or("");
            assert!(Action::parse(name).is_some(), "unknown action {name}");
        }
    }
}

//! The speaking timer's pages, in the interface language: the chair's controls (with the
//! speakers queue and the share link), a viewer's copy of a shared timer, and the projector
//! view. The build writes the controls of a ready timer as the static page; the app adopts it
//! and keeps each part current ([`Slot`]); the display's parts ([`Parts`]) are set in place
//! every second, never rendered anew.

use super::esc;
use crate::i18n::{fill, Lang, TimerText};
use crate::programme::model::Meeting;
use crate::time::{self, Millis, MINUTE_MS};
use crate::timer::floor::{Done, Floor};
use crate::timer::link::{LinkError, MAX_LABEL};
use crate::timer::state::{self, Phase, StatementKind, Timer};
use std::fmt::Write as _;

/// The time-up options of a device: a chime, a vibration.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    pub chime: bool,
    pub vibrate: bool,
}

/// How the timer page was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Control,
    View,
    Projector,
}

impl Mode {
    /// Its name in the page's key (`render::static_page::view_key`).
    pub fn name(self) -> &'static str {
        match self {
            Mode::Control => "control",
            Mode::View => "view",
            Mode::Projector => "projector",
        }
    }
}

/// The parts of the page the app keeps current, by their element's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// The timer's region: the single-key shortcuts act while it has the focus.
    Region,
    Display,
    Toggle,
    Next,
    Said,
    Undo,
    Custom,
    CustomPreview,
    CustomError,
    Label,
    Wake,
    Queue,
    Qr,
    Link,
    LinksOld,
    Fresh,
    Announce,
}

impl Slot {
    pub const fn id(self) -> &'static str {
        match self {
            Slot::Region => "timer-region",
            Slot::Display => "timer-display",
            Slot::Toggle => "timer-toggle",
            Slot::Next => "timer-next",
            Slot::Said => "timer-said",
            Slot::Undo => "timer-undo",
            Slot::Custom => "timer-custom",
            Slot::CustomPreview => "timer-custom-preview",
            Slot::CustomError => "timer-custom-error",
            Slot::Label => "timer-label",
            Slot::Wake => "timer-wake",
            Slot::Queue => "timer-queue",
            Slot::Qr => "timer-qr",
            Slot::Link => "timer-link",
            Slot::LinksOld => "timer-links-old",
            Slot::Fresh => "timer-fresh",
            Slot::Announce => "timer-announce",
        }
    }
}

/// What a button of the timer does (its `data-action`), and its key (`aria-keyshortcuts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Toggle,
    Reset,
    Minus10,
    Plus10,
    Plus30,
    Next,
    Pass,
    Undo,
    FullScreen,
    Projector,
    Preset(StatementKind),
    Up,
    Down,
    Remove,
    ClearQueue,
    ClearLog,
    Download,
}

impl Action {
    const ALL: [Action; 18] = [
        Action::Toggle,
        Action::Reset,
        Action::Minus10,
        Action::Plus10,
        Action::Plus30,
        Action::Next,
        Action::Pass,
        Action::Undo,
        Action::FullScreen,
        Action::Projector,
        Action::Preset(StatementKind::Delegation),
        Action::Preset(StatementKind::RegionalGroup),
        Action::Up,
        Action::Down,
        Action::Remove,
        Action::ClearQueue,
        Action::ClearLog,
        Action::Download,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Action::Toggle => "toggle",
            Action::Reset => "reset",
            Action::Minus10 => "minus10",
            Action::Plus10 => "plus10",
            Action::Plus30 => "plus30",
            Action::Next => "next",
            Action::Pass => "pass",
            Action::Undo => "undo",
            Action::FullScreen => "fullscreen",
            Action::Projector => "projector",
            Action::Preset(StatementKind::RegionalGroup) => "preset-g",
            Action::Preset(_) => "preset-d",
            Action::Up => "up",
            Action::Down => "down",
            Action::Remove => "remove",
            Action::ClearQueue => "clear-queue",
            Action::ClearLog => "clear-log",
            Action::Download => "download",
        }
    }

    pub fn parse(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.name() == name)
    }

    /// The key that does the same while the timer has the focus (`KeyboardEvent.key`).
    pub fn key(self) -> Option<&'static str> {
        match self {
            Action::Toggle => Some(" "),
            Action::Reset => Some("r"),
            Action::Minus10 => Some("ArrowDown"),
            Action::Plus10 => Some("ArrowUp"),
            Action::Next => Some("n"),
            Action::Pass => Some("p"),
            Action::Undo => Some("u"),
            Action::FullScreen => Some("f"),
            _ => None,
        }
    }

    /// The action of a key pressed while the timer has the focus (either case of a letter;
    /// ← and → as ↓ and ↑).
    pub fn of_key(key: &str) -> Option<Action> {
        let key = match key {
            "ArrowLeft" => "ArrowDown",
            "ArrowRight" => "ArrowUp",
            k => k,
        };
        Action::ALL
            .into_iter()
            .find(|a| a.key().is_some_and(|k| k.eq_ignore_ascii_case(key)))
    }

    /// The key as `aria-keyshortcuts` names it, and as the page shows it.
    fn key_names(self, t: &TimerText) -> Option<(&'static str, &'static str)> {
        Some(match self.key()? {
            " " => ("Space", t.key_space),
            "ArrowDown" => ("ArrowDown", "↓"),
            "ArrowUp" => ("ArrowUp", "↑"),
            "r" => ("R", "R"),
            "n" => ("N", "N"),
            "p" => ("P", "P"),
            "u" => ("U", "U"),
            "f" => ("F", "F"),
            _ => return None,
        })
    }
}

/// The parts of the display at an instant, which the app sets in place each second.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parts {
    /// The phase's class (`timer-display--running`).
    pub phase_class: &'static str,
    pub who: String,
    pub digits: String,
    /// The time left in words, for assistive technology.
    pub spoken: String,
    /// How many characters the digits take (they are sized to fit).
    pub chars: usize,
    pub icon: &'static str,
    pub phase: &'static str,
    /// How much of the allotment is used, in tenths of a per cent.
    pub used_permille: u32,
}

/// A shape for each phase, so the phase never rests on colour alone.
fn icon(p: Phase) -> &'static str {
    match p {
        Phase::Ready => "○",
        Phase::Running => "▶",
        Phase::LastThirty => "◐",
        Phase::LastTen => "●",
        Phase::Overtime => "▲",
        Phase::Paused => "❚❚",
    }
}

pub fn parts(lang: Lang, t: &Timer, now: Millis) -> Parts {
    let remaining = t.remaining(now);
    let phase = t.phase(now);
    let allotted = format!("{} — {}", lang.kind(t.kind), state::display(t.duration));
    let digits = state::display(remaining);
    let used = (t.used(now) as f64 / t.duration.max(1) as f64).clamp(0.0, 1.0);
    Parts {
        phase_class: phase.class(),
        who: if t.label.is_empty() {
            allotted
        } else {
            format!("{} · {allotted}", t.label)
        },
        chars: digits.chars().count(),
        digits,
        spoken: lang.spoken(remaining),
        icon: icon(phase),
        phase: lang.phase(phase),
        used_permille: (used * 1000.0).round() as u32,
    }
}

/// The display, as the page first shows it (`big`: as large as the page allows).
pub fn display(p: &Parts, big: bool) -> String {
    format!(
        "<div class=\"timer-display timer-display--{}{}\" id=\"{}\"><p class=\"timer-display__who\">{}</p><p class=\"timer-display__digits\" role=\"timer\" dir=\"ltr\" aria-label=\"{}\" data-chars=\"{}\">{}</p><p class=\"timer-display__phase\"><span class=\"timer-display__icon\" aria-hidden=\"true\">{}</span> <span class=\"timer-display__words\">{}</span></p><div class=\"timer-display__bar\" aria-hidden=\"true\"><span data-permille=\"{}\"></span></div></div>",
        p.phase_class,
        if big { " timer-display--big" } else { "" },
        Slot::Display.id(),
        esc(&p.who),
        esc(&p.spoken),
        p.chars,
        esc(&p.digits),
        p.icon,
        esc(p.phase),
        p.used_permille,
    )
}

/// A button that does `action`, with its key shown on it and named for assistive technology.
fn button(
    t: &TimerText,
    action: Action,
    class: &str,
    id: Option<&str>,
    label: &str,
    disabled: bool,
) -> String {
    let id = id.map_or(String::new(), |i| format!(" id=\"{i}\""));
    let (keys, kbd) = match action.key_names(t) {
        Some((aria, shown)) => (
            format!(" aria-keyshortcuts=\"{aria}\""),
            format!(" <kbd aria-hidden=\"true\">{}</kbd>", esc(shown)),
        ),
        None => (String::new(), String::new()),
    };
    format!(
        "<button type=\"button\" class=\"button {class}\"{id} data-action=\"{}\"{keys}{}><span class=\"button__label\">{}</span>{kbd}</button>",
        action.name(),
        if disabled { " disabled" } else { "" },
        esc(label)
    )
}

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

/// The speakers queue: who waits, the log of who spoke, and the chair's buttons.
pub fn queue(lang: Lang, floor: &Floor, preset: impl Fn(StatementKind) -> Millis) -> String {
    let t = lang.timer();
    let q = &floor.queue;
    let mut o = format!(
        "<h2 id=\"queue-title\">{}</h2><p class=\"note\">{}</p>\
<form class=\"queue__add\" id=\"queue-add\"><div class=\"field\"><label for=\"queue-label\">{}</label><input id=\"queue-label\" name=\"label\" autocomplete=\"off\" maxlength=\"{MAX_LABEL}\" aria-describedby=\"queue-label-error\"><p id=\"queue-label-error\" class=\"field__error\" hidden>{}</p></div>\
<div class=\"field\"><label for=\"queue-kind\">{}</label><select id=\"queue-kind\" name=\"kind\">",
        esc(t.queue_title),
        esc(t.queue_note),
        esc(t.queue_who),
        esc(t.queue_name_needed),
        esc(t.queue_statement),
    );
    for k in StatementKind::ALL {
        let label = if k.has_preset() {
            format!("{} ({})", lang.kind(k), state::display(preset(k)))
        } else {
            lang.kind(k).to_string()
        };
        let _ = write!(o, "<option value=\"{}\">{}</option>", k.code(), esc(&label));
    }
    let _ = write!(
        o,
        "</select></div><div class=\"field queue__duration\"><label for=\"queue-duration\">{}</label><input id=\"queue-duration\" name=\"duration\" autocomplete=\"off\" inputmode=\"text\" aria-describedby=\"queue-duration-error\"><p id=\"queue-duration-error\" class=\"field__error\" hidden>{}</p></div><button type=\"submit\" class=\"button\">{}</button></form>",
        esc(t.queue_duration),
        esc(t.queue_duration_needed),
        esc(t.queue_add)
    );
    let next = match q.waiting.first() {
        Some(w) => fill(t.queue_next, &[("name", &w.label)]),
        None => t.queue_finish.to_string(),
    };
    let next_off = q.waiting.is_empty() && !floor.timer.has_started();
    let _ = write!(
        o,
        "<div class=\"row\">{}{}</div>",
        button(t, Action::Next, "", Some("queue-next"), &next, next_off),
        button(
            t,
            Action::Pass,
            "button--quiet",
            None,
            t.queue_skip,
            floor.timer.label.is_empty() && q.waiting.is_empty()
        )
    );
    if q.waiting.is_empty() {
        let _ = write!(o, "<p class=\"empty-line\">{}</p>", esc(t.queue_none));
    } else {
        o.push_str("<ol class=\"queue__list\">");
        let n = q.waiting.len();
        for (i, w) in q.waiting.iter().enumerate() {
            let with = |text: &str| esc(&fill(text, &[("name", &w.label)]));
            let time = w.duration.unwrap_or_else(|| preset(w.kind));
            let icon = |action: Action, sign: &str, label: String, off: bool| {
                format!(
                    "<button type=\"button\" class=\"icon-button\" id=\"queue-{}-{}\" data-action=\"{}\" data-id=\"{}\" aria-label=\"{label}\"{}>{sign}</button>",
                    action.name(),
                    w.id,
                    action.name(),
                    w.id,
                    if off { " disabled" } else { "" }
                )
            };
            let _ = write!(
                o,
                "<li class=\"queue__item\"><span class=\"queue__pos\">{}.</span><span class=\"queue__name\">{}</span><span class=\"queue__kind\">{} · {}</span><span class=\"queue__actions\">{}{}{}</span></li>",
                i + 1,
                esc(&w.label),
                esc(lang.kind(w.kind)),
                state::display(time),
                icon(Action::Up, "↑", with(t.queue_up), i == 0),
                icon(Action::Down, "↓", with(t.queue_down), i + 1 == n),
                icon(Action::Remove, "✕", with(t.queue_remove), false),
            );
        }
        o.push_str("</ol>");
    }
    let _ = write!(o, "<h3 id=\"queue-used\">{}</h3>", esc(t.queue_used));
    if q.log.is_empty() {
        let _ = write!(o, "<p class=\"empty-line\">{}</p>", esc(t.queue_log_none));
    } else {
        // Scrolled sideways on a narrow phone, so it takes the keyboard focus too.
        let _ = write!(
            o,
            "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"queue-used\"><table class=\"log\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
            esc(t.col_speaker),
            esc(t.col_allotted),
            esc(t.col_used),
            esc(t.col_overrun)
        );
        for s in &q.log {
            let over = s.overrun();
            let _ = write!(
                o,
                "<tr{}><td>{}<span class=\"log__kind\">{}</span></td><td>{}</td><td>{}</td><td>{}</td></tr>",
                if over >= 1000 { " class=\"overrun\"" } else { "" },
                esc(if s.label.is_empty() { t.queue_no_name } else { &s.label }),
                esc(lang.kind(s.kind)),
                state::display(s.allotted()),
                state::elapsed(s.used),
                if over >= 1000 { format!("+{}", state::elapsed(over)) } else { "—".to_string() }
            );
        }
        o.push_str("</tbody></table></div>");
    }
    let no_log = q.log.is_empty();
    let _ = write!(
        o,
        "<div class=\"row\">{}{}{}</div>",
        button(
            t,
            Action::Download,
            "button--quiet",
            None,
            t.queue_download,
            no_log
        ),
        button(
            t,
            Action::ClearLog,
            "button--quiet button--danger",
            None,
            t.queue_clear_log,
            no_log
        ),
        button(
            t,
            Action::ClearQueue,
            "button--quiet button--danger",
            None,
            t.queue_clear,
            q.waiting.is_empty()
        ),
    );
    o
}

/// The key of the queue's slot (see [`super::slot`]): what it shows.
pub fn queue_key(lang: Lang, floor: &Floor) -> String {
    format!(
        "{} {} {} {}",
        lang.code(),
        floor.timer.has_started(),
        floor.timer.label.is_empty(),
        floor.queue.encode()
    )
}

fn notice(lang: Lang, e: &LinkError, what_now: &str) -> String {
    format!(
        "<div class=\"notice\" role=\"alert\"><p><strong>{}</strong> {}</p></div>",
        esc(lang.link_error(e)),
        esc(what_now)
    )
}

fn option_boxes(t: &TimerText, o: Options) -> String {
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

/// A viewer's copy of a shared timer (or, when the link is damaged, what to do about it).
pub fn viewer(
    m: &Meeting,
    lang: Lang,
    timer: &Timer,
    now: Millis,
    error: Option<&LinkError>,
    options: Options,
) -> String {
    let t = lang.timer();
    if let Some(e) = error {
        return format!(
            "<div class=\"page timer-page\"><h1>{}</h1>{}<p><a href=\"timer\">{}</a></p></div>",
            esc(t.timer_title),
            notice(lang, e, t.timer_ask_again),
            esc(t.timer_open_own)
        );
    }
    let body = if timer.is_stale(now) {
        format!(
            "<p class=\"notice\" role=\"alert\"><strong>{}</strong></p>",
            esc(t.timer_stale)
        )
    } else {
        format!(
            "<p class=\"timer-fresh note\" id=\"{}\">{}</p>{}<div class=\"timer-controls\">{}</div>{}<p class=\"note\" id=\"{}\"></p>",
            Slot::Fresh.id(),
            esc(&freshness(m, lang, timer, now)),
            display(&parts(lang, timer, now), true),
            button(t, Action::FullScreen, "button--quiet", None, t.timer_full_screen, false),
            option_boxes(t, options),
            Slot::Wake.id(),
        )
    };
    format!(
        "<div class=\"page timer-page timer-page--viewer\"><h1>{}</h1><p class=\"notice notice--info\">{} <a href=\"timer\">{}</a></p>{body}<p class=\"visually-hidden\" id=\"{}\" role=\"status\" aria-live=\"polite\"></p></div>",
        esc(t.timer_title),
        esc(t.timer_view_only),
        esc(t.timer_open_own),
        Slot::Announce.id(),
    )
}

/// Nothing but the timer, filling the screen (a projector or the hall screen).
pub fn projector(lang: Lang, timer: &Timer, now: Millis) -> String {
    let t = lang.timer();
    format!(
        "<section class=\"projector\" aria-label=\"{}\"><h1 class=\"visually-hidden\">{}</h1>{}<p class=\"projector__hint\"><button type=\"button\" class=\"button button--quiet\" data-action=\"fullscreen\" aria-keyshortcuts=\"F\">{}</button> {}</p></section>",
        esc(t.projector_label),
        esc(t.timer_title),
        display(&parts(lang, timer, now), false),
        esc(t.projector_full),
        esc(t.projector_hint)
    )
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
    fn every_action_has_one_name_and_its_keys() {
        for a in Action::ALL {
            assert_eq!(Action::parse(a.name()), Some(a), "{a:?}");
        }
        assert_eq!(Action::of_key("R"), Some(Action::Reset));
        assert_eq!(Action::of_key(" "), Some(Action::Toggle));
        assert_eq!(Action::of_key("ArrowRight"), Some(Action::Plus10));
        assert_eq!(Action::of_key("x"), None);
    }

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

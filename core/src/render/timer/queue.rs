//! The speakers queue: who waits, the log of who spoke, and the chair's buttons; and the key
//! of its slot.

use super::actions::button;
use super::Action;
use crate::i18n::{fill, Lang};
use crate::render::esc;
use crate::time::Millis;
use crate::timer::floor::Floor;
use crate::timer::link::MAX_LABEL;
use crate::timer::state::{self, StatementKind};
use std::fmt::Write as _;

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

/// The key of the queue's slot (see [`render::slot`](crate::render::slot)): what it shows.
pub fn queue_key(lang: Lang, floor: &Floor) -> String {
    format!(
        "{} {} {} {}",
        lang.code(),
        floor.timer.has_started(),
        floor.timer.label.is_empty(),
        floor.queue.encode()
    )
}

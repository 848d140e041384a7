//! The agenda's filter form: real, labelled form controls, and the labels that follow how many
//! filters are on and how many sessions are starred.

use super::Slot;
use crate::form::agenda::control;
use crate::programme::filter::AgendaFilter;
use crate::programme::model::{Meeting, SessionKind};
use crate::render::agenda::kind_label;
use crate::render::{esc, forms, href, Tx};

/// The filter controls: real, labelled form controls whose names are [`control`]'s.
pub fn filters_form(m: &Meeting, t: Tx, f: &AgendaFilter, starred: usize) -> String {
    let mut days = vec![("", t.p.both_days.to_string())];
    days.extend(
        m.days
            .iter()
            .map(|d| (d.id, t.date_in_short_names(t.p.day_chip, d.date))),
    );
    let kinds: String = SessionKind::ALL
        .iter()
        .map(|k| {
            forms::chip(
                control::KIND,
                k.slug(),
                &esc(kind_label(t, *k)),
                f.kinds.contains(k),
                &format!("chip--{}", k.slug()),
            )
        })
        .collect();
    let mut speakers = vec![(String::new(), t.p.any_speaker.to_string())];
    speakers.extend(
        m.speakers
            .iter()
            .map(|p| (p.id.to_string(), format!("{} — {}", p.full_name(), p.role))),
    );
    // Open when one of its filters is on, so a filtered view (a shared link, or the way back
    // from a session) shows what narrows it.
    let open = f.more_count() > 0;
    format!(
        "<form class=\"filters no-print\" id=\"{}\" role=\"search\" aria-label=\"{}\">{}{}{}\
<button type=\"button\" class=\"filters__toggle button button--quiet\" aria-expanded=\"{open}\" aria-controls=\"{}\" data-action=\"more\" id=\"{}\">{}</button>\
<div id=\"{}\" class=\"filters__more{}\"><fieldset class=\"chips\"><legend>{}</legend>{kinds}</fieldset>{}<p class=\"filters__link\"><a href=\"{}\">{}</a></p></div></form>",
        Slot::Form.id(),
        esc(t.p.filter_label),
        forms::search("agenda-q", control::TEXT, t.p.search_label, t.p.search_placeholder, &f.text),
        forms::segmented(t.p.day_legend, control::DAY, &days, f.day.as_deref().unwrap_or("")),
        // "My agenda" in sight, not folded under "More filters": on a phone it is where a
        // visitor who starred sessions looks for them.
        forms::check(control::MINE, &format!("<span id=\"{}\">{}</span>", Slot::Starred.id(), esc(&starred_label(t, starred))), f.mine),
        Slot::More.id(),
        Slot::MoreLabel.id(),
        esc(&more_label(t, f.more_count())),
        Slot::More.id(),
        if open { " is-open" } else { "" },
        esc(t.p.kind_legend),
        forms::select("agenda-speaker", control::SPEAKER, t.p.speaker_label, &speakers, f.speaker.as_deref().unwrap_or(""), t.en()),
        // The speakers' own page (each with their sessions), otherwise reached only from a
        // session.
        href("speakers"),
        esc(t.p.speakers_all),
    )
}

pub fn more_label(t: Tx, on: usize) -> String {
    t.with_on(t.p.more_filters, on)
}

pub fn starred_label(t: Tx, n: usize) -> String {
    t.count(&t.p.starred, n as u64, &[])
}

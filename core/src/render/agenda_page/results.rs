//! The results: how many sessions show, the buttons beside the count, and the empty state
//! with the way back.

use super::AgendaState;
use crate::i18n::fill;
use crate::render::{esc, fill_html, href, Tx};
use std::fmt::Write as _;

/// "Showing all 7 sessions", "Showing 3 of 7 sessions".
pub fn count_text(t: Tx, shown: usize, total: usize) -> String {
    t.showing(&t.p.sessions_all, &t.p.sessions_some, shown, total)
}

/// The buttons beside the result count.
pub fn actions(s: &AgendaState) -> String {
    let t = s.t;
    let mut o = String::new();
    if s.shown.is_empty() {
        // The empty state below has the way back; nothing to print or add.
        return o;
    }
    if s.filter.narrows() || s.picks.is_some() {
        let _ = write!(o, "<button type=\"button\" class=\"button button--quiet\" data-action=\"clear\">{}</button>", esc(t.c.clear_filters));
    }
    let add = match s.shown.len() {
        1 => t.p.ics_one.to_string(),
        n => t.count(&t.p.ics_many, n as u64, &[]),
    };
    let _ = write!(
        o,
        "<button type=\"button\" class=\"button\" data-action=\"ics\">{}</button>",
        esc(&add)
    );
    if s.filter.mine && s.starred > 0 && s.picks.is_none() {
        let _ = write!(
            o,
            "<button type=\"button\" class=\"button\" data-action=\"share-mine\">{}</button>",
            esc(t.p.share_mine)
        );
    }
    let _ = write!(
        o,
        "<button type=\"button\" class=\"button button--quiet\" data-action=\"print\">{}</button>",
        esc(t.p.print)
    );
    o
}

/// Nothing matched: say why and offer the way back.
pub fn empty(s: &AgendaState) -> String {
    if !s.shown.is_empty() {
        return String::new();
    }
    let (t, f) = (s.t, s.filter);
    let why = if f.mine && s.starred == 0 && s.picks.is_none() {
        esc(&fill(t.p.empty_mine, &[("add", t.p.star_add)]))
    } else if !f.text.trim().is_empty() {
        // Only words narrow the view: no "filters you chose" to speak of.
        let template = if f.only_words() {
            t.p.empty_text_only
        } else {
            t.p.empty_text
        };
        fill_html(template, &[("text", &esc(f.text.trim()))])
    } else {
        esc(t.p.empty_combo)
    };
    // The same words may be in the guiding questions and background papers (a theme such as
    // "privacy" is): the way there carries them.
    let questions = match f.text.trim() {
        "" => "questions".to_string(),
        text => format!("questions?q={}", crate::query::encode(text)),
    };
    format!(
        "<div class=\"empty\"><h2>{}</h2><p>{why}</p><button type=\"button\" class=\"button\" data-action=\"clear\">{}</button><p><a href=\"{}\">{}</a></p></div>",
        esc(t.p.empty_title),
        esc(t.c.clear_filters),
        href(&questions),
        esc(t.p.empty_questions)
    )
}

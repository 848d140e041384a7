//! What the link brought that the visitor should know: problems with its values (with the way
//! back), and a selection someone shared (with a way to keep it).

use crate::i18n::fill;
use crate::render::{esc, Tx};

/// A bad `at=` in words.
pub fn at_notice(t: Tx, value: &str) -> String {
    fill(t.p.notice_at, &[("value", value)])
}

/// Problems with the link's own values: shown, explained, with the way back.
pub fn notices(t: Tx, lines: &[String]) -> String {
    crate::render::notices(
        t.c,
        lines,
        &format!(
            "<button type=\"button\" class=\"button button--quiet\" data-action=\"drop-bad\">{}</button>",
            esc(t.p.drop_bad)
        ),
    )
}

/// A selection someone shared (`picks=`), with a way to keep it.
pub fn picks(t: Tx, picks: Option<(usize, bool)>) -> String {
    let Some((n, all_kept)) = picks else {
        return String::new();
    };
    format!(
        "<section class=\"notice notice--info\" aria-label=\"{}\"><p><strong>{}</strong> {}</p><p class=\"row\"><button type=\"button\" class=\"button\" data-action=\"keep-picks\"{}>{}</button><button type=\"button\" class=\"button button--quiet\" data-action=\"clear\">{}</button></p></section>",
        esc(t.p.aria_shared),
        esc(&t.count(&t.p.picks_shared, n as u64, &[])),
        esc(if n == 1 { t.p.picks_listed_one } else { t.p.picks_listed }),
        if all_kept { " disabled" } else { "" },
        esc(match (all_kept, n == 1) {
            (true, true) => t.p.picks_all_kept_one,
            (true, false) => t.p.picks_all_kept,
            (false, true) => t.p.picks_add_one,
            (false, false) => t.p.picks_add,
        }),
        esc(t.p.picks_full)
    )
}

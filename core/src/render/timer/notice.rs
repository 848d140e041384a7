//! The notice of a timer link that could not be read, with what to do now.

use crate::i18n::Lang;
use crate::render::esc;
use crate::timer::link::LinkError;

pub(super) fn notice(lang: Lang, e: &LinkError, what_now: &str) -> String {
    format!(
        "<div class=\"notice\" role=\"alert\"><p><strong>{}</strong> {}</p></div>",
        esc(lang.link_error(e)),
        esc(what_now)
    )
}

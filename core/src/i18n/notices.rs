//! The notices of the filters, in words: what part of a link could not be used, in the
//! interface language (the filters themselves know nothing of languages).

use super::{fill, AgendaText, QuestionsText, Texts};
use crate::programme::filter::Notice;
use crate::questions::Notice as ExplorerNotice;
use std::fmt;

impl Notice {
    /// The notice in words, in the agenda's interface text `t`.
    pub fn words(&self, t: Texts<AgendaText>) -> String {
        let (template, value) = match self {
            Notice::UnknownDay(v) => (t.p.notice_day, v.as_str()),
            Notice::UnknownKind(v) => (t.p.notice_kind, v.as_str()),
            Notice::UnknownSpeaker(v) => (t.p.notice_speaker, v.as_str()),
            Notice::NoSharedSession => (t.p.notice_picks, ""),
            Notice::Ignored(n) => return t.count(&t.c.values_ignored, *n as u64, &[]),
            Notice::Cut => (t.c.link_cut, ""),
        };
        fill(template, &[("value", value)])
    }
}

/// In English.
impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words(crate::i18n::ENGLISH))
    }
}

impl ExplorerNotice {
    /// The notice in words, in the explorer's interface text `t`.
    pub fn words(&self, t: Texts<QuestionsText>) -> String {
        let (template, value) = match self {
            ExplorerNotice::UnknownPanel(v) => (t.p.notice_panel, v.as_str()),
            ExplorerNotice::UnknownTheme(v) => (t.p.notice_theme, v.as_str()),
            ExplorerNotice::UnknownQuestion(v) => (t.p.notice_question, v.as_str()),
            ExplorerNotice::Ignored(n) => return t.count(&t.c.values_ignored, *n as u64, &[]),
            ExplorerNotice::Cut => (t.c.link_cut, ""),
        };
        fill(template, &[("value", value)])
    }
}

/// In English.
impl fmt::Display for ExplorerNotice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words(crate::i18n::ENGLISH_QUESTIONS))
    }
}

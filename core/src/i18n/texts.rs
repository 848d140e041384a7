//! A bundle's interface text in one language: the catalogues of each language, the build's
//! text files that carry the languages a bundle does not, and the [`Texts`] handle the views
//! and renderers use.

use super::{ar, en, es, fr, ru, zh};
use super::{count, fill, AgendaText, Catalogue, Forms, Lang, Loadable, QuestionsText, TimerText};

/// A set of interface texts that a bundle carries in English and loads in the other languages
/// from a file of the build ([`Lang::text_file`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextSet {
    /// The frame and the agenda, session, speaker, about and not-found pages.
    Agenda,
    /// The frame and the question explorer.
    Questions,
}

impl TextSet {
    pub fn name(self) -> &'static str {
        match self {
            TextSet::Agenda => "agenda",
            TextSet::Questions => "questions",
        }
    }

    /// The file's content in `lang` (see [`Texts::parse`]).
    pub fn file(self, lang: Lang) -> String {
        match self {
            TextSet::Agenda => lang.agenda_file(),
            TextSet::Questions => lang.questions_file(),
        }
    }
}

impl Lang {
    /// The interface text in this language.
    pub fn text(self) -> &'static Catalogue {
        match self {
            Lang::Ar => &ar::AR,
            Lang::Zh => &zh::ZH,
            Lang::En => &en::EN,
            Lang::Fr => &fr::FR,
            Lang::Ru => &ru::RU,
            Lang::Es => &es::ES,
        }
    }

    /// The speaking timer's text in this language.
    pub fn timer(self) -> &'static TimerText {
        match self {
            Lang::Ar => &ar::AR_TIMER,
            Lang::Zh => &zh::ZH_TIMER,
            Lang::En => &en::EN_TIMER,
            Lang::Fr => &fr::FR_TIMER,
            Lang::Ru => &ru::RU_TIMER,
            Lang::Es => &es::ES_TIMER,
        }
    }

    /// The agenda pages' text in this language (the build and the tests; the agenda's bundle
    /// carries English only and loads the others, see [`Texts`]).
    pub fn agenda(self) -> &'static AgendaText {
        match self {
            Lang::Ar => &ar::AR_AGENDA,
            Lang::Zh => &zh::ZH_AGENDA,
            Lang::En => &en::EN_AGENDA,
            Lang::Fr => &fr::FR_AGENDA,
            Lang::Ru => &ru::RU_AGENDA,
            Lang::Es => &es::ES_AGENDA,
        }
    }

    /// The question explorer's text in this language (as [`Lang::agenda`]).
    pub fn questions(self) -> &'static QuestionsText {
        match self {
            Lang::Ar => &ar::AR_QUESTIONS,
            Lang::Zh => &zh::ZH_QUESTIONS,
            Lang::En => &en::EN_QUESTIONS,
            Lang::Fr => &fr::FR_QUESTIONS,
            Lang::Ru => &ru::RU_QUESTIONS,
            Lang::Es => &es::ES_QUESTIONS,
        }
    }

    /// The file of the agenda bundle's text in this language (`i18n-agenda.<code>.txt`): the
    /// frame's catalogue, then the pages' (read by [`Texts::parse`]).
    pub fn agenda_file(self) -> String {
        let mut out = String::new();
        self.text().write_lines(&mut out);
        self.agenda().write_lines(&mut out);
        out
    }

    /// The file of the explorer's text in this language (`i18n-questions.<code>.txt`).
    pub fn questions_file(self) -> String {
        let mut out = String::new();
        self.text().write_lines(&mut out);
        self.questions().write_lines(&mut out);
        out
    }

    /// The name of the build's file of a set of texts in this language.
    pub fn text_file(self, set: TextSet) -> String {
        format!("i18n-{}.{}.txt", set.name(), self.code())
    }
}

/// The interface text of one bundle in one language: the frame's ([`Catalogue`]) and its pages'
/// (`P`: [`AgendaText`], [`QuestionsText`] or [`TimerText`]).
///
/// The agenda's and the explorer's bundles carry English only: the text of another language is a
/// file of the build (`i18n-<bundle>.<code>.txt`, written by [`Texts::file`]), loaded when a
/// visitor picks that language, so the first load does not carry five languages it does not use.
#[derive(Debug)]
pub struct Texts<P: 'static> {
    pub lang: Lang,
    pub c: &'static Catalogue,
    pub p: &'static P,
}

impl<P> Clone for Texts<P> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<P> Copy for Texts<P> {}

impl<P: Loadable> Texts<P> {
    /// Reads a file [`Lang::agenda_file`] or [`Lang::questions_file`] wrote; `None` when it is
    /// not one (another version's, cut off, damaged). Not inlined into the loader's future.
    #[inline(never)]
    pub fn parse(lang: Lang, text: &'static str) -> Option<Texts<P>> {
        let mut lines = text.split('\n');
        let c = Catalogue::read_lines(&mut lines)?;
        let p = P::read(&mut lines)?;
        if lines.any(|rest| !rest.is_empty()) {
            return None;
        }
        Some(Texts {
            lang,
            c: Box::leak(Box::new(c)),
            p: Box::leak(Box::new(p)),
        })
    }
}

impl<P> Texts<P> {
    /// Attributes for the programme's own text (English) inside this interface: none in English,
    /// `lang="en"` otherwise, and left-to-right under Arabic.
    pub fn en(&self) -> &'static str {
        match self.lang {
            Lang::En => "",
            Lang::Ar => " lang=\"en\" dir=\"ltr\"",
            _ => " lang=\"en\"",
        }
    }

    /// Times, numbers and codes inside a sentence: isolated left to right in Arabic (so
    /// "15:00–16:30" keeps its order), as they are elsewhere.
    pub fn ltr(&self, s: &str) -> String {
        if self.lang.is_rtl() {
            crate::time::ltr(s)
        } else {
            s.to_string()
        }
    }

    /// "2 minutes", "2 минуты".
    pub fn minutes(&self, n: u64) -> String {
        count(self.lang, &self.c.minutes, n, &[])
    }

    /// "Showing all 7 sessions" (`all`) or "Showing 3 of 7 sessions" (`some`): plural by the
    /// total, with `{shown}` filled in.
    pub fn showing(&self, all: &Forms, some: &Forms, shown: usize, total: usize) -> String {
        let forms = if shown == total { all } else { some };
        self.count(forms, total as u64, &[("shown", &shown.to_string())])
    }

    /// A disclosure's label, with how many of its filters are on: "More filters (2 on)".
    pub fn with_on(&self, label: &str, on: usize) -> String {
        match on {
            0 => label.to_string(),
            n => fill(
                self.c.filters_on,
                &[("label", label), ("n", &n.to_string())],
            ),
        }
    }

    /// A plural text of this language for `n`.
    pub fn count(&self, forms: &Forms, n: u64, values: &[(&str, &str)]) -> String {
        count(self.lang, forms, n, values)
    }
}

/// Attributes that put interface text back into the interface language inside the programme's
/// English text (an element marked with [`Texts::en`]).
pub fn interface_attr(lang: Lang) -> String {
    match lang {
        Lang::En => String::new(),
        l if l.is_rtl() => format!(" lang=\"{}\" dir=\"rtl\"", l.code()),
        l => format!(" lang=\"{}\"", l.code()),
    }
}

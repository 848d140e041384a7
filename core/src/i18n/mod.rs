//! The interface in the six official UN languages: which language a visitor gets, plural
//! rules, and the catalogues of interface text (one file per language, checked by the
//! compiler: a catalogue that lacks a string does not build).
//!
//! Only the interface is translated. The programme's own text (titles, questions, papers)
//! stays in English, as published; a page in another language says so once.

mod ar;
mod en;
mod es;
mod fr;
mod notices;
mod ru;
mod timer_words;

pub use timer_words::spoken;
mod zh;

use crate::time::Date;

/// The frame's English, which every bundle carries.
/// Where the visitor's language is remembered on the device (localStorage).
pub const LANG_KEY: &str = "gpa2021.lang";

pub const ENGLISH_FRAME: &Catalogue = &en::EN;

/// The agenda's English (the build's static pages are English).
pub const ENGLISH: Texts<AgendaText> = Texts {
    lang: Lang::En,
    c: &en::EN,
    p: &en::EN_AGENDA,
};

/// The explorer's English.
pub const ENGLISH_QUESTIONS: Texts<QuestionsText> = Texts {
    lang: Lang::En,
    c: &en::EN,
    p: &en::EN_QUESTIONS,
};

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

/// An official UN language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

impl Lang {
    /// In the UN's order (the English alphabetical order of the languages' names).
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// The BCP 47 code (`lang=` in links, `<html lang>`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Es => "Español",
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// `dir` of `<html>`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// A `lang=` value: exactly one of the six codes (any case); anything else is `None`.
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The first of the browser's preferred languages (`navigator.languages`, e.g. `fr-CA`,
    /// `zh-Hans-CN`) that is one of the six; English when none is.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(|tag| Lang::parse(tag.split(['-', '_']).next().unwrap_or("")))
            .unwrap_or(Lang::En)
    }

    /// The interface language: `lang=` of the URL when it is one of the six, else the one
    /// stored on the device, else the first of the browser's `preferred` that is, else English.
    pub fn choose<'a>(
        from_url: Option<&str>,
        stored: Option<&str>,
        preferred: impl IntoIterator<Item = &'a str>,
    ) -> Lang {
        from_url
            .and_then(Lang::parse)
            .or_else(|| stored.and_then(Lang::parse))
            .unwrap_or_else(|| Lang::negotiate(preferred))
    }

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

    /// The CLDR plural category of a whole number in this language.
    pub fn plural(self, n: u64) -> Plural {
        let (n10, n100) = (n % 10, n % 100);
        match self {
            Lang::Zh => Plural::Other,
            Lang::En => match n {
                1 => Plural::One,
                _ => Plural::Other,
            },
            Lang::Fr => match n {
                0 | 1 => Plural::One,
                n if n % 1_000_000 == 0 => Plural::Many,
                _ => Plural::Other,
            },
            Lang::Es => match n {
                1 => Plural::One,
                n if n != 0 && n % 1_000_000 == 0 => Plural::Many,
                _ => Plural::Other,
            },
            Lang::Ru => {
                if n10 == 1 && n100 != 11 {
                    Plural::One
                } else if (2..=4).contains(&n10) && !(12..=14).contains(&n100) {
                    Plural::Few
                } else {
                    Plural::Many
                }
            }
            Lang::Ar => match n {
                0 => Plural::Zero,
                1 => Plural::One,
                2 => Plural::Two,
                _ if (3..=10).contains(&n100) => Plural::Few,
                _ if (11..=99).contains(&n100) => Plural::Many,
                _ => Plural::Other,
            },
        }
    }

    /// The categories [`Lang::plural`] gives for whole numbers: each plural text in this
    /// language's catalogue has a form for each (checked by a test).
    pub fn plural_categories(self) -> &'static [Plural] {
        match self {
            Lang::Zh => &[Plural::Other],
            Lang::En => &[Plural::One, Plural::Other],
            Lang::Fr | Lang::Es => &[Plural::One, Plural::Many, Plural::Other],
            Lang::Ru => &[Plural::One, Plural::Few, Plural::Many],
            Lang::Ar => &[
                Plural::Zero,
                Plural::One,
                Plural::Two,
                Plural::Few,
                Plural::Many,
                Plural::Other,
            ],
        }
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

    /// "Monday, 22 November 2021", "lundi 22 novembre 2021", "2021年11月22日星期一".
    pub fn date_long(&self, d: Date) -> String {
        date(self.c.date_long, self.c.weekdays, self.c.months, d)
    }

    /// "Mon 22 Nov", "lun. 22 nov.".
    pub fn date_short(&self, d: Date) -> String {
        date(
            self.c.date_short,
            self.c.weekdays_short,
            self.c.months_short,
            d,
        )
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

    /// A short date and a time: "Mon 22 Nov, 16:00–17:00" (local times).
    pub fn day_time(&self, d: Date, time: &str) -> String {
        fill(
            self.c.day_time,
            &[("day", &self.date_short(d)), ("time", time)],
        )
    }

    /// Days of one month: "22–23 November 2021", "22–23 ноября 2021 г.".
    pub fn days_span(&self, from: Date, to: Date) -> String {
        fill(
            self.c.days_span,
            &[
                ("from", &from.day.to_string()),
                ("to", &to.day.to_string()),
                (
                    "month",
                    nth_name(self.c.months, usize::from(from.month).wrapping_sub(1)),
                ),
                ("year", &from.year.to_string()),
            ],
        )
    }

    /// A date in `pattern` with the short names: the agenda's day buttons ("Mon 22").
    pub fn date_in_short_names(&self, pattern: &str, d: Date) -> String {
        date(pattern, self.c.weekdays_short, self.c.months_short, d)
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

/// The `i`th of names separated by `|` (an empty string past the end).
fn nth_name(names: &str, i: usize) -> &str {
    names.split('|').nth(i).unwrap_or("")
}

/// A date in `pattern` ({weekday} {day} {month} {year}) with the given names.
fn date(pattern: &str, weekdays: &str, months: &str, d: Date) -> String {
    // 1970-01-01 was a Thursday.
    let weekday = (crate::time::days_from_civil(d) + 4).rem_euclid(7) as usize;
    let month = usize::from(d.month).wrapping_sub(1);
    fill(
        pattern,
        &[
            ("weekday", nth_name(weekdays, weekday)),
            ("day", &d.day.to_string()),
            ("month", nth_name(months, month)),
            ("year", &d.year.to_string()),
        ],
    )
}

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// No forms: the base of a [`Forms`] literal in the catalogues (`Forms { one: …, ..NONE }`).
pub const NONE: Forms = Forms {
    zero: None,
    one: None,
    two: None,
    few: None,
    many: None,
    other: None,
};

/// A text with a form per plural category (`None` where the language has no such form).
#[derive(Debug, Clone, Copy)]
pub struct Forms {
    pub zero: Option<&'static str>,
    pub one: Option<&'static str>,
    pub two: Option<&'static str>,
    pub few: Option<&'static str>,
    pub many: Option<&'static str>,
    pub other: Option<&'static str>,
}

impl Forms {
    pub fn get(&self, p: Plural) -> Option<&'static str> {
        match p {
            Plural::Zero => self.zero,
            Plural::One => self.one,
            Plural::Two => self.two,
            Plural::Few => self.few,
            Plural::Many => self.many,
            Plural::Other => self.other,
        }
    }

    /// The six forms in CLDR order (zero, one, two, few, many, other).
    pub fn slots(&self) -> [Option<&'static str>; 6] {
        [
            self.zero, self.one, self.two, self.few, self.many, self.other,
        ]
    }

    /// Six lines, as [`Forms::slots`] writes them (an empty line is no form).
    #[inline(never)]
    fn read(lines: &mut dyn Iterator<Item = &'static str>) -> Option<Forms> {
        let mut slot = || lines.next().map(|l| Some(l).filter(|l| !l.is_empty()));
        let f = Forms {
            zero: slot()?,
            one: slot()?,
            two: slot()?,
            few: slot()?,
            many: slot()?,
            other: slot()?,
        };
        f.all().next().map(|_| f)
    }

    pub fn all(&self) -> impl Iterator<Item = &'static str> {
        [
            self.zero, self.one, self.two, self.few, self.many, self.other,
        ]
        .into_iter()
        .flatten()
    }
}

/// Replaces each `{name}` in `template` by its value (values are inserted as they are: escape
/// them first where the result is HTML).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The `{name}`s a text uses, in order of first use.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        if !names.contains(&name) {
            names.push(name);
        }
        rest = &after[close + 1..];
    }
    names
}

macro_rules! catalogue {
    ($(#[$doc:meta])* $name:ident { texts: { $($text:ident),* $(,)? } plurals: { $($plural:ident),* $(,)? } }) => {
        $(#[$doc])*
        ///
        /// Every field is required, so a language that lacks a text does not compile.
        #[derive(Debug)]
        pub struct $name {
            $(pub $text: &'static str,)*
            $(pub $plural: Forms,)*
        }

        impl $name {
            /// A fingerprint of the fields, in order: a text file written by another version of
            /// the app (with other fields) is refused rather than misread.
            pub const SHAPE: u64 = fnv(concat!(stringify!($name) $(, " ", stringify!($text))* $(, " +", stringify!($plural))*));

            /// Every plain text, by name (for the tests).
            pub fn texts(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($text), self.$text),)*]
            }

            /// Every plural text, by name (for the tests).
            pub fn plurals(&self) -> Vec<(&'static str, Forms)> {
                vec![$((stringify!($plural), self.$plural),)*]
            }

            /// The catalogue as lines of text (see [`Lines`]): its shape, then each text, then
            /// the six forms of each plural text (empty where there is none).
            pub fn write_lines(&self, out: &mut String) {
                out.push_str(&format!("{:x}\n", Self::SHAPE));
                $(out.push_str(self.$text); out.push('\n');)*
                $(for f in self.$plural.slots() { out.push_str(f.unwrap_or("")); out.push('\n'); })*
            }

            /// Reads what [`Self::write_lines`] wrote; `None` for anything else (another
            /// version's file, a cut-off or damaged file).
            pub fn read_lines(lines: &mut dyn Iterator<Item = &'static str>) -> Option<Self> {
                const TEXTS: usize = [$(stringify!($text)),*].len();
                const PLURALS: usize = [$(stringify!($plural)),*].len();
                if u64::from_str_radix(lines.next()?, 16).ok()? != Self::SHAPE {
                    return None;
                }
                // Read into arrays in one loop each, then name the slots after the fields (in
                // the file's order): far less code in the wasm than a read per field.
                let mut texts = [""; TEXTS];
                for slot in texts.iter_mut() {
                    *slot = lines.next().filter(|t| !t.is_empty())?;
                }
                let mut plurals = [NONE; PLURALS];
                for slot in plurals.iter_mut() {
                    *slot = Forms::read(lines)?;
                }
                let [$($text,)*] = texts;
                let [$($plural,)*] = plurals;
                Some($name { $($text,)* $($plural,)* })
            }
        }

        impl Loadable for $name {
            fn read(lines: &mut dyn Iterator<Item = &'static str>) -> Option<Self> {
                Self::read_lines(lines)
            }
        }
    };
}

/// A catalogue the app can read from a text file of the build (see [`Texts::parse`]).
pub trait Loadable: Sized + 'static {
    fn read(lines: &mut dyn Iterator<Item = &'static str>) -> Option<Self>;
}

/// FNV-1a, at compile time (the catalogues' shapes).
pub const fn fnv(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h
}

catalogue! {
    /// The interface text of one language that every page uses: the frame, and sharing.
    Catalogue {
        texts: {
            skip_link,
            nav_label,
            nav_agenda,
            nav_questions,
            nav_timer,
            nav_about,
            languages_label,
            footer_source,
            zone_label,
            english_only,
            noscript,
            open_full,
            new_tab,
            update_ready,
            reload,
            share_copied,
            share_shared,
            share_copy_this,
            share_link,
            new_york,
            at_new_york,
            day_at_new_york,
            your_time,
            weekdays,
            weekdays_short,
            months,
            months_short,
            date_long,
            date_short,
            day_time,
            days_span,
            link_problem,
            link_cut,
            clear_filters,
            filters_on,
            title_agenda,
            title_session,
            title_speakers,
            title_questions,
            title_timer,
            title_about,
            title_not_found,
            wrong_bundle_title,
            wrong_bundle_text,
            wrong_bundle_open,
            wrong_bundle_back,
        }
        plurals: {
            minutes,
            values_ignored,
        }
    }
}

catalogue! {
    /// The text of the agenda, session, speaker, about and not-found pages (the agenda's bundle).
    AgendaText {
        texts: {
            times_note,
            drop_bad,
            notice_day,
            notice_kind,
            notice_speaker,
            notice_picks,
            notice_at,
            before_title,
            before_text,
            after_title,
            after_text,
            on_now,
            next,
            now_until,
            next_at,
            next_when,
            jump_now,
            jump_next,
            aria_when,
            in_under_minute,
            in_hours,
            picks_listed,
            picks_all_kept,
            picks_add,
            picks_full,
            picks_listed_one,
            picks_all_kept_one,
            picks_add_one,
            aria_shared,
            filter_label,
            search_label,
            search_placeholder,
            day_legend,
            both_days,
            day_chip,
            kind_legend,
            speaker_label,
            speakers_all,
            any_speaker,
            more_filters,
            kind_opening,
            kind_plenary,
            kind_panel,
            kind_closing,
            ics_one,
            share_mine,
            print,
            empty_title,
            empty_mine,
            empty_text,
            empty_text_only,
            empty_combo,
            empty_questions,
            qr_label,
            qr_text,
            url_text,
            my_agenda,
            my_agenda_copied,
            star_add,
            star_in,
            speakers_h,
            programme_h,
            theme_h,
            how_h,
            no_chairs,
            questions_h,
            explore_panel,
            add_calendar,
            share,
            speakers_lede,
            speakers_note,
            sessions_h,
            speaker_filter,
            background_h,
            resolutions_h,
            format_h,
            interventions_h,
            interventions,
            artwork_h,
            not_listed_h,
            not_listed,
            nf_page,
            nf_session,
            nf_speaker,
            nf_text,
            nf_agenda,
        }
        plurals: {
            in_minutes,
            in_days,
            picks_shared,
            starred,
            sessions_all,
            sessions_some,
            ics_many,
        }
    }
}

catalogue! {
    /// The text of the question explorer and its present mode (the explorer's bundle).
    QuestionsText {
        texts: {
            lede,
            filter_label,
            search_label,
            search_placeholder,
            panel_legend,
            both_panels,
            panel_n,
            themes,
            themes_legend,
            notice_panel,
            notice_theme,
            notice_question,
            show_all,
            present,
            how_h,
            interventions,
            no_chairs,
            guiding_h,
            none_match,
            question_n,
            tags,
            share_link,
            share_hidden,
            present_one,
            present_hidden,
            nothing_title,
            nothing_text,
            paragraph_n,
            figure_note,
            present_title,
            present_heading,
            present_position,
            present_previous,
            present_next,
            present_full,
            present_leave,
            present_keys,
            share_title,
            share_copied,
            share_shared,
            share_copy,
            theme_children,
            theme_gender,
            theme_technology,
            theme_crises,
            theme_justice,
            theme_protection,
            theme_prevention,
            theme_migrants,
            theme_partnerships,
            theme_rights,
            theme_cooperation,
        }
        plurals: {
            questions_all,
            questions_some,
            paragraphs_match,
        }
    }
}

catalogue! {
    /// The speaking timer's text in one language (only the timer's bundle carries it).
    TimerText {
        texts: {
            timer_title,
            timer_lede,
            timer_view_only,
            timer_stale,
            timer_open_own,
            timer_fresh,
            timer_ask_again,
            timer_controls,
            timer_start,
            timer_pause,
            timer_resume,
            timer_reset,
            timer_screens,
            timer_full_screen,
            timer_projector,
            timer_preset,
            timer_custom,
            timer_set,
            timer_custom_error,
            timer_who,
            timer_time_up,
            timer_chime,
            timer_vibrate,
            timer_share_title,
            timer_share_text,
            timer_link,
            timer_share_button,
            timer_share_note,
            timer_qr,
            timer_keys,
            key_space,
            key_toggle,
            key_reset,
            key_add,
            key_remove,
            key_next,
            secs_short,
            kind_delegation,
            kind_group,
            kind_custom,
            phase_ready,
            phase_running,
            phase_last30,
            phase_last10,
            phase_overtime,
            phase_paused,
            ms_minute,
            ms_thirty,
            ms_ten,
            ms_up,
            time_left,
            time_over,
            duration_pair,
            projector_label,
            projector_full,
            projector_hint,
            err_empty,
            err_version,
            err_malformed,
            err_damaged,
            err_range,
            queue_title,
            queue_note,
            queue_who,
            queue_statement,
            queue_add,
            queue_finish,
            queue_next,
            queue_next_short,
            queue_skip,
            queue_none,
            queue_used,
            queue_log_none,
            col_speaker,
            col_allotted,
            col_used,
            col_overrun,
            queue_no_name,
            queue_name_needed,
            queue_download,
            queue_clear_log,
            queue_clear,
            queue_up,
            queue_down,
            queue_remove,
            queue_removed,
            queue_undo,
            kind_panellist,
            custom_preview,
            said_reset,
            said_next,
            said_passed,
            said_cleared,
            said_log_cleared,
            said_undone,
            said_started,
            said_paused,
            keys_scope,
            key_undo,
            key_pass,
            wake_on,
            wake_off,
            shared_at,
            ago_now,
            ago_hours,
            maybe_old,
            links_old,
            queue_duration,
            queue_duration_needed,
            key_label,
        }
        plurals: {
            minutes,
            seconds,
            over_minutes,
            ago_minutes,
        }
    }
}

/// The form of a plural text for `n` in `lang`, with `{n}` (and any `values`) filled in.
pub fn count(lang: Lang, forms: &Forms, n: u64, values: &[(&str, &str)]) -> String {
    let text = forms
        .get(lang.plural(n))
        .or(forms.other)
        .or(forms.many)
        .unwrap_or("{n}");
    let n = n.to_string();
    let mut all = vec![("n", n.as_str())];
    all.extend_from_slice(values);
    fill(text, &all)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::model::Date;
    use crate::timer::link::LinkError;
    use crate::timer::state::Phase;
    use proptest::prelude::*;

    #[test]
    fn codes_round_trip_and_only_six_are_known() {
        for l in Lang::ALL {
            assert_eq!(Lang::parse(l.code()), Some(l));
            assert_eq!(Lang::parse(&l.code().to_uppercase()), Some(l));
        }
        for bad in ["", "de", "en-GB", "e", "english", "zh-Hans"] {
            assert_eq!(Lang::parse(bad), None, "{bad}");
        }
        assert!(Lang::Ar.is_rtl() && Lang::Ar.dir() == "rtl");
        assert!(Lang::ALL.iter().filter(|l| l.is_rtl()).count() == 1);
    }

    #[test]
    fn negotiation_takes_the_first_supported_preference() {
        assert_eq!(Lang::negotiate(["de-DE", "fr-CA", "en"]), Lang::Fr);
        assert_eq!(Lang::negotiate(["zh-Hans-CN"]), Lang::Zh);
        assert_eq!(Lang::negotiate(["ar_EG"]), Lang::Ar);
        assert_eq!(Lang::negotiate(["de", "it"]), Lang::En);
        assert_eq!(Lang::negotiate([]), Lang::En);
    }

    #[test]
    fn the_url_wins_then_the_device_then_the_browser() {
        let browser = ["fr-FR", "en"];
        assert_eq!(Lang::choose(Some("ar"), Some("ru"), browser), Lang::Ar);
        assert_eq!(Lang::choose(Some("xx"), Some("ru"), browser), Lang::Ru);
        assert_eq!(Lang::choose(None, Some("\u{0}<script>"), browser), Lang::Fr);
        assert_eq!(Lang::choose(None, None, ["de"]), Lang::En);
    }

    #[test]
    fn plural_rules_match_cldr_examples() {
        use Plural::*;
        let cases: &[(Lang, &[(u64, Plural)])] = &[
            (Lang::En, &[(0, Other), (1, One), (2, Other), (11, Other)]),
            (
                Lang::Fr,
                &[(0, One), (1, One), (2, Other), (1_000_000, Many)],
            ),
            (
                Lang::Es,
                &[(0, Other), (1, One), (2, Other), (1_000_000, Many)],
            ),
            (
                Lang::Ru,
                &[
                    (0, Many),
                    (1, One),
                    (2, Few),
                    (4, Few),
                    (5, Many),
                    (11, Many),
                    (12, Many),
                    (21, One),
                    (22, Few),
                    (25, Many),
                    (111, Many),
                    (101, One),
                ],
            ),
            (
                Lang::Ar,
                &[
                    (0, Zero),
                    (1, One),
                    (2, Two),
                    (3, Few),
                    (10, Few),
                    (11, Many),
                    (99, Many),
                    (100, Other),
                    (102, Other),
                    (103, Few),
                ],
            ),
            (Lang::Zh, &[(0, Other), (1, Other), (7, Other)]),
        ];
        for (lang, examples) in cases {
            for (n, want) in examples.iter() {
                assert_eq!(lang.plural(*n), *want, "{lang:?} {n}");
            }
        }
    }

    /// Every text of a language, by name: frame, agenda, explorer, timer.
    fn all_texts(l: Lang) -> Vec<(&'static str, &'static str)> {
        let mut v = l.text().texts();
        v.extend(l.agenda().texts());
        v.extend(l.questions().texts());
        v.extend(l.timer().texts());
        v
    }

    fn all_plurals(l: Lang) -> Vec<(&'static str, Forms)> {
        let mut v = l.text().plurals();
        v.extend(l.agenda().plurals());
        v.extend(l.questions().plurals());
        v.extend(l.timer().plurals());
        v
    }

    #[test]
    fn every_catalogue_has_every_form_and_the_same_placeholders() {
        let (english, english_plurals) = (all_texts(Lang::En), all_plurals(Lang::En));
        assert!(english.len() > 200, "the four catalogues are all checked");
        for lang in Lang::ALL {
            let texts = all_texts(lang);
            assert_eq!(texts.len(), english.len());
            for ((name, text), (en_name, english)) in texts.into_iter().zip(english.iter()) {
                assert_eq!(name, *en_name);
                assert!(!text.trim().is_empty(), "{lang:?} {name} is empty");
                assert!(!text.contains('\n'), "{lang:?} {name}: a text is one line");
                let mut want = placeholders(english);
                let mut got = placeholders(text);
                want.sort();
                got.sort();
                assert_eq!(got, want, "{lang:?} {name}: placeholders");
            }
            for ((name, forms), (_, english)) in
                all_plurals(lang).into_iter().zip(english_plurals.iter())
            {
                let mut want: Vec<&str> = english.all().flat_map(placeholders).collect();
                want.sort();
                want.dedup();
                for cat in lang.plural_categories() {
                    let form = forms.get(*cat);
                    assert!(form.is_some(), "{lang:?} {name} lacks {cat:?}");
                    let mut got = placeholders(form.unwrap_or(""));
                    got.sort();
                    // `{n}` may be left out where a form is for one number only ("one").
                    if !got.contains(&"n") {
                        got.push("n");
                        got.sort();
                    }
                    assert_eq!(got, want, "{lang:?} {name} {cat:?}: placeholders");
                }
                assert!(forms.all().all(|f| !f.contains('\n')));
            }
            // Names for dates: seven days and twelve months, none empty.
            let c = lang.text();
            for (names, n) in [
                (c.weekdays, 7),
                (c.weekdays_short, 7),
                (c.months, 12),
                (c.months_short, 12),
            ] {
                let list: Vec<&str> = names.split('|').collect();
                assert_eq!(list.len(), n, "{lang:?}: {names}");
                assert!(
                    list.iter().all(|x| !x.trim().is_empty()),
                    "{lang:?}: {names}"
                );
            }
        }
        // The timer's and the agenda's plural texts are there to be checked.
        assert_eq!(Lang::En.timer().plurals().len(), 4);
        assert!(Lang::En.agenda().plurals().len() >= 7);
    }

    #[test]
    fn text_files_read_back_as_written_and_refuse_anything_else() {
        for lang in Lang::ALL {
            let file: &'static str = String::leak(lang.agenda_file());
            let t = Texts::<AgendaText>::parse(lang, file).expect("agenda file");
            assert_eq!(t.lang, lang);
            assert_eq!(t.c.texts(), lang.text().texts());
            assert_eq!(t.p.texts(), lang.agenda().texts());
            for ((_, a), (_, b)) in t.p.plurals().iter().zip(lang.agenda().plurals()) {
                assert_eq!(a.slots(), b.slots());
            }
            let file: &'static str = String::leak(lang.questions_file());
            let q = Texts::<QuestionsText>::parse(lang, file).expect("questions file");
            assert_eq!(q.p.texts(), lang.questions().texts());
            // The agenda's file is not the explorer's.
            assert!(
                Texts::<QuestionsText>::parse(lang, String::leak(lang.agenda_file())).is_none()
            );
        }
        let good = Lang::Fr.agenda_file();
        // Cut off, one line missing, one line too many, or a text emptied: refused.
        let cut: &'static str = String::leak(good[..good.len() / 2].to_string());
        assert!(Texts::<AgendaText>::parse(Lang::Fr, cut).is_none());
        let lines: Vec<&str> = good.lines().collect();
        let fewer: &'static str = String::leak(lines[..lines.len() - 1].join("\n"));
        assert!(Texts::<AgendaText>::parse(Lang::Fr, fewer).is_none());
        let more: &'static str = String::leak(format!("{good}extra\n"));
        assert!(Texts::<AgendaText>::parse(Lang::Fr, more).is_none());
        let emptied: &'static str = String::leak(good.replacen(Lang::Fr.text().skip_link, "", 1));
        assert!(Texts::<AgendaText>::parse(Lang::Fr, emptied).is_none());
        assert!(Texts::<AgendaText>::parse(Lang::Fr, "").is_none());
        assert!(Texts::<AgendaText>::parse(Lang::Fr, "<!doctype html><html>").is_none());
    }

    #[test]
    fn dates_in_each_language() {
        let d = Date {
            year: 2021,
            month: 11,
            day: 22,
        };
        let of = |l: Lang| Texts {
            lang: l,
            c: l.text(),
            p: l.agenda(),
        };
        assert_eq!(of(Lang::En).date_long(d), "Monday, 22 November 2021");
        assert_eq!(of(Lang::En).date_short(d), "Mon 22 Nov");
        assert_eq!(of(Lang::Fr).date_long(d), "lundi 22 novembre 2021");
        assert!(of(Lang::Ru).date_long(d).contains("22 ноября 2021"));
        assert!(of(Lang::Es)
            .date_long(d)
            .contains("22 de noviembre de 2021"));
        assert!(of(Lang::Zh).date_long(d).starts_with("2021年11月22日"));
        assert!(of(Lang::Ar).date_long(d).contains("22"));
        // Tuesday the 23rd, in every language: the weekday follows the date.
        let tue = Date {
            year: 2021,
            month: 11,
            day: 23,
        };
        for l in Lang::ALL {
            let weekday = l.text().weekdays.split('|').nth(2).expect("Tuesday");
            assert!(of(l).date_long(tue).contains(weekday), "{l:?}");
        }
        assert_eq!(of(Lang::Ru).minutes(2), "2 минуты");
        assert_eq!(of(Lang::En).minutes(3), "3 minutes");
    }

    #[test]
    fn counts_pick_the_form() {
        let forms = Forms {
            one: Some("{n} заседание"),
            few: Some("{n} заседания"),
            many: Some("{n} заседаний"),
            ..NONE
        };
        let s = |n| count(Lang::Ru, &forms, n, &[]);
        assert_eq!(s(1), "1 заседание");
        assert_eq!(s(3), "3 заседания");
        assert_eq!(s(7), "7 заседаний");
        assert_eq!(s(21), "21 заседание");
        let other = Forms {
            other: Some("{n} of {total}"),
            ..NONE
        };
        assert_eq!(count(Lang::Ru, &other, 3, &[("total", "7")]), "3 of 7");
    }

    #[test]
    fn the_timer_speaks_each_language() {
        assert_eq!(Lang::En.spoken(90_000), "1 minute 30 seconds left");
        assert_eq!(Lang::En.spoken(-1_000), "1 second over");
        assert_eq!(Lang::Ru.spoken(120_000), "Осталось: 2 минуты");
        assert_eq!(Lang::Ru.spoken(300_000), "Осталось: 5 минут");
        assert_eq!(Lang::Ru.spoken(21_000), "Осталось: 21 секунда");
        assert_eq!(Lang::Ar.spoken(120_000), "الوقت المتبقي: دقيقتان");
        assert_eq!(
            Lang::Ar.spoken(90_000),
            "الوقت المتبقي: دقيقة واحدة و30 ثانية"
        );
        assert_eq!(
            Lang::Fr.spoken(-61_000),
            "1 minute 1 seconde de dépassement"
        );
        assert_eq!(Lang::Zh.spoken(0), "超时 0 秒");
        assert_eq!(Lang::Es.phase(Phase::Paused), "En pausa");
        assert_eq!(
            Lang::Ar.link_error(&LinkError::Damaged),
            "يبدو أن رابط المؤقت هذا مبتور أو مُعدَّل."
        );
    }

    #[test]
    fn fill_replaces_every_use() {
        assert_eq!(fill("{a}+{a}={b}", &[("a", "1"), ("b", "2")]), "1+1=2");
        assert_eq!(placeholders("x {a} y {b} {a} {"), ["a", "b"]);
    }

    proptest! {
        /// Any file, or a real one with a line changed, cut or added, is read or refused:
        /// never a panic, and a file that is read has no empty text.
        #[test]
        fn text_files_never_panic(junk in "\\PC{0,200}", line in 0usize..400, edit in "\\PC{0,8}", cut in 0usize..6000) {
            let _ = Texts::<AgendaText>::parse(Lang::Ru, String::leak(junk));
            let good = Lang::Ar.agenda_file();
            let mut lines: Vec<String> = good.split('\n').map(str::to_string).collect();
            let at = line % lines.len();
            lines[at] = edit;
            if let Some(t) = Texts::<AgendaText>::parse(Lang::Ar, String::leak(lines.join("\n"))) {
                prop_assert!(t.c.texts().iter().chain(t.p.texts().iter()).all(|(_, x)| !x.is_empty()));
            }
            let end = good.char_indices().map(|(i, _)| i).take_while(|i| *i <= cut).last().unwrap_or(0);
            let _ = Texts::<QuestionsText>::parse(Lang::Ar, String::leak(good[..end].to_string()));
        }

        #[test]
        fn parse_and_negotiate_never_panic(s in "\\PC{0,12}", v in proptest::collection::vec("\\PC{0,12}", 0..4)) {
            let _ = Lang::parse(&s);
            let _ = Lang::negotiate(v.iter().map(String::as_str));
            for l in Lang::ALL { let _ = l.plural(s.len() as u64); }
        }
    }
}

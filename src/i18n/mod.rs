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
mod ru;
mod timer_words;
mod zh;

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
            /// Every plain text, by name (for the tests).
            pub fn texts(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($text), self.$text),)*]
            }

            /// Every plural text, by name (for the tests).
            pub fn plurals(&self) -> Vec<(&'static str, Forms)> {
                vec![$((stringify!($plural), self.$plural),)*]
            }
        }
    };
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
            open_full,
            new_tab,
            update_ready,
            reload,
            share_copied,
            share_shared,
            share_copy_this,
            share_link,
        }
        plurals: {}
    }
}

catalogue! {
    /// The speaking timer's text in one language (only the timer's bundle carries it).
    TimerText {
        texts: {
            timer_title,
            timer_lede,
            timer_view_only,
            timer_open_own,
            timer_fresh,
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
            queue_skip,
            queue_none,
            queue_used,
            queue_log_none,
            col_speaker,
            col_allotted,
            col_used,
            col_overrun,
            queue_no_name,
            queue_download,
            queue_clear_log,
            queue_clear_log_confirm,
            queue_clear,
            queue_clear_confirm,
            queue_up,
            queue_down,
            queue_remove,
        }
        plurals: {
            minutes,
            seconds,
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

    #[test]
    fn every_catalogue_has_every_form_and_the_same_placeholders() {
        for lang in Lang::ALL {
            let (t, timer) = (lang.text(), lang.timer());
            let (en, en_timer) = (Lang::En.text(), Lang::En.timer());
            let texts = t.texts().into_iter().chain(timer.texts());
            let english = en.texts().into_iter().chain(en_timer.texts());
            for ((name, text), (_, english)) in texts.zip(english) {
                assert!(!text.trim().is_empty(), "{lang:?} {name} is empty");
                let mut want = placeholders(english);
                let mut got = placeholders(text);
                want.sort();
                got.sort();
                assert_eq!(got, want, "{lang:?} {name}: placeholders");
            }
            let plurals = t.plurals().into_iter().chain(timer.plurals());
            let english = en.plurals().into_iter().chain(en_timer.plurals());
            for ((name, forms), (_, english)) in plurals.zip(english) {
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
            }
        }
        // The timer's plural texts are there to be checked.
        assert_eq!(Lang::En.timer().plurals().len(), 2);
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
        #[test]
        fn parse_and_negotiate_never_panic(s in "\\PC{0,12}", v in proptest::collection::vec("\\PC{0,12}", 0..4)) {
            let _ = Lang::parse(&s);
            let _ = Lang::negotiate(v.iter().map(String::as_str));
            for l in Lang::ALL { let _ = l.plural(s.len() as u64); }
        }
    }
}

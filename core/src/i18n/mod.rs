//! The interface in the six official UN languages: which language a visitor gets, plural
//! rules, and the catalogues of interface text (one file per language, checked by the
//! compiler: a catalogue that lacks a string does not build).
//!
//! Only the interface is translated. The programme's own text (titles, questions, papers)
//! stays in English, as published; a page in another language says so once.
//!
//! The pieces: which language a visitor gets ([`Lang`], `lang`), the plural rules
//! (`plural`), dates in words (`dates`), filling a text's `{name}`s (`template`), the macro
//! that declares a catalogue (`catalogue`), the catalogues' fields (`fields`), a bundle's text
//! in one language ([`Texts`], `texts`), and the catalogues themselves (one file per language).

mod ar;
mod catalogue;
mod dates;
mod en;
mod es;
mod fields;
mod fr;
mod lang;
mod notices;
mod plural;
mod ru;
mod template;
mod texts;
mod timer_words;
mod zh;

pub use catalogue::{fnv, Loadable};
pub use fields::{AgendaText, Catalogue, QuestionsText, TimerText};
pub use lang::Lang;
pub use plural::{count, Forms, Plural, NONE};
pub use template::{fill, placeholders, split_key};
pub use texts::{interface_attr, TextSet, Texts};
pub use timer_words::spoken;

/// The frame's English, which every bundle carries.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timer::link::LinkError;
    use crate::timer::state::Phase;
    use proptest::prelude::*;

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

//! Text search shared by the agenda and the question explorer: case- and accent-insensitive
//! matching ("siobhan" finds "Siobhán") and the ranges to highlight, in the original text.
//!
//! Folding maps each character to exactly one character (lowercase, diacritics dropped), so a
//! match in the folded text points straight back at the original characters.
//!
//! A short term also finds the name it abbreviates: "GA hall" finds "General Assembly Hall",
//! "GPA" the "Global Plan of Action" and "TIP" "Trafficking in Persons" (see [`acronym_ranges`]).

use std::ops::Range;

/// Lowercase for the Latin letters the programme and its visitors use: ASCII, Latin-1 and
/// Latin Extended-A. (Not `char::to_lowercase`: its Unicode tables cost 12 KB of wasm for
/// scripts an English programme never contains; other letters are matched as typed.)
fn latin_lowercase(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 0x20,
        // Latin Extended-A pairs upper/lower case on even/odd code points …
        0x100..=0x137 | 0x14A..=0x177 if u.is_multiple_of(2) => u + 1,
        // … and here on odd/even.
        0x139..=0x148 | 0x179..=0x17E if !u.is_multiple_of(2) => u + 1,
        0x178 => 0xFF,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Folds one character: lowercase, with the diacritics of Latin letters removed.
pub fn fold_char(c: char) -> char {
    let lower = latin_lowercase(c);
    match lower {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        // Typographic variants a visitor would type plainly.
        '‘' | '’' | '‛' => '\'',
        '“' | '”' => '"',
        '–' | '—' | '‐' => '-',
        other => other,
    }
}

/// The folded form of a text.
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// The search terms of a query: folded, split on whitespace, at most 8, each at most 64 chars.
pub fn terms(query: &str) -> Vec<String> {
    query
        .split_whitespace()
        .map(|t| fold(&t.chars().take(64).collect::<String>()))
        .filter(|t| !t.is_empty())
        .take(8)
        .collect()
}

/// Byte ranges, in `text`, of every occurrence of every term; sorted and merged.
pub fn match_ranges(text: &str, terms: &[String]) -> Vec<Range<usize>> {
    if terms.is_empty() {
        return Vec::new();
    }
    // Folded characters with the byte range of the original character each came from.
    let chars: Vec<(char, Range<usize>)> = text
        .char_indices()
        .map(|(i, c)| (fold_char(c), i..i + c.len_utf8()))
        .collect();
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for term in terms {
        let needle: Vec<char> = term.chars().collect();
        if needle.is_empty() || needle.len() > chars.len() {
            continue;
        }
        // A number matches whole: "19" is not found in "2019".
        let number = is_number(term);
        let digit_at = |i: Option<usize>| {
            i.and_then(|i| chars.get(i))
                .is_some_and(|(c, _)| c.is_ascii_digit())
        };
        for start in 0..=chars.len() - needle.len() {
            let window = &chars[start..start + needle.len()];
            let whole = !number
                || !(digit_at(start.checked_sub(1)) || digit_at(Some(start + needle.len())));
            if whole && window.iter().zip(&needle).all(|((c, _), n)| c == n) {
                let from = window.first().map_or(0, |(_, r)| r.start);
                let to = window.last().map_or(0, |(_, r)| r.end);
                // Kept in order as they are found (a handful per text): no sort, whose code
                // would be the only one in the agenda's wasm.
                let at = ranges.partition_point(|r| (r.start, r.end) <= (from, to));
                ranges.insert(at, from..to);
            }
        }
    }
    for term in terms {
        for r in acronym_ranges(text, term) {
            let at = ranges.partition_point(|x| (x.start, x.end) <= (r.start, r.end));
            ranges.insert(at, r);
        }
    }
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// Whether every term occurs in at least one of the texts (as text, or as an acronym). A term
/// of digits is a whole number, and right after a word of the query it must follow that word
/// closely: "panel 2" is "Panel Discussion 2", not a panel whose rules mention "2 minutes".
pub fn matches_all<'a>(texts: impl Iterator<Item = &'a str> + Clone, terms: &[String]) -> bool {
    let originals: Vec<&str> = texts.collect();
    let folded: Vec<String> = originals.iter().map(|t| fold(t)).collect();
    terms.iter().enumerate().all(|(i, t)| {
        if is_number(t) {
            let after = i
                .checked_sub(1)
                .and_then(|p| terms.get(p))
                .filter(|w| !is_number(w));
            return folded
                .iter()
                .any(|f| number_in(f, t, after.map(String::as_str)));
        }
        folded.iter().any(|f| f.contains(t.as_str()))
            || originals.iter().any(|o| !acronym_ranges(o, t).is_empty())
    })
}

/// A term of digits only.
fn is_number(term: &str) -> bool {
    !term.is_empty() && term.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a folded text has the whole number `n`, within three words after a word that
/// contains `after` when given.
fn number_in(folded: &str, n: &str, after: Option<&str>) -> bool {
    let mut since_word: Option<usize> = None;
    for word in words(folded) {
        if word == n && (after.is_none() || since_word.is_some_and(|k| k <= 3)) {
            return true;
        }
        since_word = match after {
            Some(a) if word.contains(a) => Some(1),
            _ => since_word.map(|k| k + 1),
        };
    }
    false
}

/// The longest term read as an acronym.
const MAX_ACRONYM: usize = 6;

/// The small words inside a name that an acronym may pass over or take a letter from
/// ("Global Plan of Action": GPA; "Trafficking in Persons": TIP).
const LINKS: [&str; 7] = ["of", "and", "in", "on", "the", "for", "to"];

/// Byte ranges, in `text`, of the names a term abbreviates: runs of capitalised words whose
/// initials spell the term, where a small linking word ("of", "in") may be passed over or give
/// its letter. Only terms of 2 to 6 letters (a to z, as folded) are read as acronyms, so "GA"
/// finds "General Assembly" but "co" does not find "comments or".
pub fn acronym_ranges(text: &str, term: &str) -> Vec<Range<usize>> {
    let mut letters = ['\0'; MAX_ACRONYM];
    let mut len = 0;
    for c in term.chars() {
        if len == MAX_ACRONYM || !c.is_ascii_lowercase() {
            return Vec::new();
        }
        letters[len] = c;
        len += 1;
    }
    let letters = &letters[..len];
    let mut found = Vec::new();
    if len < 2 {
        return found;
    }
    // Each word with its byte range (no allocation: this runs for every text of the programme
    // at each keystroke).
    let mut words = words(text).map(|w| {
        let start = w.as_ptr() as usize - text.as_ptr() as usize;
        (start..start + w.len(), w)
    });
    loop {
        let from = words.clone();
        let Some((first, _)) = words.next() else {
            return found;
        };
        if let Some(last) = abbreviated_from(from, letters) {
            found.push(first.start..last.end);
            // Go on after the last word of the match.
            while words.next().is_some_and(|(w, _)| w != last) {}
        }
    }
}

/// The words of a text, in order (slices of it).
fn words(text: &str) -> impl Iterator<Item = &str> + Clone {
    text.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
}

/// Whether a character is part of a word: anything but spaces and punctuation (typographic
/// dashes and quotes too). (Not `char::is_alphanumeric`, whose Unicode tables would cost the
/// wasm several KB; and ASCII first, as this runs on every text at each keystroke.)
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let f = fold_char(c);
    !(f.is_ascii_punctuation() || f.is_whitespace())
}

/// The range of the last of `words` the acronym `letters` spans from the first word on, if it
/// does: the first and the last word are capitalised, and each word between is capitalised and
/// gives the next letter, or is a linking word (which gives its letter or none).
fn abbreviated_from<'a>(
    words: impl Iterator<Item = (Range<usize>, &'a str)>,
    letters: &[char],
) -> Option<Range<usize>> {
    let mut next = 0;
    for (range, word) in words {
        let wanted = *letters.get(next)?;
        let initial = word.chars().next()?;
        let capital = latin_lowercase(initial) != initial;
        let link = next > 0 && LINKS.contains(&word);
        if fold_char(initial) == wanted && (capital || (link && next + 1 < letters.len())) {
            next += 1;
            if next == letters.len() {
                return Some(range);
            }
        } else if !link {
            return None;
        }
    }
    None
}

/// Splits a text into runs, each marked as a match or not, for rendering with `<mark>`.
pub fn segments<'a>(text: &'a str, terms: &[String]) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for r in match_ranges(text, terms) {
        if let (Some(before), Some(hit)) = (text.get(at..r.start), text.get(r.clone())) {
            if !before.is_empty() {
                out.push((before, false));
            }
            out.push((hit, true));
            at = r.end;
        }
    }
    if let Some(rest) = text.get(at..) {
        if !rest.is_empty() || out.is_empty() {
            out.push((rest, false));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn folding_finds_accented_names() {
        let t = terms("siobhan");
        assert!(matches_all(["Ms. Siobhán Mullally"].into_iter(), &t));
        assert_eq!(match_ranges("Ms. Siobhán Mullally", &t), vec![4..12]);
        assert_eq!(
            segments("Ms. Siobhán Mullally", &t),
            vec![("Ms. ", false), ("Siobhán", true), (" Mullally", false)]
        );
        assert!(!matches_all(["Ms. Ghada Waly"].into_iter(), &t));
    }

    #[test]
    fn latin_case_folding_agrees_with_unicode() {
        for c in (0u32..0x180).filter_map(char::from_u32) {
            let unicode = c.to_lowercase().next().unwrap_or(c);
            // U+0130 (İ) lowercases to "i̇" in Unicode; plain "i" is what a visitor types.
            if c != 'İ' {
                assert_eq!(latin_lowercase(c), unicode, "{c:?}");
            }
        }
    }

    #[test]
    fn all_terms_must_match_somewhere() {
        let texts = ["Panel Discussion 2", "COVID-19 and technology"];
        assert!(matches_all(texts.into_iter(), &terms("covid PANEL")));
        assert!(!matches_all(texts.into_iter(), &terms("covid women")));
        assert!(matches_all(texts.into_iter(), &terms("   ")));
    }

    #[test]
    fn short_terms_find_the_names_they_abbreviate() {
        let hall = "General Assembly Hall";
        assert!(matches_all([hall].into_iter(), &terms("GA hall")));
        assert_eq!(match_ranges(hall, &terms("ga")), vec![0..16]);
        assert_eq!(acronym_ranges(hall, "gah"), vec![0..21]);
        // A linking word may be passed over or give its letter; never first or last.
        let gpa = "the Global Plan of Action against Trafficking in Persons";
        assert_eq!(acronym_ranges(gpa, "gpa"), vec![4..25]);
        assert_eq!(acronym_ranges(gpa, "gpoa"), vec![4..25]);
        assert_eq!(acronym_ranges(gpa, "tip"), vec![34..56]);
        assert!(acronym_ranges(gpa, "tp").len() == 1);
        assert!(
            acronym_ranges(gpa, "tgp").is_empty(),
            "\"the\" starts nothing"
        );
        assert!(acronym_ranges(gpa, "ao").is_empty(), "\"of\" ends nothing");
        // Only names: small words other than links break a run, and lower-case words give
        // no letters ("co" is not "comments or", nor "si" "statement and introduce").
        assert!(acronym_ranges(gpa, "aat").is_empty());
        assert!(acronym_ranges("General Plenary Assembly", "ga").is_empty());
        assert!(acronym_ranges("comments or", "co").is_empty());
        assert!(acronym_ranges("Chairs of", "co").is_empty());
        assert!(acronym_ranges("statement and introduce", "si").is_empty());
        // Not read as acronyms: one letter, more than six, or anything but letters.
        assert!(acronym_ranges("General Assembly", "g").is_empty());
        assert!(acronym_ranges("A B C D E F G", "abcdefg").is_empty());
        assert!(acronym_ranges("Covid 19", "c1").is_empty());
        // Accents and case do not matter.
        assert_eq!(acronym_ranges("Éric Ödön", "eo"), vec![0..12]);
        assert!(!matches_all(
            ["Panel Discussion 2"].into_iter(),
            &terms("GA")
        ));
    }

    #[test]
    fn a_number_is_whole_and_close_to_the_word_before_it() {
        let rules = "interventions will be limited to 2 minutes for individual delegations";
        let panel_2 = ["Panel Discussion 2", rules];
        let panel_1 = ["Panel Discussion 1", rules];
        assert!(matches_all(panel_2.into_iter(), &terms("panel 2")));
        assert!(!matches_all(panel_1.into_iter(), &terms("panel 2")));
        assert!(matches_all(panel_1.into_iter(), &terms("panel 1")));
        assert!(matches_all(
            ["in the context of COVID-19"].into_iter(),
            &terms("covid 19")
        ));
        // Alone, or after another number, a number is matched anywhere, but whole.
        assert!(matches_all(panel_1.into_iter(), &terms("2")));
        assert!(!matches_all(["COVID-19"].into_iter(), &terms("9")));
        assert!(matches_all(["22–23 November"].into_iter(), &terms("22 23")));
        assert_eq!(match_ranges("COVID-19, 2019", &terms("19")), vec![6..8]);
        assert_eq!(match_ranges("A/RES/64/293", &terms("293 29")), vec![9..12]);
    }

    #[test]
    fn overlapping_matches_merge() {
        assert_eq!(match_ranges("aaaa", &terms("aa")), vec![0..4]);
        assert_eq!(
            match_ranges("children, child", &terms("child children")),
            vec![0..8, 10..15]
        );
    }

    proptest! {
        #[test]
        fn segments_rebuild_the_text(text in ".{0,40}", query in ".{0,12}") {
            let t = terms(&query);
            let joined: String = segments(&text, &t).iter().map(|(s, _)| *s).collect();
            prop_assert_eq!(joined, text);
        }

        #[test]
        fn acronym_ranges_start_and_end_on_words(text in "[a-zA-Z ]{0,40}", term in "[a-z]{1,7}") {
            for r in acronym_ranges(&text, &term) {
                let hit = &text[r];
                prop_assert!(!hit.starts_with(' ') && !hit.ends_with(' '));
                prop_assert_eq!(hit.chars().next().map(fold_char), term.chars().next());
            }
        }

        #[test]
        fn every_range_is_a_match(text in "[a-zA-Záéíóú ]{0,40}", term in "[a-záé]{1,3}") {
            let t = terms(&term);
            for r in match_ranges(&text, &t) {
                let hit = &text[r];
                prop_assert!(t.iter().any(|x| fold(hit).contains(x.as_str())
                    || acronym_ranges(hit, x).first() == Some(&(0..hit.len()))));
            }
        }
    }
}

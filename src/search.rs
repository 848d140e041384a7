//! Text search shared by the agenda and the question explorer: case- and accent-insensitive
//! matching ("siobhan" finds "Siobhán") and the ranges to highlight, in the original text.
//!
//! Folding maps each character to exactly one character (lowercase, diacritics dropped), so a
//! match in the folded text points straight back at the original characters.

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
        for start in 0..=chars.len() - needle.len() {
            let window = &chars[start..start + needle.len()];
            if window.iter().zip(&needle).all(|((c, _), n)| c == n) {
                let from = window.first().map_or(0, |(_, r)| r.start);
                let to = window.last().map_or(0, |(_, r)| r.end);
                // Kept in order as they are found (a handful per text): no sort, whose code
                // would be the only one in the agenda's wasm.
                let at = ranges.partition_point(|r| (r.start, r.end) <= (from, to));
                ranges.insert(at, from..to);
            }
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

/// Whether every term occurs in at least one of the texts.
pub fn matches_all<'a>(texts: impl Iterator<Item = &'a str> + Clone, terms: &[String]) -> bool {
    let folded: Vec<String> = texts.map(fold).collect();
    terms
        .iter()
        .all(|t| folded.iter().any(|f| f.contains(t.as_str())))
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
        fn every_range_is_a_match(text in "[a-zA-Záéíóú ]{0,40}", term in "[a-záé]{1,3}") {
            let t = terms(&term);
            for r in match_ranges(&text, &t) {
                let hit = fold(&text[r]);
                prop_assert!(t.iter().any(|x| hit.contains(x.as_str())));
            }
        }
    }
}

//! The CLDR plural rules of the six languages, and the texts with a form for each category.

use super::{fill, Lang};

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
    pub(super) fn read(lines: &mut dyn Iterator<Item = &'static str>) -> Option<Forms> {
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

impl Lang {
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
}

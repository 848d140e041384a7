//! The macro that declares a catalogue (a struct with a field per text, each required), with
//! its shape and its lines in a text file of the build; the trait of a catalogue the app can
//! load, and the fingerprint of a catalogue's fields.

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

pub(super) use catalogue;

/// A catalogue the app can read from a text file of the build (see
/// [`Texts::parse`](super::Texts::parse)).
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

//! Query strings: parsing and writing `?key=value&…`, total and bounded. Every parser of an
//! address reads its values from here, so the bounds ([`MAX_QUERY`], [`MAX_PAIRS`],
//! [`MAX_VALUES`]) hold for all of them.

use std::fmt;

/// The most of a query string the app reads: hosts accept addresses of 8 to 16 KB, and every
/// value of a query can end up on the page (a notice, six language links), so a longer one is
/// cut here, once, for every parser after it. A real link of the app (a shared agenda, a
/// search, a timer, the embedding parameters) is well under 1 KB.
pub const MAX_QUERY: usize = 4096;
/// The most `key=value` pairs read.
pub const MAX_PAIRS: usize = 32;
/// The most values read of a list (`kind=panel,plenary`, `theme=…`): a list names a few of a
/// handful of choices; the rest are counted and said in one notice, not one by one.
pub const MAX_VALUES: usize = 12;

/// A parsed query string: ordered `key=value` pairs, percent-decoded, bounded by
/// [`MAX_QUERY`] and [`MAX_PAIRS`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pairs: Vec<(String, String)>,
    /// Whether part of the query was beyond what is read.
    cut: bool,
}

/// The values of a list parameter: at most [`MAX_VALUES`] of them, and how many more there
/// were.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct List<'a> {
    pub values: Vec<&'a str>,
    pub more: usize,
}

/// Splits a comma-separated list (empty items skipped), in bounded memory: the values after
/// the first [`MAX_VALUES`] are only counted.
pub fn list(value: &str) -> List<'_> {
    let mut out = List::default();
    for v in value.split(',').filter(|v| !v.is_empty()) {
        if out.values.len() < MAX_VALUES {
            out.values.push(v);
        } else {
            out.more += 1;
        }
    }
    out
}

impl Query {
    /// Parses `?a=1&b=x%20y` (the `?` is optional). Never fails: bad escapes are kept as text
    /// and invalid UTF-8 becomes U+FFFD. Reads at most [`MAX_QUERY`] bytes and [`MAX_PAIRS`]
    /// pairs ([`Query::was_cut`] says whether there was more).
    pub fn parse(search: &str) -> Query {
        let s = search.strip_prefix('?').unwrap_or(search);
        let mut end = s.len().min(MAX_QUERY);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        let mut cut = end < s.len();
        let mut pairs = Vec::new();
        for pair in s[..end].split('&').filter(|p| !p.is_empty()) {
            if pairs.len() == MAX_PAIRS {
                cut = true;
                break;
            }
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            pairs.push((decode(k), decode(v)));
        }
        Query { pairs, cut }
    }

    /// Whether the address had more query than [`Query::parse`] reads.
    pub fn was_cut(&self) -> bool {
        self.cut
    }

    /// The first value of a key.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Sets a key to a value, or removes it with `None` (empty values count as `None`).
    /// The key keeps its place; repeated keys collapse into one.
    pub fn set(&mut self, key: &str, value: Option<&str>) {
        let value = value.filter(|v| !v.is_empty());
        let mut first = true;
        self.pairs.retain_mut(|(k, val)| {
            if k != key {
                return true;
            }
            let keep = first && value.is_some();
            if keep {
                *val = value.unwrap_or_default().to_string();
            }
            first = false;
            keep
        });
        if let (true, Some(v)) = (first, value) {
            self.pairs.push((key.to_string(), v.to_string()));
        }
    }

    pub fn with(mut self, key: &str, value: Option<&str>) -> Query {
        self.set(key, value);
        self
    }

    /// Only the pairs whose key is one of `keys`, in their order.
    pub fn keep(&self, keys: &[&str]) -> Query {
        Query {
            pairs: self
                .pairs
                .iter()
                .filter(|(k, _)| keys.contains(&k.as_str()))
                .cloned()
                .collect(),
            cut: false,
        }
    }
}

/// `?a=1&b=x%20y`, or the empty string for an empty query.
impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (k, v)) in self.pairs.iter().enumerate() {
            f.write_str(if i == 0 { "?" } else { "&" })?;
            f.write_str(&encode(k))?;
            f.write_str("=")?;
            f.write_str(&encode(v))?;
        }
        Ok(())
    }
}

/// A value from a URL, cut short for quoting it back in a message.
pub fn clip(s: &str) -> String {
    s.chars().take(40).collect()
}

/// Percent-encodes everything but unreserved characters and a few that read well in a URL.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b',' | b':' => {
                out.push(b as char)
            }
            b' ' => out.push_str("%20"),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` (a space in form encoding); anything malformed stays as it is.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok());
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(v) => {
                        out.push(v);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn keep_picks_keys_in_order() {
        let q = Query::parse("?t=abc&lang=fr&view=1&embed=1&theme=dark");
        assert_eq!(
            q.keep(&["embed", "lang", "theme"]).to_string(),
            "?lang=fr&embed=1&theme=dark"
        );
        assert_eq!(q.keep(&[]).to_string(), "");
    }

    #[test]
    fn a_query_is_read_within_bounds() {
        let long = format!("kind={}", ",a".repeat(6_000));
        let q = Query::parse(&long);
        assert!(q.was_cut());
        assert!(q.to_string().len() <= MAX_QUERY + 16);
        let many: String = (0..100).map(|i| format!("k{i}=v&")).collect();
        let q = Query::parse(&many);
        assert!(q.was_cut());
        assert_eq!(q.get("k31"), Some("v"));
        assert_eq!(q.get("k32"), None);
        assert!(!Query::parse("?a=1&b=2").was_cut());
        // Cut on a character boundary.
        let wide = "é".repeat(MAX_QUERY);
        assert!(Query::parse(&wide).was_cut());
        let fifty = ",x".repeat(50);
        let l = list(&fifty);
        assert_eq!((l.values.len(), l.more), (MAX_VALUES, 50 - MAX_VALUES));
    }

    proptest! {
        #[test]
        fn query_round_trips(pairs in proptest::collection::vec(("[a-z]{1,6}", ".{0,12}"), 0..5)) {
            let mut q = Query::default();
            for (k, v) in &pairs {
                q.set(k, Some(v));
            }
            prop_assert_eq!(Query::parse(&q.to_string()), q);
        }
    }
}

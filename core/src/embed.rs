//! Embedding in the event's webpage: the parameters a host may set on any route, read totally.
//!
//! `embed=1` switches embed mode on; `theme=light|dark|auto`; `accent=0a5797` (hex, 3 or 6
//! digits, `#` optional) recolours links and buttons when it keeps text readable (4.5:1 against
//! the page in that theme); `parent=https://host` names the host's origin for height messages.
//! Anything else is ignored with a warning for the console, never an error page.

use crate::query::{clip, Query};

/// A colour theme the host asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `0a5797`, `#0a5797` or `05a`.
    pub fn parse(s: &str) -> Option<Rgb> {
        let h = s.trim().trim_start_matches('#');
        if !h.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize, n: usize| u8::from_str_radix(h.get(i..i + n)?, 16).ok();
        match h.len() {
            6 => Some(Rgb(digit(0, 2)?, digit(2, 2)?, digit(4, 2)?)),
            3 => Some(Rgb(digit(0, 1)? * 17, digit(1, 1)? * 17, digit(2, 1)? * 17)),
            _ => None,
        }
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let c = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.04045 {
                s / 12.92
            } else {
                pow_2_4((s + 0.055) / 1.055)
            }
        };
        0.2126 * c(self.0) + 0.7152 * c(self.1) + 0.0722 * c(self.2)
    }

    /// WCAG contrast ratio with another colour.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

/// `x` to the power 2.4 for `x` in (0, 1], as `x² · (x²)^⅕`, the fifth root by Newton's method
/// (from 1, which is above it, so each step comes down until it stops). Not `f64::powf`: in
/// wasm that brings the general `pow` of libm, 2 KB, for this one exponent.
fn pow_2_4(x: f64) -> f64 {
    let a = x * x;
    let mut y = 1.0f64;
    for _ in 0..64 {
        let next = (4.0 * y + a / (y * y * y * y)) / 5.0;
        if next >= y {
            break;
        }
        y = next;
    }
    a * y
}

/// The page colours an accent must stand out from (see style/tokens.css).
pub const LIGHT_SURFACE: Rgb = Rgb(0xf6, 0xf7, 0xf9);
pub const DARK_SURFACE: Rgb = Rgb(0x22, 0x28, 0x31);

/// An accent colour, per theme: `None` where it would be hard to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Accent {
    pub light: Option<Rgb>,
    pub dark: Option<Rgb>,
}

/// The embedding parameters of a URL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Embed {
    pub on: bool,
    pub theme: Theme,
    pub accent: Accent,
    /// The host page's origin, for height messages.
    pub parent: Option<String>,
    /// What was ignored, for the console.
    pub warnings: Vec<String>,
}

/// A message the app sends the host page's `embed.js` (web/embed.js listens for both).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    /// `{type, height}`: the page's height, whenever it changes.
    Height,
    /// `{type}`: a new page inside the frame; bring its top into view.
    Top,
}

/// A message's `type`, named by the meeting (`gpa2021:height`), so two meetings' frames on one
/// host page never take each other's messages.
pub fn message(kind: Message) -> String {
    let name = match kind {
        Message::Height => "height",
        Message::Top => "top",
    };
    format!("{}:{name}", crate::programme::meeting().id)
}

/// The query keys that carry embed state from page to page inside the frame.
/// The values of `theme=` that are a colour theme (the explorer's topics never use them).
pub const COLOUR_THEMES: [&str; 3] = ["light", "dark", "auto"];

pub const KEYS: [&str; 4] = ["embed", "theme", "accent", "parent"];

/// An origin such as `https://example.org` or `http://127.0.0.1:4174`, nothing more.
fn valid_origin(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once("://") else {
        return false;
    };
    matches!(scheme, "http" | "https")
        && !rest.is_empty()
        && rest.len() <= 253
        && rest
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'))
}

impl Embed {
    pub fn from_query(q: &Query) -> Embed {
        let mut e = Embed {
            on: q.get("embed") == Some("1"),
            ..Embed::default()
        };
        // A host that wrote `embed=true` (or `yes`) is told how to switch embedding on.
        if let Some(other) = q.get("embed").filter(|v| !matches!(*v, "1" | "0" | "")) {
            e.warnings.push(format!(
                "embed \"{}\" is not 1; showing the full page (with its header and footer)",
                clip(other)
            ));
        }
        e.theme = match q.get("theme") {
            None | Some("auto") | Some("") => Theme::Auto,
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            // `theme=` is also the question explorer's filter (`theme=children,gender`): topics
            // are not a colour theme, and no reason for a warning.
            Some(other)
                if other
                    .split(',')
                    .all(|t| crate::programme::meeting().theme(t).is_some()) =>
            {
                Theme::Auto
            }
            // Said to a host that embeds the app; on a page of its own, an unknown `theme=` is
            // the question explorer's to report (as an unknown topic), not the console's.
            Some(other) => {
                if e.on {
                    e.warnings.push(format!(
                        "theme \"{}\" is not light, dark or auto; following the system",
                        clip(other)
                    ));
                }
                Theme::Auto
            }
        };
        if let Some(a) = q.get("accent").filter(|a| !a.is_empty()) {
            match Rgb::parse(a) {
                None => e.warnings.push(format!(
                    "accent \"{}\" is not a hex colour such as 0a5797; using the default",
                    clip(a)
                )),
                Some(c) => {
                    let light = (c.contrast(LIGHT_SURFACE) >= 4.5).then_some(c);
                    let dark = (c.contrast(DARK_SURFACE) >= 4.5).then_some(c);
                    if light.is_none() && e.theme != Theme::Dark {
                        e.warnings.push(format!("accent {} is too light to read on the light theme; using the default there", c.hex()));
                    }
                    if dark.is_none() && e.theme != Theme::Light {
                        e.warnings.push(format!("accent {} is too dark to read on the dark theme; using the default there", c.hex()));
                    }
                    e.accent = Accent { light, dark };
                }
            }
        }
        if let Some(p) = q.get("parent").filter(|p| !p.is_empty()) {
            if valid_origin(p) {
                e.parent = Some(p.to_string());
            } else {
                e.warnings.push(format!("parent \"{}\" is not an origin such as https://example.org; height messages go to any parent", clip(p)));
            }
        }
        e
    }

    /// Copies the embed state into a query, so it survives moving to another page in the frame.
    pub fn carry(q: &Query, into: Query) -> Query {
        KEYS.iter().fold(into, |acc, k| acc.with(k, q.get(k)))
    }

    /// A query without the embed keys (the link "open the full programme" uses it).
    pub fn strip(q: &Query) -> Query {
        KEYS.iter().fold(q.clone(), |acc, k| acc.with(k, None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn parse(s: &str) -> Embed {
        Embed::from_query(&Query::parse(s))
    }

    #[test]
    fn the_power_equals_powf_for_every_channel_value() {
        for v in 11u8..=255 {
            let x = (f64::from(v) / 255.0 + 0.055) / 1.055;
            let (ours, std) = (pow_2_4(x), x.powf(2.4));
            assert!(
                (ours - std).abs() <= 1e-14 * std.max(1e-300),
                "{v}: {ours} vs {std}"
            );
        }
        assert_eq!(pow_2_4(1.0), 1.0);
        // Known WCAG values: white on black is 21:1, and #767676 on white is just over 4.5:1.
        let (white, black) = (Rgb(255, 255, 255), Rgb(0, 0, 0));
        assert!((white.contrast(black) - 21.0).abs() < 1e-9);
        let grey = Rgb(0x76, 0x76, 0x76).contrast(white);
        assert!(grey > 4.5 && grey < 4.55, "{grey}");
    }

    #[test]
    fn parameters() {
        let e = parse("embed=1&theme=dark&accent=%237cc0ff&parent=http://127.0.0.1:4174");
        assert!(e.on);
        assert_eq!(e.theme, Theme::Dark);
        assert_eq!(e.accent.dark, Some(Rgb(0x7c, 0xc0, 0xff)));
        assert_eq!(e.accent.light, None, "too light for the light theme");
        assert_eq!(e.parent.as_deref(), Some("http://127.0.0.1:4174"));
        assert!(e.warnings.is_empty(), "{:?}", e.warnings);
        assert_eq!(parse("accent=05a").accent.light, Some(Rgb(0, 0x55, 0xaa)));
    }

    #[test]
    fn bad_values_warn_and_fall_back() {
        // The explorer's topics share `theme=`: no colour theme, and no warning.
        let topics = parse("embed=1&theme=children,technology");
        assert_eq!(topics.theme, Theme::Auto);
        assert!(topics.warnings.is_empty());
        let e = parse("embed=1&theme=purple&accent=javascript:alert(1)&parent=javascript:x");
        assert_eq!(e.theme, Theme::Auto);
        assert_eq!(e.accent, Accent::default());
        assert_eq!(e.parent, None);
        assert_eq!(e.warnings.len(), 3);
        // Outside embed mode an unknown `theme=` is the explorer's unknown topic: no warning.
        let alone = parse("theme=zzz");
        assert_eq!((alone.theme, alone.warnings.len()), (Theme::Auto, 0));
        let pale = parse("accent=ffff00");
        assert_eq!(pale.accent.light, None);
        assert!(pale.warnings[0].contains("too light"));
        // `embed=true` is not `embed=1`: the full page, and a warning that says so.
        let yes = parse("embed=true");
        assert!(!yes.on);
        assert!(yes.warnings[0].contains("embed \"true\" is not 1"));
        assert!(parse("embed=0").warnings.is_empty());
    }

    #[test]
    fn contrast_matches_wcag() {
        assert!((Rgb(0, 0, 0).contrast(Rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
        assert!(Rgb(0x0a, 0x57, 0x97).contrast(LIGHT_SURFACE) > 4.5);
    }

    #[test]
    fn carry_and_strip() {
        let q = Query::parse("embed=1&theme=dark&day=mon");
        assert_eq!(
            Embed::carry(&q, Query::parse("id=panel-1")).to_string(),
            "?id=panel-1&embed=1&theme=dark"
        );
        assert_eq!(Embed::strip(&q).to_string(), "?day=mon");
    }

    proptest! {
        #[test]
        fn no_query_panics(s in ".{0,80}") {
            let _ = parse(&s);
            let _ = Rgb::parse(&s);
        }
    }
}

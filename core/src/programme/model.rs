//! The programme model: plain, `'static`, const-constructible data types for one meeting.
//!
//! The values live in `data/programme.toml`; `build.rs` reads that file, validates it with
//! [`super::validate`] and turns it into a `static` of these types, so the app carries no
//! parser for it. This file is also compiled into `build.rs` (via `#[path]`), which is why
//! it depends on nothing but `core` and the civil time types (`time/civil.rs`, compiled
//! in beside it).

pub use crate::time::{ClockTime, Date};

/// The kinds of session the programme has; they drive the agenda's kind filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SessionKind {
    Opening,
    Plenary,
    Panel,
    Closing,
}

impl SessionKind {
    pub const ALL: [SessionKind; 4] = [
        SessionKind::Opening,
        SessionKind::Plenary,
        SessionKind::Panel,
        SessionKind::Closing,
    ];

    /// The short name used in the data file and in URLs.
    pub const fn slug(self) -> &'static str {
        match self {
            SessionKind::Opening => "opening",
            SessionKind::Plenary => "plenary",
            SessionKind::Panel => "panel",
            SessionKind::Closing => "closing",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        SessionKind::ALL.into_iter().find(|k| k.slug() == s)
    }

    /// A visitor-facing name.
    pub const fn label(self) -> &'static str {
        match self {
            SessionKind::Opening => "Opening",
            SessionKind::Plenary => "Plenary",
            SessionKind::Panel => "Panel discussion",
            SessionKind::Closing => "Closing",
        }
    }
}

/// The whole meeting: the one root of the bundled data.
#[derive(Debug)]
pub struct Meeting {
    /// A short name of the meeting for the app's own use (editorial): its storage keys, its
    /// channel between windows, its caches, its file names. Two meetings' apps on one origin
    /// so never share a queue or "my agenda".
    pub id: &'static str,
    pub title: &'static str,
    pub short_title: &'static str,
    pub edition: &'static str,
    pub assembly_session: &'static str,
    pub presidency: &'static str,
    pub document: &'static str,
    pub dates: &'static str,
    pub venue: &'static str,
    /// Offset of the official time zone from UTC, in minutes (New York in November: −300).
    pub utc_offset_minutes: i32,
    pub time_zone_label: &'static str,
    pub hashtag: &'static str,
    pub artwork_credit: &'static str,
    /// Intervention limit for an individual delegation, in minutes.
    pub delegation_minutes: u32,
    /// Intervention limit for a regional group statement, in minutes.
    pub regional_group_minutes: u32,
    pub days: &'static [Day],
    pub speakers: &'static [Speaker],
    pub sessions: &'static [Session],
    pub themes: &'static [Theme],
    pub panels: &'static [Panel],
}

/// A General Assembly resolution the concept note cites.
#[derive(Debug)]
pub struct Resolution {
    pub symbol: &'static str,
    pub date: Option<&'static str>,
    pub title: Option<&'static str>,
    /// What the seed says the resolution is, where it gives no title.
    pub note: Option<&'static str>,
}

#[derive(Debug)]
pub struct Day {
    pub id: &'static str,
    pub date: Date,
    pub label: &'static str,
    pub venue: &'static str,
}

#[derive(Debug)]
pub struct Speaker {
    pub id: &'static str,
    pub honorific: &'static str,
    pub name: &'static str,
    pub role: &'static str,
}

/// One line of a session's programme, optionally tied to a named speaker.
#[derive(Debug)]
pub struct Item {
    pub text: &'static str,
    pub speaker: Option<&'static str>,
}

#[derive(Debug)]
pub struct Session {
    pub id: &'static str,
    /// The id of a [`Day`].
    pub day: &'static str,
    pub start: ClockTime,
    pub end: ClockTime,
    pub kind: SessionKind,
    pub title: &'static str,
    pub subtitle: Option<&'static str>,
    pub venue: &'static str,
    /// Ids of [`Speaker`]s, in programme order.
    pub speakers: &'static [&'static str],
    pub items: &'static [Item],
    /// The number of the [`Panel`] this session holds, if it is a panel discussion.
    pub panel: Option<u8>,
}

/// An editorial theme used to tag guiding questions and background paragraphs.
#[derive(Debug)]
pub struct Theme {
    pub id: &'static str,
    pub label: &'static str,
}

#[derive(Debug)]
pub struct GuidingQuestion {
    pub number: u8,
    pub text: &'static str,
    /// Ids of [`Theme`]s.
    pub tags: &'static [&'static str],
}

#[derive(Debug)]
pub struct Paragraph {
    pub text: &'static str,
    pub tags: &'static [&'static str],
}

#[derive(Debug)]
pub struct BackgroundPaper {
    pub title: &'static str,
    /// The quoted theme the paper opens with (worded slightly differently from the programme's).
    pub heading: &'static str,
    pub paragraphs: &'static [Paragraph],
}

/// A part of "every ten victims detected".
#[derive(Debug)]
pub struct OfTen {
    pub label: &'static str,
    pub count: u8,
}

/// A share of detected victims, as the paper states it.
#[derive(Debug)]
pub struct Share {
    pub label: &'static str,
    pub numerator: u8,
    pub denominator: u8,
    /// The share is more than the fraction (drawn open-ended, past its mark).
    pub more_than: bool,
    /// The words the paper states the figure in ("about one third").
    pub stated: &'static str,
    pub quote: &'static str,
}

/// Figures a background paper gives, drawn as a picture.
#[derive(Debug)]
pub struct KeyFigures {
    pub source: &'static str,
    pub of_ten_quote: &'static str,
    pub of_ten: &'static [OfTen],
    pub shares: &'static [Share],
}

#[derive(Debug)]
pub struct Panel {
    pub number: u8,
    /// The id of the [`Session`] that holds this panel.
    pub session: &'static str,
    pub name: &'static str,
    pub theme: &'static str,
    pub structure: &'static str,
}

/// The meeting's longer texts: its background and format, the resolutions it cites and the
/// panels' guiding questions. Kept apart from [`Meeting`] (as [`PanelPaper`] is) so that only
/// the bundles that show them carry their text: the agenda shows none of them.
#[derive(Debug)]
pub struct Notes {
    pub background: &'static [&'static str],
    pub format: &'static [&'static str],
    pub resolutions: &'static [Resolution],
    pub panels: &'static [PanelQuestions],
}

/// A panel's guiding questions (see [`Notes`]).
#[derive(Debug)]
pub struct PanelQuestions {
    /// The number of the [`Panel`].
    pub panel: u8,
    pub intro: &'static str,
    pub questions: &'static [GuidingQuestion],
}

impl Notes {
    /// The guiding questions of panel `number`, with their introduction.
    pub fn panel(&self, number: u8) -> Option<&'static PanelQuestions> {
        self.panels.iter().find(|q| q.panel == number)
    }

    /// The guiding questions of panel `number` (none for an unknown panel).
    pub fn questions_of(&self, number: u8) -> &'static [GuidingQuestion] {
        self.panel(number).map_or(&[], |q| q.questions)
    }
}

/// The background paper of a panel, and the figures it gives. Kept apart from [`Meeting`] so
/// that only the bundle that shows the papers (the question explorer) carries their text.
#[derive(Debug)]
pub struct PanelPaper {
    /// The number of the [`Panel`] this paper belongs to.
    pub panel: u8,
    pub paper: BackgroundPaper,
    pub figures: Option<KeyFigures>,
}

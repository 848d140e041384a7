//! Turns `data/programme.toml` into a `static` of the programme model.
//!
//! The data file is parsed here, on the build machine, so the wasm carries no TOML parser:
//! the programme ends up as constant data. The model and its validation are the app's own
//! (`src/programme/{model,validate}.rs`, shared by `#[path]`), so a data mistake stops the
//! build with the same message the native tests give.

#[path = "src/time/civil.rs"]
mod civil;
mod time {
    pub use super::civil::{ClockTime, Date};
}
#[path = "src/programme/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "src/programme/validate.rs"]
mod validate;

use model::*;
use serde::Deserialize;
use std::fmt::Write as _;

// The data file, relative to this crate (cargo runs build scripts in the crate's folder).
const DATA: &str = "../data/programme.toml";

fn main() {
    println!("cargo:rerun-if-changed={DATA}");
    println!("cargo:rerun-if-changed=src/programme/model.rs");
    println!("cargo:rerun-if-changed=src/time/civil.rs");
    println!("cargo:rerun-if-changed=src/programme/validate.rs");
    let text =
        std::fs::read_to_string(DATA).unwrap_or_else(|e| fail(&format!("cannot read {DATA}: {e}")));
    let file: File =
        toml::from_str(&text).unwrap_or_else(|e| fail(&format!("{DATA} is not valid: {e}")));
    let (meeting, papers, notes) = file.into_model();
    let errors = validate::validate(&meeting, &papers, &notes);
    if !errors.is_empty() {
        let list: Vec<String> = errors.iter().map(|e| format!("  - {e}")).collect();
        fail(&format!(
            "{DATA} has {} problem(s):\n{}",
            errors.len(),
            list.join("\n")
        ));
    }
    let out =
        std::path::Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR not set")))
            .join("programme_data.rs");
    let code = format!(
        "pub static MEETING: Meeting = {};\npub static PAPERS: [PanelPaper; {}] = [{}];\npub static NOTES: Notes = {};\n",
        emit_meeting(&meeting),
        papers.len(),
        papers.iter().map(emit_paper).collect::<Vec<_>>().join(", "),
        emit_notes(&notes)
    );
    std::fs::write(&out, code)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
}

fn fail(msg: &str) -> ! {
    eprintln!("error: {msg}");
    std::process::exit(1)
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn leak_all(v: Vec<String>) -> &'static [&'static str] {
    Box::leak(
        v.into_iter()
            .map(leak)
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    )
}

fn leak_slice<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

// ---- the file's shape ------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    meeting: MeetingDto,
    resolutions: Vec<ResolutionDto>,
    days: Vec<DayDto>,
    speakers: Vec<SpeakerDto>,
    sessions: Vec<SessionDto>,
    themes: Vec<ThemeDto>,
    panels: Vec<PanelDto>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MeetingDto {
    id: String,
    title: String,
    short_title: String,
    edition: String,
    assembly_session: String,
    presidency: String,
    document: String,
    dates: String,
    venue: String,
    utc_offset_minutes: i32,
    time_zone_label: String,
    hashtag: String,
    artwork_credit: String,
    delegation_minutes: u32,
    regional_group_minutes: u32,
    background: Vec<String>,
    format: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ResolutionDto {
    symbol: String,
    date: Option<String>,
    title: Option<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DayDto {
    id: String,
    date: String,
    label: String,
    venue: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SpeakerDto {
    id: String,
    honorific: String,
    name: String,
    role: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemDto {
    text: String,
    speaker: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SessionDto {
    id: String,
    day: String,
    start: String,
    end: String,
    kind: String,
    title: String,
    subtitle: Option<String>,
    venue: String,
    #[serde(default)]
    speakers: Vec<String>,
    #[serde(default)]
    items: Vec<ItemDto>,
    panel: Option<u8>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeDto {
    id: String,
    label: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionDto {
    number: u8,
    text: String,
    tags: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ParagraphDto {
    text: String,
    tags: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PaperDto {
    title: String,
    heading: String,
    paragraphs: Vec<ParagraphDto>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OfTenDto {
    label: String,
    count: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ShareDto {
    label: String,
    numerator: u8,
    denominator: u8,
    /// The share is more than the fraction ("more than 50 per cent").
    #[serde(default)]
    more_than: bool,
    stated: String,
    quote: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FiguresDto {
    source: String,
    of_ten_quote: String,
    of_ten: Vec<OfTenDto>,
    shares: Vec<ShareDto>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PanelDto {
    number: u8,
    session: String,
    name: String,
    theme: String,
    structure: String,
    questions_intro: String,
    questions: Vec<QuestionDto>,
    paper: PaperDto,
    figures: Option<FiguresDto>,
}

// ---- into the model --------------------------------------------------------------------

fn parse_date(s: &str) -> Date {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |i: usize| -> i32 {
        parts
            .get(i)
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| fail(&format!("bad date \"{s}\", want YYYY-MM-DD")))
    };
    let (year, month, day) = (num(0), num(1), num(2));
    if parts.len() != 3 || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        fail(&format!("bad date \"{s}\", want YYYY-MM-DD"));
    }
    Date {
        year,
        month: month as u8,
        day: day as u8,
    }
}

fn parse_time(s: &str, at: &str) -> ClockTime {
    let parsed = s
        .split_once(':')
        .and_then(|(h, m)| Some((h.parse::<u8>().ok()?, m.parse::<u8>().ok()?)));
    match parsed {
        Some((hour, minute)) => ClockTime { hour, minute },
        None => fail(&format!("{at}: bad time \"{s}\", want HH:MM")),
    }
}

impl File {
    /// The meeting, and apart from it the panels' papers (see `PanelPaper`) and the longer
    /// texts (see `Notes`).
    fn into_model(self) -> (Meeting, Vec<PanelPaper>, Notes) {
        let m = self.meeting;
        let mut panels = Vec::new();
        let mut papers = Vec::new();
        let mut questions = Vec::new();
        for (p, paper, q) in self.panels.into_iter().map(panel) {
            panels.push(p);
            papers.push(paper);
            questions.push(q);
        }
        let meeting = Meeting {
            id: leak(m.id),
            title: leak(m.title),
            short_title: leak(m.short_title),
            edition: leak(m.edition),
            assembly_session: leak(m.assembly_session),
            presidency: leak(m.presidency),
            document: leak(m.document),
            dates: leak(m.dates),
            venue: leak(m.venue),
            utc_offset_minutes: m.utc_offset_minutes,
            time_zone_label: leak(m.time_zone_label),
            hashtag: leak(m.hashtag),
            artwork_credit: leak(m.artwork_credit),
            delegation_minutes: m.delegation_minutes,
            regional_group_minutes: m.regional_group_minutes,
            days: leak_slice(
                self.days
                    .into_iter()
                    .map(|d| Day {
                        date: parse_date(&d.date),
                        id: leak(d.id),
                        label: leak(d.label),
                        venue: leak(d.venue),
                    })
                    .collect(),
            ),
            speakers: leak_slice(
                self.speakers
                    .into_iter()
                    .map(|s| Speaker {
                        id: leak(s.id),
                        honorific: leak(s.honorific),
                        name: leak(s.name),
                        role: leak(s.role),
                    })
                    .collect(),
            ),
            sessions: leak_slice(self.sessions.into_iter().map(session).collect()),
            themes: leak_slice(
                self.themes
                    .into_iter()
                    .map(|t| Theme {
                        id: leak(t.id),
                        label: leak(t.label),
                    })
                    .collect(),
            ),
            panels: leak_slice(panels),
        };
        let notes = Notes {
            background: leak_all(m.background),
            format: leak_all(m.format),
            resolutions: leak_slice(
                self.resolutions
                    .into_iter()
                    .map(|r| Resolution {
                        symbol: leak(r.symbol),
                        date: r.date.map(leak),
                        title: r.title.map(leak),
                        note: r.note.map(leak),
                    })
                    .collect(),
            ),
            panels: leak_slice(questions),
        };
        (meeting, papers, notes)
    }
}

fn session(s: SessionDto) -> Session {
    let at = format!("session \"{}\"", s.id);
    Session {
        start: parse_time(&s.start, &at),
        end: parse_time(&s.end, &at),
        kind: SessionKind::from_slug(&s.kind).unwrap_or_else(|| {
            fail(&format!(
                "{at}: kind \"{}\" is not opening, plenary, panel or closing",
                s.kind
            ))
        }),
        id: leak(s.id),
        day: leak(s.day),
        title: leak(s.title),
        subtitle: s.subtitle.map(leak),
        venue: leak(s.venue),
        speakers: leak_all(s.speakers),
        items: leak_slice(
            s.items
                .into_iter()
                .map(|i| Item {
                    text: leak(i.text),
                    speaker: i.speaker.map(leak),
                })
                .collect(),
        ),
        panel: s.panel,
    }
}

fn panel(p: PanelDto) -> (Panel, PanelPaper, PanelQuestions) {
    let panel = Panel {
        number: p.number,
        session: leak(p.session),
        name: leak(p.name),
        theme: leak(p.theme),
        structure: leak(p.structure),
    };
    let questions = PanelQuestions {
        panel: p.number,
        intro: leak(p.questions_intro),
        questions: leak_slice(
            p.questions
                .into_iter()
                .map(|q| GuidingQuestion {
                    number: q.number,
                    text: leak(q.text),
                    tags: leak_all(q.tags),
                })
                .collect(),
        ),
    };
    let paper = PanelPaper {
        panel: p.number,
        paper: BackgroundPaper {
            title: leak(p.paper.title),
            heading: leak(p.paper.heading),
            paragraphs: leak_slice(
                p.paper
                    .paragraphs
                    .into_iter()
                    .map(|x| Paragraph {
                        text: leak(x.text),
                        tags: leak_all(x.tags),
                    })
                    .collect(),
            ),
        },
        figures: p.figures.map(|f| KeyFigures {
            source: leak(f.source),
            of_ten_quote: leak(f.of_ten_quote),
            of_ten: leak_slice(
                f.of_ten
                    .into_iter()
                    .map(|o| OfTen {
                        label: leak(o.label),
                        count: o.count,
                    })
                    .collect(),
            ),
            shares: leak_slice(
                f.shares
                    .into_iter()
                    .map(|s| Share {
                        label: leak(s.label),
                        numerator: s.numerator,
                        denominator: s.denominator,
                        more_than: s.more_than,
                        stated: leak(s.stated),
                        quote: leak(s.quote),
                    })
                    .collect(),
            ),
        }),
    };
    (panel, paper, questions)
}

// ---- out as Rust -----------------------------------------------------------------------

/// A Rust string literal (`Debug` of `str` escapes exactly as Rust source needs).
fn s(v: &str) -> String {
    format!("{v:?}")
}

fn opt(v: Option<&str>) -> String {
    v.map_or_else(|| "None".to_string(), |x| format!("Some({})", s(x)))
}

fn strs(v: &[&str]) -> String {
    format!(
        "&[{}]",
        v.iter().map(|x| s(x)).collect::<Vec<_>>().join(", ")
    )
}

fn list<T>(v: &[T], f: impl Fn(&T) -> String) -> String {
    format!("&[{}]", v.iter().map(f).collect::<Vec<_>>().join(",\n"))
}

fn time(t: ClockTime) -> String {
    format!("ClockTime {{ hour: {}, minute: {} }}", t.hour, t.minute)
}

fn emit_meeting(m: &Meeting) -> String {
    let mut o = String::from("Meeting {\n");
    for (k, v) in [
        ("id", m.id),
        ("title", m.title),
        ("short_title", m.short_title),
        ("edition", m.edition),
        ("assembly_session", m.assembly_session),
        ("presidency", m.presidency),
        ("document", m.document),
        ("dates", m.dates),
        ("venue", m.venue),
        ("time_zone_label", m.time_zone_label),
        ("hashtag", m.hashtag),
        ("artwork_credit", m.artwork_credit),
    ] {
        let _ = writeln!(o, "{k}: {},", s(v));
    }
    let _ = writeln!(o, "utc_offset_minutes: {},", m.utc_offset_minutes);
    let _ = writeln!(o, "delegation_minutes: {},", m.delegation_minutes);
    let _ = writeln!(o, "regional_group_minutes: {},", m.regional_group_minutes);
    let _ = writeln!(
        o,
        "days: {},",
        list(m.days, |d| format!(
            "Day {{ id: {}, date: Date {{ year: {}, month: {}, day: {} }}, label: {}, venue: {} }}",
            s(d.id),
            d.date.year,
            d.date.month,
            d.date.day,
            s(d.label),
            s(d.venue)
        ))
    );
    let _ = writeln!(
        o,
        "speakers: {},",
        list(m.speakers, |p| format!(
            "Speaker {{ id: {}, honorific: {}, name: {}, role: {} }}",
            s(p.id),
            s(p.honorific),
            s(p.name),
            s(p.role)
        ))
    );
    let _ = writeln!(
        o,
        "sessions: {},",
        list(m.sessions, |x| {
            format!(
            "Session {{ id: {}, day: {}, start: {}, end: {}, kind: SessionKind::{:?}, title: {}, subtitle: {}, venue: {}, speakers: {}, items: {}, panel: {:?} }}",
            s(x.id),
            s(x.day),
            time(x.start),
            time(x.end),
            x.kind,
            s(x.title),
            opt(x.subtitle),
            s(x.venue),
            strs(x.speakers),
            list(x.items, |i| format!("Item {{ text: {}, speaker: {} }}", s(i.text), opt(i.speaker))),
            x.panel
        )
        })
    );
    let _ = writeln!(
        o,
        "themes: {},",
        list(m.themes, |t| format!(
            "Theme {{ id: {}, label: {} }}",
            s(t.id),
            s(t.label)
        ))
    );
    let _ = writeln!(o, "panels: {},", list(m.panels, emit_panel));
    o.push('}');
    o
}

fn emit_panel(p: &Panel) -> String {
    format!(
        "Panel {{ number: {}, session: {}, name: {}, theme: {}, structure: {} }}",
        p.number,
        s(p.session),
        s(p.name),
        s(p.theme),
        s(p.structure),
    )
}

fn emit_notes(n: &Notes) -> String {
    format!(
        "Notes {{ background: {}, format: {}, resolutions: {}, panels: {} }}",
        strs(n.background),
        strs(n.format),
        list(n.resolutions, |r| format!(
            "Resolution {{ symbol: {}, date: {}, title: {}, note: {} }}",
            s(r.symbol),
            opt(r.date),
            opt(r.title),
            opt(r.note)
        )),
        list(n.panels, |p| format!(
            "PanelQuestions {{ panel: {}, intro: {}, questions: {} }}",
            p.panel,
            s(p.intro),
            list(p.questions, |q| format!(
                "GuidingQuestion {{ number: {}, text: {}, tags: {} }}",
                q.number,
                s(q.text),
                strs(q.tags)
            ))
        ))
    )
}

fn emit_paper(p: &PanelPaper) -> String {
    let figures = p.figures.as_ref().map_or_else(
        || "None".to_string(),
        |f| {
            format!(
                "Some(KeyFigures {{ source: {}, of_ten_quote: {}, of_ten: {}, shares: {} }})",
                s(f.source),
                s(f.of_ten_quote),
                list(f.of_ten, |x| format!(
                    "OfTen {{ label: {}, count: {} }}",
                    s(x.label),
                    x.count
                )),
                list(f.shares, |x| format!(
                    "Share {{ label: {}, numerator: {}, denominator: {}, more_than: {}, stated: {}, quote: {} }}",
                    s(x.label),
                    x.numerator,
                    x.denominator,
                    x.more_than,
                    s(x.stated),
                    s(x.quote)
                ))
            )
        },
    );
    format!(
        "PanelPaper {{ panel: {}, paper: BackgroundPaper {{ title: {}, heading: {}, paragraphs: {} }}, figures: {} }}",
        p.panel,
        s(p.paper.title),
        s(p.paper.heading),
        list(p.paper.paragraphs, |x| format!("Paragraph {{ text: {}, tags: {} }}", s(x.text), strs(x.tags))),
        figures
    )
}

//! From the data file's shape into the model: dates and times parsed, every text leaked into
//! a `&'static str` so the model is the one the app's code uses.

use crate::fail;
use crate::model::*;
use crate::shape::*;

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
    pub(crate) fn into_model(self) -> (Meeting, Vec<PanelPaper>, Notes) {
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

//! Every text in the bundled programme is checked against the seed document
//! (`tests/fixtures/seed.txt`, a copy of the concept note and programme): texts must appear
//! in it verbatim, and the facts the foundation issue lists are checked one by one.

use meeting_core::programme::meeting;
use meeting_core::programme::model::SessionKind;

/// The seed with its markdown (bold, italics, `[74/176](#)` links, bullets) removed and
/// whitespace collapsed, and the one OCR slip ("Alairno") noted in the data file mended.
fn seed() -> String {
    let raw = include_str!("../../tests/fixtures/seed.txt");
    let mut s = raw
        .replace("**", "")
        .replace("](#)", "")
        .replace(['[', '*'], "");
    s = s.replace("Alairno", "Alaimo");
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_in_seed(seed: &str, what: &str, text: &str) {
    assert!(
        seed.contains(&norm(text)),
        "{what} is not verbatim in the seed: {text:?}"
    );
}

#[test]
fn every_text_is_verbatim() {
    let seed = seed();
    let m = meeting();
    let mut texts: Vec<(&str, &str)> = vec![
        ("short title", m.short_title),
        ("edition", m.edition),
        ("assembly session", m.assembly_session),
        ("presidency", m.presidency),
        ("document", m.document),
        ("dates", m.dates),
        ("venue", m.venue),
        ("hashtag", m.hashtag),
        ("artwork credit", m.artwork_credit),
    ];
    // The title appears in the seed in capitals and inside resolution 75/283's title.
    assert!(
        seed.to_lowercase().contains(&m.title.to_lowercase()),
        "title"
    );
    texts.extend(
        m.background()
            .iter()
            .chain(m.format())
            .map(|p| ("meeting paragraph", *p)),
    );
    for r in m.resolutions() {
        texts.push(("resolution symbol", r.symbol));
        texts.extend(r.date.map(|d| ("resolution date", d)));
        texts.extend(r.title.map(|t| ("resolution title", t)));
        texts.extend(r.note.map(|t| ("resolution note", t)));
    }
    for d in m.days {
        texts.push(("day label", d.label));
        texts.push(("day venue", d.venue));
    }
    for s in m.speakers {
        // Honorific, name and role exactly as printed: "H.E. Mr. Abdulla Shahid, President of …".
        let line = format!("{} {}, {}", s.honorific, s.name, s.role);
        texts.push(("speaker", Box::leak(line.into_boxed_str())));
    }
    for s in m.sessions {
        texts.push(("session title", s.title));
        texts.extend(s.subtitle.map(|t| ("session subtitle", t)));
        texts.push(("session venue", s.venue));
        texts.extend(s.items.iter().map(|i| ("session item", i.text)));
    }
    for p in m.panels {
        let pp = p.paper().expect("every panel has a paper");
        texts.push(("panel theme", p.theme));
        texts.push(("panel structure", p.structure));
        texts.push(("panel questions intro", p.questions_intro()));
        texts.push(("paper title", pp.paper.title));
        texts.push(("paper heading", pp.paper.heading));
        for q in p.questions() {
            let numbered = format!("{}. {}", q.number, q.text);
            texts.push(("guiding question", Box::leak(numbered.into_boxed_str())));
        }
        texts.extend(
            pp.paper
                .paragraphs
                .iter()
                .map(|x| ("paper paragraph", x.text)),
        );
        if let Some(f) = &pp.figures {
            texts.push(("figure source", f.source));
            texts.push(("figure quote", f.of_ten_quote));
            for s in f.shares {
                texts.push(("share quote", s.quote));
                assert!(
                    s.quote.contains(s.stated),
                    "{} states {}",
                    s.quote,
                    s.stated
                );
            }
        }
    }
    for (what, text) in texts {
        assert_in_seed(&seed, what, text);
    }
}

#[test]
fn the_programme_as_the_seed_gives_it() {
    let m = meeting();
    let rows: Vec<String> = m
        .sessions
        .iter()
        .map(|s| {
            format!(
                "{} {} {} {:?} {}",
                s.day,
                m.time_range(s),
                s.title,
                s.kind,
                s.speakers.len()
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            "mon 10:00–11:00 Opening Plenary Meeting Opening 6",
            "mon 11:00–13:00 Adoption of the Political Declaration Plenary 0",
            "mon 15:00–16:30 Panel Discussion 1 Panel 0",
            "mon 16:30–18:00 Panel Discussion 2 Panel 0",
            "tue 10:00–13:00 Plenary Meetings Plenary 0",
            "tue 15:00–17:30 Plenary Meetings Plenary 0",
            "tue 17:30–18:00 Closing Plenary Meeting Closing 0",
        ]
    );
    assert_eq!(m.utc_offset_minutes, -300, "New York is on EST in November");
    assert_eq!((m.delegation_minutes, m.regional_group_minutes), (2, 3));
    let closing = m.session("closing-plenary").map(|s| s.items.len());
    assert_eq!(closing, Some(2));
    assert!(m.sessions.iter().any(|s| s.kind == SessionKind::Closing));
}

#[test]
fn six_speakers_with_roles() {
    let m = meeting();
    let got: Vec<(String, &str)> = m.speakers.iter().map(|s| (s.full_name(), s.role)).collect();
    assert_eq!(
        got,
        [
            (
                "H.E. Mr. Abdulla Shahid".to_string(),
                "President of the General Assembly"
            ),
            (
                "H.E. Ms. Amina Mohammed".to_string(),
                "Deputy Secretary-General of the United Nations"
            ),
            (
                "Ms. Ghada Waly".to_string(),
                "Executive Director of the United Nations Office on Drugs and Crime (UNODC)"
            ),
            (
                "Ms. Siobhán Mullally".to_string(),
                "Special Rapporteur on Trafficking in Persons, especially women and children"
            ),
            (
                "Ms. Yasmeen Hassan".to_string(),
                "Global Executive Director, Equality Now"
            ),
            (
                "Ms. Malaika Oringo".to_string(),
                "Founder and CEO of Footprint to Freedom and Survivor of trafficking in persons"
            ),
        ]
    );
}

/// The 13 guiding questions, read straight out of the seed's numbered lists, must equal the data.
#[test]
fn thirteen_guiding_questions_match_the_seed() {
    let raw = include_str!("../../tests/fixtures/seed.txt");
    let sections: Vec<&str> = raw.split("Guiding Questions").skip(1).collect();
    assert_eq!(sections.len(), 2, "the seed has two guiding-question lists");
    let m = meeting();
    let mut total = 0;
    for (panel, section) in m.panels.iter().zip(sections) {
        let section = section.split("16.30 – 18.00").next().unwrap_or(section);
        let section = section
            .split("Tuesday, 23 November")
            .next()
            .unwrap_or(section);
        let from_seed: Vec<String> = section
            .lines()
            .map(str::trim)
            .filter_map(|l| {
                let (n, rest) = l.split_once(". ")?;
                n.parse::<u8>().ok().map(|_| norm(rest))
            })
            .collect();
        let ours: Vec<String> = panel.questions().iter().map(|q| norm(q.text)).collect();
        assert_eq!(ours, from_seed, "panel {}", panel.number);
        total += ours.len();
    }
    assert_eq!(total, 13);
    assert_eq!(
        m.panels
            .iter()
            .map(|p| p.questions().len())
            .collect::<Vec<_>>(),
        [7, 6]
    );
}

#[test]
fn background_papers_cover_the_seed_paragraph_by_paragraph() {
    let raw = include_str!("../../tests/fixtures/seed.txt");
    let m = meeting();
    for p in m.panels {
        let pp = p.paper().expect("every panel has a paper");
        let start = raw.find(pp.paper.title).expect("paper title in seed");
        let rest = &raw[start..];
        let body = rest.split("\nBackground\n").nth(1).unwrap_or("");
        let body = body.split("Background Paper:").next().unwrap_or(body);
        let from_seed: Vec<String> = body
            .split("\n\n")
            .map(norm)
            .filter(|para| !para.is_empty() && !para.starts_with("Artist:"))
            .map(|para| para.replace("[", "").replace("](#)", ""))
            .collect();
        let ours: Vec<String> = pp.paper.paragraphs.iter().map(|x| norm(x.text)).collect();
        assert_eq!(ours, from_seed, "panel {} paper", p.number);
    }
}

#[test]
fn chairs_are_not_invented() {
    // The seed names no panel chair or panellist; the data must not either.
    let m = meeting();
    for p in m.panels {
        let s = m.session(p.session).expect("panel session");
        assert!(
            s.speakers.is_empty(),
            "panel {} lists speakers the seed does not name",
            p.number
        );
    }
}

//! The content of the session, speaker, about and not-found pages.

use super::agenda::{kind_badge, session_card, time_line, CardView};
use super::{esc, href};
use crate::programme::model::{Meeting, Session, Speaker};
use crate::routes::Page;
use std::fmt::Write as _;

/// The head of a session page: breadcrumb, title, kind, day, venue and time.
pub fn session_head(m: &Meeting, s: &Session, local_time: Option<&str>) -> String {
    let day = m.day(s.day).map(|d| d.label).unwrap_or_default();
    let subtitle = s
        .subtitle
        .map_or(String::new(), |x| format!("<span>{}</span>", esc(x)));
    format!(
        "<p class=\"breadcrumb\"><a href=\"{}\">Agenda</a> › {}</p><h1>{}</h1><p class=\"session__meta\">{}{subtitle}<span>{}</span><span>{}</span></p>{}",
        href(&format!("?day={}", s.day)),
        esc(day),
        esc(s.title),
        kind_badge(s),
        esc(day),
        esc(s.venue),
        time_line(m, s, local_time)
    )
}

/// The body of a session page: speakers, programme items, and for a panel its theme, how it
/// runs and its guiding questions.
pub fn session_body(m: &Meeting, s: &Session) -> String {
    let mut o = String::new();
    let speakers: Vec<_> = s.speakers.iter().filter_map(|id| m.speaker(id)).collect();
    if !speakers.is_empty() {
        o.push_str("<h2>Speakers</h2><ul class=\"speakers\">");
        for p in speakers {
            let _ = write!(
                o,
                "<li>{}<span class=\"role\">, {}</span></li>",
                speaker_link(p),
                esc(p.role)
            );
        }
        o.push_str("</ul>");
    }
    if !s.items.is_empty() {
        o.push_str("<h2>Programme</h2><ul class=\"items\">");
        for i in s.items {
            let by = i
                .speaker
                .and_then(|id| m.speaker(id))
                .map_or(String::new(), |p| format!(" ({})", speaker_link(p)));
            let _ = write!(o, "<li>{}{by}</li>", esc(i.text));
        }
        o.push_str("</ul>");
    }
    if let Some(p) = m.panel_of(s) {
        let _ = write!(
            o,
            "<section aria-labelledby=\"panel-theme\"><h2 id=\"panel-theme\">Theme</h2><p class=\"panel__theme\">{}</p><h2>How the panel runs</h2><p>{}</p><p class=\"note\">{}</p><h2>Guiding questions</h2><p>{}</p><ol class=\"questions-list\">",
            esc(p.theme),
            esc(p.structure),
            NO_CHAIRS,
            esc(p.questions_intro)
        );
        for q in p.questions {
            let _ = write!(
                o,
                "<li value=\"{}\"><a href=\"{}\">{}</a></li>",
                q.number,
                href(&format!("questions?question={}", p.question_anchor(q))),
                esc(q.text)
            );
        }
        let _ = write!(
            o,
            "</ol><p><a href=\"{}\">Explore the questions and background paper of {}</a></p></section>",
            href(&format!("questions?panel={}", p.number)),
            esc(p.name)
        );
    }
    o
}

/// The document title and meta description of a page.
pub fn meta(m: &Meeting, page: Page) -> (String, String) {
    let (title, description) = match page {
        Page::Agenda => ("Agenda".to_string(), format!("Agenda of the {}, {}: sessions, speakers and times.", m.title, m.dates)),
        Page::Session => ("Session".to_string(), format!("A session of the {}, {}.", m.title, m.dates)),
        Page::Speakers => ("Speakers".to_string(), "The speakers named in the programme and their roles.".to_string()),
        Page::Questions => (
            "Panels and guiding questions".to_string(),
            "The two interactive panel discussions, their 13 guiding questions and background papers: browse by theme, search, and share a link to one question.".to_string(),
        ),
        Page::Timer => (
            "Speaking timer".to_string(),
            "A speaking timer for the interactive panels: 2 minutes for an individual delegation, 3 for a regional group statement; share the live countdown by link.".to_string(),
        ),
        Page::About => ("About the meeting".to_string(), format!("{}: background, format and participation.", m.title)),
        Page::NotFound => ("Not found".to_string(), "This page of the programme app does not exist.".to_string()),
    };
    (format!("{title} · GPA 2021 appraisal"), description)
}

/// What the app says where the seed names no one.
pub const NO_CHAIRS: &str = "The programme does not name the chair or the panellists.";

fn speaker_link(p: &Speaker) -> String {
    format!(
        "<a href=\"{}\">{}</a>",
        href(&format!("speakers?id={}", p.id)),
        esc(&p.full_name())
    )
}

/// The list of everyone the programme names.
pub fn speaker_list(m: &Meeting) -> String {
    let mut o = String::from(
        "<h1>Speakers</h1><p class=\"lede\">Speakers named in the official programme, with their titles as printed.</p><ul class=\"people\">",
    );
    for p in m.speakers {
        let _ = write!(
            o,
            "<li class=\"person\">{}<span class=\"role\">{}</span></li>",
            speaker_link(p),
            esc(p.role)
        );
    }
    o.push_str("</ul><p class=\"note\">Each panel is chaired by a representative of a Member State; the programme does not name the chairs or the panellists.</p>");
    o
}

/// One person and their sessions.
pub fn speaker_detail(
    m: &'static Meeting,
    p: &Speaker,
    view_of: impl Fn(&'static Session) -> CardView,
) -> String {
    let mut o = format!(
        "<p class=\"breadcrumb\"><a href=\"speakers\">Speakers</a></p><h1>{}</h1><p class=\"lede\">{}</p><h2>Sessions</h2><p><a href=\"{}\">Show the agenda filtered to {}</a></p><ol class=\"sessions\">",
        esc(&p.full_name()),
        esc(p.role),
        href(&format!("?speaker={}", p.id)),
        esc(p.name)
    );
    for s in m.sessions_of(p.id) {
        o.push_str(&session_card(m, s, &view_of(s)));
    }
    o.push_str("</ol>");
    o
}

/// About the meeting: the concept note's background, format and participation.
pub fn about(m: &Meeting) -> String {
    let mut o = format!(
        "<p class=\"eyebrow\">{} · {}</p><h1>{}</h1><p class=\"lede\">{}, {}. {}.</p><h2>Background</h2>",
        esc(m.assembly_session),
        esc(m.presidency),
        esc(m.title),
        esc(m.dates),
        esc(m.venue),
        esc(m.document)
    );
    for p in m.background {
        let _ = write!(o, "<p>{}</p>", esc(p));
    }
    o.push_str("<h3>Resolutions</h3><ul>");
    for r in m.resolutions {
        let detail = match (r.date, r.title, r.note) {
            (Some(d), Some(t), _) => format!(" of {}, “{}”", esc(d), esc(t)),
            (_, _, Some(n)) => format!(": {}", esc(n)),
            _ => String::new(),
        };
        let _ = write!(o, "<li><strong>{}</strong>{detail}</li>", esc(r.symbol));
    }
    o.push_str("</ul><h2>Format</h2>");
    for p in m.format {
        let _ = write!(o, "<p>{}</p>", esc(p));
    }
    let _ = write!(
        o,
        "<h2>Interventions</h2><p>In the panel discussions, interventions and questions are limited to <strong>{} minutes</strong> for individual delegations and <strong>{} minutes</strong> for regional group statements.</p><h2>Artwork</h2><p>{}</p><p>{}</p><h2>What this app does not list</h2><p>The programme names neither the chairs nor the panellists of the two panel discussions, and gives no links for the resolutions, so this app shows none.</p>",
        m.delegation_minutes,
        m.regional_group_minutes,
        esc(m.artwork_credit),
        esc(m.hashtag)
    );
    o
}

/// The page for a link that leads nowhere, with the ways back.
pub fn not_found(what: &str) -> String {
    format!(
        "<h1>We can’t find that {}</h1><p>The link may be mistyped or out of date. Everything the programme holds is reachable from here:</p><ul class=\"links\"><li><a href=\"./\">Agenda of both days</a></li><li><a href=\"questions\">Panels and guiding questions</a></li><li><a href=\"speakers\">Speakers</a></li><li><a href=\"about\">About the meeting</a></li></ul>",
        esc(what)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::meeting;

    #[test]
    fn panel_page_says_chairs_are_not_named() {
        let m = meeting();
        let s = m.session("panel-2").expect("panel 2");
        let body = session_body(m, s);
        assert!(body.contains(NO_CHAIRS));
        assert_eq!(body.matches("<li value=").count(), 6);
        assert!(body.contains("href=\"questions?question=q2-4\""));
    }

    #[test]
    fn about_has_every_resolution() {
        let html = about(meeting());
        for r in [
            "74/176",
            "75/283",
            "64/293",
            "18 December 2019",
            "7 June 2021",
            "quadrennial",
        ] {
            assert!(html.contains(r), "{r}");
        }
        assert!(not_found("<x>").contains("&lt;x&gt;"));
    }
}

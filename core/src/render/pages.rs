//! The content of the session, speaker, about and not-found pages.

use super::agenda::{kind_badge, session_card, time_line, CardView};
use super::{esc, fill_html, href, Tx};
use crate::i18n::Catalogue;
use crate::programme::model::{Meeting, Session, Speaker};
use crate::routes::Page;
use std::fmt::Write as _;

/// The head of a session page: breadcrumb, title, kind, day, venue and time. The breadcrumb
/// goes to `agenda` (the view the visitor came from), or to the session's day.
pub fn session_head(m: &Meeting, t: Tx, s: &Session, agenda: Option<&str>) -> String {
    let en = t.en();
    let day = m
        .day(s.day)
        .map(|d| t.date_long(d.date))
        .unwrap_or_default();
    let subtitle = s
        .subtitle
        .map_or(String::new(), |x| format!("<span{en}>{}</span>", esc(x)));
    format!(
        "<p class=\"breadcrumb\"><a href=\"{}\">{}</a> <span aria-hidden=\"true\" class=\"breadcrumb__sep\">›</span> {}</p><h1{en}>{}</h1><p class=\"session__meta\">{}{subtitle}<span>{}</span><span{en}>{}</span><span class=\"live\" {LIVE}=\"{}\" hidden></span></p>{}",
        agenda.map_or_else(|| href(&format!("?day={}", s.day)), href),
        esc(t.c.title_agenda),
        esc(&day),
        esc(s.title),
        kind_badge(t, s),
        esc(&day),
        esc(s.venue),
        esc(s.id),
        time_line(m, t, s)
    )
}

/// The attribute of the place on a session's page where the app says "On now" or "Next" (the
/// static page cannot know the time; the value is the session's id).
pub const LIVE: &str = "data-live";

/// The body of a session page: speakers, programme items, and for a panel its theme, how it
/// runs and its guiding questions.
pub fn session_body(m: &Meeting, t: Tx, s: &Session) -> String {
    let en = t.en();
    let mut o = String::new();
    let speakers: Vec<_> = s.speakers.iter().filter_map(|id| m.speaker(id)).collect();
    if !speakers.is_empty() {
        let _ = write!(
            o,
            "<h2>{}</h2><ul class=\"speakers\"{en}>",
            esc(t.p.speakers_h)
        );
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
        let _ = write!(
            o,
            "<h2>{}</h2><ul class=\"items\"{en}>",
            esc(t.p.programme_h)
        );
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
            "<section aria-labelledby=\"panel-theme\"><h2 id=\"panel-theme\">{}</h2><p class=\"panel__theme\"{en}>{}</p><h2>{}</h2><p{en}>{}</p><p class=\"note\">{}</p><h2>{}</h2><p{en}>{}</p><ol class=\"questions-list\"{en}>",
            esc(t.p.theme_h),
            esc(p.theme),
            esc(t.p.how_h),
            esc(p.structure),
            esc(t.p.no_chairs),
            esc(t.p.questions_h),
            esc(p.questions_intro())
        );
        for q in p.questions() {
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
            "</ol><p><a href=\"{}\">{}</a></p></section>",
            href(&format!("questions?panel={}", p.number)),
            fill_html(
                t.p.explore_panel,
                &[("panel", &super::en_inline(en, &esc(p.name)))]
            )
        );
    }
    o
}

/// A whole session page as the app first shows it (star off, the calendar and share buttons),
/// for the static copy of `/session?id=…` (`render::variants`).
pub fn session_page(m: &Meeting, t: Tx, s: &Session) -> String {
    format!(
        "<article class=\"page session-page\"><div>{}</div><div class=\"actions no-print\"><span class=\"star-slot\">{}</span><button type=\"button\" class=\"button\" data-early=\"session-ics\">{}</button><span class=\"share\"><button type=\"button\" class=\"button button--quiet\" data-early=\"session-share\">{}</button><span class=\"share__status\" role=\"status\"></span></span></div><div>{}</div></article>",
        session_head(m, t, s, None),
        super::agenda::star_button(m, t, s, false),
        esc(t.p.add_calendar),
        esc(t.p.share),
        session_body(m, t, s)
    )
}

/// The title of a page in the interface language.
pub fn title(c: &Catalogue, page: Page) -> &'static str {
    (page.info().title)(c)
}

/// The document title (in the interface language) and meta description (English, as search
/// engines read it on the static page) of a page.
pub fn meta(m: &Meeting, c: &Catalogue, page: Page) -> (String, String) {
    let description = match page {
        Page::Agenda => format!("Agenda of the {}, {}: sessions, speakers and times.", m.title, m.dates_shown()),
        Page::Session => format!("A session of the {}, {}.", m.title, m.dates_shown()),
        Page::Speakers => "The speakers named in the programme and their roles.".to_string(),
        Page::Questions => "The two interactive panel discussions, their 13 guiding questions and background papers: browse by theme, search, and share a link to one question.".to_string(),
        Page::Timer => "A speaking timer for the interactive panels: 2 minutes for an individual delegation, 3 for a regional group statement; share the live countdown by link.".to_string(),
        Page::About => format!("{}: background, format and participation.", m.title),
        Page::NotFound => "This page of the programme app does not exist.".to_string(),
    };
    (full_title(title(c, page)), description)
}

/// A page's title as the document title: "Agenda · GPA 2021 appraisal".
pub fn full_title(title: &str) -> String {
    format!("{title} · GPA 2021 appraisal")
}

fn speaker_link(p: &Speaker) -> String {
    format!(
        "<a href=\"{}\">{}</a>",
        href(&format!("speakers?id={}", p.id)),
        esc(&p.full_name())
    )
}

/// The list of everyone the programme names.
pub fn speaker_list(m: &Meeting, t: Tx) -> String {
    let en = t.en();
    let mut o = format!(
        "<h1>{}</h1><p class=\"lede\">{}</p><ul class=\"people\"{en}>",
        esc(t.c.title_speakers),
        esc(t.p.speakers_lede)
    );
    for p in m.speakers {
        let _ = write!(
            o,
            "<li class=\"person\">{}<span class=\"role\">{}</span></li>",
            speaker_link(p),
            esc(p.role)
        );
    }
    let _ = write!(o, "</ul><p class=\"note\">{}</p>", esc(t.p.speakers_note));
    o
}

/// One person and their sessions.
pub fn speaker_detail(
    m: &'static Meeting,
    t: Tx,
    p: &Speaker,
    view_of: impl Fn(&'static Session) -> CardView,
) -> String {
    let en = t.en();
    let mut o = format!(
        "<p class=\"breadcrumb\"><a href=\"speakers\">{}</a></p><h1{en}>{}</h1><p class=\"lede\"{en}>{}</p><h2>{}</h2><p><a href=\"{}\">{}</a></p><ol class=\"sessions\">",
        esc(t.c.title_speakers),
        esc(&p.full_name()),
        esc(p.role),
        esc(t.p.sessions_h),
        href(&format!("?speaker={}", p.id)),
        fill_html(t.p.speaker_filter, &[("name", &super::en_inline(en, &esc(p.name)))])
    );
    for s in m.sessions_of(p.id) {
        o.push_str(&session_card(m, t, s, &view_of(s)));
    }
    o.push_str("</ol>");
    o
}

/// About the meeting: the concept note's background, format and participation.
pub fn about(m: &Meeting, t: Tx) -> String {
    let en = t.en();
    let mut o = format!(
        "<p class=\"eyebrow\"{en}>{} · {}</p><h1{en}>{}</h1><p class=\"lede\"{en}>{}, {}. {}.</p><h2>{}</h2><div{en}>",
        esc(m.assembly_session),
        esc(m.presidency),
        esc(m.title),
        esc(&m.dates_shown()),
        esc(m.venue),
        esc(m.document),
        esc(t.p.background_h)
    );
    for p in m.background() {
        let _ = write!(o, "<p>{}</p>", esc(p));
    }
    let _ = write!(o, "</div><h3>{}</h3><ul{en}>", esc(t.p.resolutions_h));
    for r in m.resolutions() {
        let detail = match (r.date, r.title, r.note) {
            (Some(d), Some(t), _) => format!(" of {}, “{}”", esc(d), esc(t)),
            (_, _, Some(n)) => format!(": {}", esc(n)),
            _ => String::new(),
        };
        let _ = write!(o, "<li><strong>{}</strong>{detail}</li>", esc(r.symbol));
    }
    let _ = write!(o, "</ul><h2>{}</h2><div{en}>", esc(t.p.format_h));
    for p in m.format() {
        let _ = write!(o, "<p>{}</p>", esc(p));
    }
    let strong = |n: u32| format!("<strong>{}</strong>", esc(&t.minutes(u64::from(n))));
    let _ = write!(
        o,
        "</div><h2>{}</h2><p>{}</p><h2>{}</h2><p{en}>{}</p><p><bdi dir=\"ltr\">{}</bdi></p><h2>{}</h2><p>{}</p>",
        esc(t.p.interventions_h),
        fill_html(
            t.p.interventions,
            &[
                ("delegation", &strong(m.delegation_minutes)),
                ("group", &strong(m.regional_group_minutes))
            ]
        ),
        esc(t.p.artwork_h),
        esc(m.artwork_credit),
        esc(m.hashtag),
        esc(t.p.not_listed_h),
        esc(t.p.not_listed)
    );
    o
}

/// The content of a page of the details bundle for one address: a session (`id`), the
/// speakers (all, or one by `id`), about, or not found; an id the programme does not have is
/// said to be missing. The static page has one of these per id (`render::variants`); the app
/// renders the one the address names when it shows another language or moves between pages.
pub fn detail(
    m: &'static Meeting,
    t: Tx,
    page: Page,
    id: Option<&str>,
    card: &super::agenda::CardOf,
) -> String {
    let missing = |what| format!("<div class=\"page\">{}</div>", not_found(t, what));
    match page {
        Page::Session => match id.and_then(|id| m.session(id)) {
            Some(s) => session_page(m, t, s),
            None => missing(Missing::Session),
        },
        Page::Speakers => match id {
            None => format!("<div class=\"page\">{}</div>", speaker_list(m, t)),
            Some(id) => match m.speaker(id) {
                Some(p) => format!(
                    "<article class=\"page\">{}</article>",
                    speaker_detail(m, t, p, card)
                ),
                None => missing(Missing::Speaker),
            },
        },
        Page::About => format!("<article class=\"page prose\">{}</article>", about(m, t)),
        _ => missing(Missing::Page),
    }
}

/// What a link that leads nowhere was looking for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    Page,
    Session,
    Speaker,
}

/// The page shown when a host answered an address with another page's file (for example a
/// single-page fallback to `index.html`): a plain link to the page's own file (`file`).
pub fn wrong_bundle(c: &crate::i18n::Catalogue, file: &str) -> String {
    format!(
        "<h1>{}</h1><p>{}</p><ul class=\"links\"><li><a href=\"{}\">{}</a></li><li><a href=\"./\">{}</a></li></ul>",
        esc(c.wrong_bundle_title),
        esc(c.wrong_bundle_text),
        esc(file),
        esc(c.wrong_bundle_open),
        esc(c.wrong_bundle_back)
    )
}

/// The page for a link that leads nowhere, with the ways back.
pub fn not_found(t: Tx, what: Missing) -> String {
    let title = match what {
        Missing::Page => t.p.nf_page,
        Missing::Session => t.p.nf_session,
        Missing::Speaker => t.p.nf_speaker,
    };
    format!(
        "<h1>{}</h1><p>{}</p><ul class=\"links\"><li><a href=\"./\">{}</a></li><li><a href=\"questions\">{}</a></li><li><a href=\"speakers\">{}</a></li><li><a href=\"about\">{}</a></li></ul>",
        esc(title),
        esc(t.p.nf_text),
        esc(t.p.nf_agenda),
        esc(t.c.title_questions),
        esc(t.c.title_speakers),
        esc(t.c.title_about)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::meeting;

    #[test]
    fn the_wrong_file_links_to_the_right_one() {
        let html = wrong_bundle(
            crate::i18n::ENGLISH_FRAME,
            "session.html?id=panel-1&lang=fr\"",
        );
        assert!(html.contains("<h1>This page did not load</h1>"));
        assert!(
            html.contains("href=\"session.html?id=panel-1&amp;lang=fr&quot;\""),
            "{html}"
        );
    }

    #[test]
    fn panel_page_says_chairs_are_not_named() {
        let m = meeting();
        let s = m.session("panel-2").expect("panel 2");
        let body = session_body(m, crate::i18n::ENGLISH, s);
        assert!(body.contains(crate::i18n::ENGLISH.p.no_chairs));
        assert_eq!(body.matches("<li value=").count(), 6);
        assert!(body.contains("href=\"questions?question=q2-4\""));
    }

    #[test]
    fn about_has_every_resolution() {
        let html = about(meeting(), crate::i18n::ENGLISH);
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
        assert!(not_found(crate::i18n::ENGLISH, Missing::Session).contains("find that session"));
    }
}

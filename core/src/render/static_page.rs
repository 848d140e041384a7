//! The content of each page as the build writes it (what paints before the wasm, and what
//! visitors without JavaScript and search engines get): the same renderers the app uses, in
//! the state a page first shows (no filter, nothing starred).

use super::agenda::CardView;
use super::{agenda_page, frame, pages, questions, variants};
use crate::i18n::{Lang, ENGLISH};
use crate::programme::model::Meeting;
use crate::routes::Page;
use crate::time::Millis;

/// The key of a page's own content (`frame::VIEW`): its language and page, and which
/// session or speaker it shows (`None`: every one, as the build writes the page, each in its
/// variant; see [`variants`]).
pub fn view_key(lang: Lang, page: Page, id: Option<&str>) -> String {
    format!("{} {} {}", lang.code(), page.info().file, id.unwrap_or("*"))
}

/// The view a page first shows, where it has several: the explorer (not present mode), the
/// timer's controls (not a viewer's or the projector's).
pub fn first_view(page: Page) -> Option<&'static str> {
    match page {
        Page::Questions => Some("explorer"),
        Page::Timer => Some("control"),
        _ => None,
    }
}

/// A page's static content: its `<body>`, and the styles that pick its variant (pages with a
/// variant per `?id=`, see [`variants`]).
pub struct StaticPage {
    pub body: String,
    pub variant_style: Option<String>,
}

/// The static page of `page`, as the app first shows it at the instant `now` (the agenda's
/// "now" and "next"), in English.
pub fn of(m: &'static Meeting, page: Page, now: Millis) -> StaticPage {
    let t = ENGLISH;
    let card = |_| CardView {
        star: true,
        ..CardView::default()
    };
    let detail = |page, id| pages::detail(m, t, page, id, &card);
    let (main, variant_style) = match page {
        Page::Agenda => (agenda_page::first_page(m, t, now, card), None),
        Page::Questions => (questions::prerender(m), None),
        Page::Timer => (super::timer::prerender(m), None),
        Page::About | Page::NotFound => (detail(page, None), None),
        Page::Session => {
            let sessions: Vec<(String, String)> = m
                .sessions
                .iter()
                .map(|s| (s.id.to_string(), detail(page, Some(s.id))))
                .collect();
            let (style, body) = variants::page(&sessions, &detail(page, Some("")), None);
            (body, Some(style))
        }
        Page::Speakers => {
            let mut people = vec![(variants::NO_ID.to_string(), detail(page, None))];
            people.extend(
                m.speakers
                    .iter()
                    .map(|p| (p.id.to_string(), detail(page, Some(p.id)))),
            );
            let (style, body) =
                variants::page(&people, &detail(page, Some("")), Some(variants::NO_ID));
            (body, Some(style))
        }
    };
    StaticPage {
        body: format!(
            "<noscript><p class=\"noscript\">{}</p></noscript>{}",
            super::esc(Lang::En.text().noscript),
            frame::body(m, page, &view_key(Lang::En, page, first_view(page)), &main)
        ),
        variant_style,
    }
}

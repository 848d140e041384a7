//! The content of each page as the build writes it (what paints before the wasm, and what
//! visitors without JavaScript and search engines get): the same renderers the app uses, in
//! the state a page first shows (no filter, nothing starred).

use super::agenda::CardView;
use super::{agenda_page, frame, pages, questions, variants};
use crate::i18n::{Lang, ENGLISH};
use crate::programme::model::Meeting;
use crate::routes::Page;
use crate::time::Millis;

/// A page's static content: its `<body>`, and the styles that pick its variant (pages with a
/// variant per `?id=`, see [`variants`]).
pub struct StaticPage {
    pub body: String,
    pub variant_style: Option<String>,
}

fn view(html: String) -> String {
    format!("<div class=\"view\">{html}</div>")
}

/// The static page of `page`, as the app first shows it at the instant `now` (the agenda's
/// "now" and "next"), in English.
pub fn of(m: &'static Meeting, page: Page, now: Millis) -> StaticPage {
    let t = ENGLISH;
    let card = |_| CardView {
        star: true,
        ..CardView::default()
    };
    let not_found = |what| format!("<div class=\"page\">{}</div>", pages::not_found(t, what));
    let (main, variant_style) = match page {
        Page::Agenda => (view(agenda_page::first_page(m, t, now, card)), None),
        Page::About => (
            view(format!(
                "<article class=\"page prose\">{}</article>",
                pages::about(m, t)
            )),
            None,
        ),
        Page::NotFound => (view(not_found(pages::Missing::Page)), None),
        Page::Questions => (questions::prerender(m), None),
        Page::Timer => (super::timer::prerender(m), None),
        Page::Session => {
            let sessions: Vec<(String, String)> = m
                .sessions
                .iter()
                .map(|s| (s.id.to_string(), pages::session_page(m, t, s)))
                .collect();
            let (style, body) =
                variants::page(&sessions, &not_found(pages::Missing::Session), None);
            (view(body), Some(style))
        }
        Page::Speakers => {
            let mut people = vec![(
                variants::NO_ID.to_string(),
                format!("<div class=\"page\">{}</div>", pages::speaker_list(m, t)),
            )];
            people.extend(m.speakers.iter().map(|p| {
                (
                    p.id.to_string(),
                    format!(
                        "<article class=\"page\">{}</article>",
                        pages::speaker_detail(m, t, p, card)
                    ),
                )
            }));
            let (style, body) = variants::page(
                &people,
                &not_found(pages::Missing::Speaker),
                Some(variants::NO_ID),
            );
            (view(body), Some(style))
        }
    };
    StaticPage {
        body: format!(
            "<noscript><p class=\"noscript\">{}</p></noscript>{}",
            super::esc(Lang::En.text().noscript),
            frame::body(m, page, &main)
        ),
        variant_style,
    }
}

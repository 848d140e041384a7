//! The frame around every page: skip link, header with the main navigation, footer. The app
//! and the static pages render it from here, so they are the same markup.

use super::{esc, href};
use crate::i18n::{fill, Catalogue, Lang};
use crate::programme::model::Meeting;
use crate::query::Query;
use crate::routes::{AppUrl, Page, PAGES};
use std::fmt::Write as _;

/// The attribute on `<html>` that keeps a static page hidden while the app brings it in the
/// visitor's language (set by the page's first script, `web/early.js`; the CSS reveals the
/// page after a few seconds regardless; guard.js at once if the app fails).
pub const LANG_WAIT: &str = "data-lang-wait";

/// The skip link and the site header, in the interface language `lang`: the navigation marks
/// `current`, and the language links keep the page and its `query`.
pub fn top(m: &Meeting, current: Page, lang: Lang, t: &Catalogue, query: &Query) -> String {
    let mut nav = String::new();
    for p in PAGES.iter() {
        let Some(label) = p.nav else { continue };
        let here = current.info().current == Some(p.page);
        let aria = if here { " aria-current=\"page\"" } else { "" };
        let _ = write!(
            nav,
            "<li><a href=\"{}\"{aria}>{}</a></li>",
            href(p.segment.unwrap_or("")),
            esc(label(t))
        );
    }
    let mut langs = String::new();
    for l in Lang::ALL {
        let url = AppUrl {
            page: current,
            query: query.clone().with("lang", Some(l.code())),
        };
        let target = url.to_string();
        let aria = if l == lang {
            " aria-current=\"true\""
        } else {
            ""
        };
        let _ = write!(
            langs,
            "<li><a href=\"{}\" lang=\"{code}\" hreflang=\"{code}\" dir=\"{}\"{aria}>{}</a></li>",
            href(target.trim_start_matches('/')),
            l.dir(),
            l.native_name(),
            code = l.code(),
        );
    }
    // Where the interface is not English, say once that the programme's own text is (in a
    // landmark of its own, as all content is). The timer shows none of it: there the note
    // would only push the digits and the start button down a phone's screen.
    let note = if lang == Lang::En || current == Page::Timer {
        String::new()
    } else {
        format!(
            "<aside><p class=\"lang-note\">{}</p></aside>",
            esc(t.english_only)
        )
    };
    // Inside a host's frame (the CSS shows it only there): the one way out, to this page of
    // the full app in a new tab.
    let full = AppUrl {
        page: current,
        query: crate::embed::Embed::strip(query),
    }
    .to_string();
    let embed_bar = format!(
        "<nav class=\"embed-bar no-print\" aria-label=\"{}\"><p><a href=\"{}\" target=\"_blank\" rel=\"noopener\">{}<span class=\"ext-arrow\" aria-hidden=\"true\">↗</span><span class=\"visually-hidden\"> {}</span></a></p></nav>",
        esc(t.open_full),
        href(full.trim_start_matches('/')),
        esc(t.open_full),
        esc(t.new_tab)
    );
    format!(
        "<a class=\"skip-link\" href=\"#main\">{}</a><header class=\"site-header\"><nav class=\"langs\" aria-label=\"{}\"><ul>{langs}</ul></nav><div class=\"site-header__inner\"><a href=\"./\" class=\"brand-link\" lang=\"en\"><span class=\"brand\"><span class=\"brand__mark\" aria-hidden=\"true\">GPA</span><span class=\"brand__text\" dir=\"ltr\"><span class=\"brand__title\">{}</span><span class=\"brand__sub\">{} · {}</span></span></span></a><nav class=\"site-nav\" aria-label=\"{}\"><ul>{nav}</ul></nav></div></header>{embed_bar}{note}",
        esc(t.skip_link),
        esc(t.languages_label),
        esc(m.short_title),
        esc(m.edition),
        esc(&m.dates_shown()),
        esc(t.nav_label),
    )
}

/// The site footer, in the interface language `lang` (the programme's facts stay English).
pub fn bottom(m: &Meeting, lang: Lang, t: &Catalogue) -> String {
    // The official time zone is the app's own wording (the seed names none), so it follows the
    // interface language; in English it is the data file's label.
    let zone = if lang == Lang::En {
        m.time_zone_label
    } else {
        t.zone_label
    };
    let source = fill(
        &esc(t.footer_source),
        &[
            (
                "document",
                &format!(
                    "<a href=\"about\" lang=\"en\" dir=\"ltr\">{}</a>",
                    esc(m.document)
                ),
            ),
            ("zone", &esc(zone)),
        ],
    );
    format!(
        "<footer class=\"site-footer\"><p><bdi lang=\"en\" dir=\"ltr\">{} · {} · {}</bdi></p><p>{source}</p><p class=\"site-footer__tag\"><bdi dir=\"ltr\">{}</bdi></p></footer>",
        esc(m.assembly_session),
        esc(m.venue),
        esc(&m.dates_shown()),
        esc(m.hashtag)
    )
}

/// The slots of the frame (see [`super::slot`]).
pub const TOP: &str = "frame-top";
pub const BOTTOM: &str = "frame-bottom";
/// The slot of the page's own content, inside `<main>`.
pub const VIEW: &str = "view";

/// What the header shows: its language, the page the navigation marks, and the query its
/// language links keep.
pub fn top_key(lang: Lang, page: Page, query: &Query) -> String {
    format!(
        "{} {} {}",
        lang.code(),
        page.info().file,
        query.clone().with("lang", None)
    )
}

pub fn bottom_key(lang: Lang) -> String {
    lang.code().to_string()
}

/// The `<body>` content of a static page in English: frame and main content (`view` is the
/// page's content, whose state `view_key` names).
pub fn body(m: &Meeting, page: Page, view_key: &str, view: &str) -> String {
    let lang = Lang::En;
    let q = Query::default();
    format!(
        "{}<main id=\"main\" tabindex=\"-1\">{}</main>{}",
        super::slot::element(
            "div",
            TOP,
            "frame-top",
            &top_key(lang, page, &q),
            &top(m, page, lang, lang.text(), &q)
        ),
        super::slot::element("div", VIEW, "view", view_key, view),
        super::slot::element(
            "div",
            BOTTOM,
            "frame-bottom",
            &bottom_key(lang),
            &bottom(m, lang, lang.text())
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::meeting;

    #[test]
    fn navigation_marks_the_current_page() {
        let m = meeting();
        let q = Query::default();
        let html = top(m, Page::Questions, Lang::En, Lang::En.text(), &q);
        assert!(html.contains("<a href=\"questions\" aria-current=\"page\">Questions</a>"));
        assert_eq!(html.matches("aria-current=\"page\"").count(), 1);
        assert!(top(m, Page::Session, Lang::En, Lang::En.text(), &q)
            .contains("<a href=\"./\" aria-current=\"page\">Agenda</a>"));
        assert!(bottom(m, Lang::En, Lang::En.text()).contains("#endhumantrafficking"));
    }

    #[test]
    fn the_frame_speaks_the_interface_language_and_links_every_language() {
        let m = meeting();
        let q = Query::parse("?id=panel-1&lang=en");
        let fr = top(m, Page::Session, Lang::Fr, Lang::Fr.text(), &q);
        assert!(fr.contains(">Aller au contenu</a>"));
        assert!(fr.contains("<a href=\"./\" aria-current=\"page\">Programme</a>"));
        assert!(
            fr.contains("class=\"lang-note\""),
            "French says the programme is English"
        );
        // Every language link keeps the page and its query, and marks the current one.
        for l in Lang::ALL {
            let link = format!("href=\"session?id=panel-1&amp;lang={}\"", l.code());
            assert!(fr.contains(&link), "{link}");
        }
        assert!(fr.contains("hreflang=\"fr\" dir=\"ltr\" aria-current=\"true\">Français"));
        assert!(fr.contains("hreflang=\"ar\" dir=\"rtl\">العربية"));
        assert!(!top(
            m,
            Page::Agenda,
            Lang::En,
            Lang::En.text(),
            &Query::default()
        )
        .contains("lang-note"));
        assert!(!top(m, Page::Timer, Lang::Fr, Lang::Fr.text(), &q).contains("lang-note"));
        let ar = bottom(m, Lang::Ar, Lang::Ar.text());
        assert!(ar.starts_with("<footer"));
        assert!(ar.contains("المصدر"));
        assert!(ar.contains("بتوقيت نيويورك"), "the time zone in Arabic");
        assert!(bottom(m, Lang::En, Lang::En.text()).contains(&esc(m.time_zone_label)));
        // English's catalogue says the same as the data file (with a no-break space, so the
        // bracket never splits over two lines).
        assert_eq!(
            Lang::En.text().zone_label.replace('\u{a0}', " "),
            m.time_zone_label
        );
        assert!(ar.contains("<a href=\"about\" lang=\"en\" dir=\"ltr\">"));
    }
}

//! The frame around every page: skip link, header with the main navigation, footer. The app
//! and the static pages render it from here, so they are the same markup.

use super::{esc, href};
use crate::programme::model::Meeting;
use crate::routes::Page;
use std::fmt::Write as _;

/// The skip link and the site header; the navigation marks `current`.
pub fn top(m: &Meeting, current: Page) -> String {
    let mut nav = String::new();
    for (page, label) in [
        (Page::Agenda, "Agenda"),
        (Page::Questions, "Questions"),
        (Page::Timer, "Timer"),
        (Page::About, "About"),
    ] {
        let target = page.path().trim_start_matches('/');
        let here = match current {
            Page::Session | Page::Speakers => page == Page::Agenda,
            other => other == page,
        };
        let aria = if here { " aria-current=\"page\"" } else { "" };
        let _ = write!(
            nav,
            "<li><a href=\"{}\"{aria}>{label}</a></li>",
            href(target)
        );
    }
    format!(
        "<a class=\"skip-link\" href=\"#main\">Skip to content</a><header class=\"site-header\"><div class=\"site-header__inner\"><a href=\"./\" class=\"brand-link\"><span class=\"brand\"><span class=\"brand__mark\" aria-hidden=\"true\">GPA</span><span class=\"brand__text\"><span class=\"brand__title\">{}</span><span class=\"brand__sub\">{} · {}</span></span></span></a><nav class=\"site-nav\" aria-label=\"Main\"><ul>{nav}</ul></nav></div></header>",
        esc(m.short_title),
        esc(m.edition),
        esc(m.dates)
    )
}

/// The site footer.
pub fn bottom(m: &Meeting) -> String {
    format!(
        "<footer class=\"site-footer\"><p>{} · {} · {}</p><p>Source: the meeting's <a href=\"about\">{}</a>. Times are {}.</p><p class=\"site-footer__tag\">{}</p></footer>",
        esc(m.assembly_session),
        esc(m.venue),
        esc(m.dates),
        esc(m.document),
        esc(m.time_zone_label),
        esc(m.hashtag)
    )
}

/// The `<body>` content of a page: frame and main content (`main_html` is the page's view).
pub fn body(m: &Meeting, page: Page, main_html: &str) -> String {
    format!(
        "<div class=\"frame-top\">{}</div><main id=\"main\" tabindex=\"-1\">{main_html}</main><div class=\"frame-bottom\">{}</div>",
        top(m, page),
        bottom(m)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::meeting;

    #[test]
    fn navigation_marks_the_current_page() {
        let m = meeting();
        let html = top(m, Page::Questions);
        assert!(html.contains("<a href=\"questions\" aria-current=\"page\">Questions</a>"));
        assert_eq!(html.matches("aria-current").count(), 1);
        assert!(top(m, Page::Session).contains("<a href=\"./\" aria-current=\"page\">Agenda</a>"));
        assert!(bottom(m).contains("#endhumantrafficking"));
    }
}

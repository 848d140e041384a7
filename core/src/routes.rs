//! The app's pages and its URLs: the page table, routing, the base path; total and pure.
//!
//! The page table ([`PAGES`]) is the one place a page is named. Every page is one path segment
//! deep and takes ids in its query (`/session?id=panel-1`), so a build with relative asset
//! URLs works at `/` and under any sub-path, and a static host can serve each page from a file
//! of the same name (`session.html`, which the build writes from the table).
//!
//! The app routes itself instead of using `leptos_router`: measured on this app, the router
//! cost 44 KB of brotli-compressed wasm (119 KB → 75 KB without it), nearly half the first-load
//! budget, while the app needs only "which page, which query" — this module — and a history
//! listener in `platform`.

use crate::i18n::{Catalogue, TextSet};
use crate::query::Query;
use std::fmt;

/// A page of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    Agenda,
    Session,
    Speakers,
    Questions,
    Timer,
    About,
    NotFound,
}

/// What the app knows of a page: one row of [`PAGES`].
#[derive(Clone, Copy)]
pub struct PageInfo {
    pub page: Page,
    /// Its path under the app's base: `""` for the agenda, `"session"`; `None` for the page
    /// that answers every other address.
    pub segment: Option<&'static str>,
    /// The HTML file that serves it, which the build writes.
    pub file: &'static str,
    pub bundle: Bundle,
    /// Its title (the document's, before " · " and the meeting's name).
    pub title: fn(&Catalogue) -> &'static str,
    /// Its link in the site's navigation, if it has one.
    pub nav: Option<fn(&Catalogue) -> &'static str>,
    /// The navigation entry that is current on it (a session's page is the agenda's).
    pub current: Option<Page>,
}

/// The page table: every page of the app, once. Routing, the navigation, the files the build
/// writes, the service worker's list of pages and the tests' lists of routes all come from
/// here; no page name is written anywhere else.
pub const PAGES: [PageInfo; 7] = [
    PageInfo {
        page: Page::Agenda,
        segment: Some(""),
        file: "index.html",
        bundle: Bundle::Agenda,
        title: |c| c.title_agenda,
        nav: Some(|c| c.nav_agenda),
        current: Some(Page::Agenda),
    },
    PageInfo {
        page: Page::Session,
        segment: Some("session"),
        file: "session.html",
        bundle: Bundle::Details,
        title: |c| c.title_session,
        nav: None,
        current: Some(Page::Agenda),
    },
    PageInfo {
        page: Page::Speakers,
        segment: Some("speakers"),
        file: "speakers.html",
        bundle: Bundle::Details,
        title: |c| c.title_speakers,
        nav: None,
        current: Some(Page::Agenda),
    },
    PageInfo {
        page: Page::Questions,
        segment: Some("questions"),
        file: "questions.html",
        bundle: Bundle::Questions,
        title: |c| c.title_questions,
        nav: Some(|c| c.nav_questions),
        current: Some(Page::Questions),
    },
    PageInfo {
        page: Page::Timer,
        segment: Some("timer"),
        file: "timer.html",
        bundle: Bundle::Timer,
        title: |c| c.title_timer,
        nav: Some(|c| c.nav_timer),
        current: Some(Page::Timer),
    },
    PageInfo {
        page: Page::About,
        segment: Some("about"),
        file: "about.html",
        bundle: Bundle::Details,
        title: |c| c.title_about,
        nav: Some(|c| c.nav_about),
        current: Some(Page::About),
    },
    PageInfo {
        page: Page::NotFound,
        segment: None,
        file: "404.html",
        bundle: Bundle::Details,
        title: |c| c.title_not_found,
        nav: None,
        current: None,
    },
];

impl Page {
    /// Its row of [`PAGES`].
    pub fn info(self) -> &'static PageInfo {
        // Every page has a row (a test checks it); the not-found row is the last.
        PAGES
            .iter()
            .find(|p| p.page == self)
            .unwrap_or(&PAGES[PAGES.len() - 1])
    }

    /// The path of the page, relative to the app's base: `/`, `/session`, …; the not-found
    /// page has none of its own (`/` then: its links lead back into the app).
    pub fn path(self) -> String {
        format!("/{}", self.info().segment.unwrap_or(""))
    }

    /// The page a path (relative to the base) names. `/session.html` is `/session`, and
    /// `/index.html` the agenda, so a host that shows the file name still lands on the right
    /// page.
    pub fn from_path(path: &str) -> Page {
        let segment = path.trim_start_matches('/');
        PAGES
            .iter()
            .find(|p| {
                p.segment.is_some_and(|s| s == segment)
                    || segment.strip_suffix(".html").is_some_and(|f| {
                        p.file.strip_suffix(".html") == Some(f) && p.segment.is_some()
                    })
            })
            .map_or(Page::NotFound, |p| p.page)
    }

    pub fn bundle(self) -> Bundle {
        self.info().bundle
    }

    /// The path segments of the pages other than the home page (`session`, `speakers`, …).
    pub fn segments() -> impl Iterator<Item = &'static str> {
        PAGES
            .iter()
            .filter_map(|p| p.segment)
            .filter(|s| !s.is_empty())
    }
}

/// The wasm bundle that serves a page. The app ships as four bundles so that each page loads
/// only its own code (the agenda needs none of the timer's, nor the code of the session,
/// speakers and about pages): see README, "Bundle size". Moving between bundles is an
/// ordinary page load.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bundle {
    Agenda,
    /// Session pages, speakers, about, not found.
    Details,
    Questions,
    Timer,
}

/// The interface text a bundle carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BundledText {
    /// English inside; another language is a file of the build, loaded when a visitor picks
    /// it ([`Lang::text_file`](crate::i18n::Lang::text_file)).
    English(TextSet),
    /// Every language inside (the timer's: a timer link must work offline in any language).
    All,
}

impl Bundle {
    pub const ALL: [Bundle; 4] = [
        Bundle::Agenda,
        Bundle::Details,
        Bundle::Questions,
        Bundle::Timer,
    ];

    /// The cargo binary (Trunk's `data-bin`) of the bundle, which names its files.
    pub fn bin(self) -> &'static str {
        match self {
            Bundle::Agenda => "agenda",
            Bundle::Details => "details",
            Bundle::Questions => "questions",
            Bundle::Timer => "timer",
        }
    }

    /// The stylesheets of its pages (`style/<name>.css`, in this order, inlined into each
    /// page): the timer's and the explorer's own styles only in their own pages.
    pub fn styles(self) -> &'static [&'static str] {
        const BASE: [&str; 4] = ["tokens", "layout", "components", "print"];
        match self {
            Bundle::Agenda | Bundle::Details => &BASE,
            Bundle::Questions => &["tokens", "layout", "components", "questions", "print"],
            Bundle::Timer => &["tokens", "layout", "components", "timer", "print"],
        }
    }

    pub fn text(self) -> BundledText {
        match self {
            Bundle::Agenda | Bundle::Details => BundledText::English(TextSet::Agenda),
            Bundle::Questions => BundledText::English(TextSet::Questions),
            Bundle::Timer => BundledText::All,
        }
    }
}

/// The QR code module: not a page's bundle but one function, loaded by the agenda only to print
/// (`app/src/bin/qr.rs`).
pub const QR_BIN: &str = "qr";

/// The path the app is served under, read from the path of a page's address, without a
/// trailing slash: `/gpa-2021/session` → `/gpa-2021`, `/session` → `""`, `/gpa-2021/` →
/// `/gpa-2021`. A page's name with more path after it (a "pretty" link such as
/// `/gpa-2021/session/panel-1`, which the host answers with the not-found page) ends the base
/// there, so that page's links lead back into the app.
///
/// The base is always a path on the page's own origin, whatever the address holds: links are
/// written as `{base}/about`, and a base that began with two slashes (`//evil.example`, or
/// `/\evil.example`, which a browser reads the same way) would make every link, and the
/// `<base href>` of the not-found page, name another host. A base whose first segment is
/// empty, or that holds a backslash, a control character, `?` or `#`, is refused and the app
/// takes the site root instead (`""`). The same rule runs in the pages' first script
/// (`web/early.js`, before any asset loads); `tests/fixtures/base-cases.txt` holds the cases
/// both are checked against.
pub fn base_of(path: &str) -> &str {
    same_origin(directory_of(path))
}

fn directory_of(path: &str) -> &str {
    for (i, _) in path.match_indices('/') {
        let rest = &path[i + 1..];
        if let Some((segment, _)) = rest.split_once('/') {
            if Page::segments().any(|s| s == segment) {
                return &path[..i];
            }
        }
    }
    match path.rfind('/') {
        Some(i) => &path[..i],
        None => "",
    }
}

/// `base` without trailing slashes, or `""` where it would not stay on the origin (see
/// [`base_of`]).
fn same_origin(base: &str) -> &str {
    let base = base.trim_end_matches('/');
    let safe = base.starts_with('/')
        && !base.starts_with("//")
        && !base
            .chars()
            .any(|c| c.is_control() || matches!(c, '\\' | '?' | '#'));
    if safe {
        base
    } else {
        ""
    }
}

/// The query of a way back to the agenda (`?day=tue&q=…`, or empty; `render::href` makes
/// either a relative link, which stays under the app's base path): the agenda's query as the
/// visitor left it, without `lang=`, so the way back never undoes a language chosen since.
pub fn agenda_back(left: &Query) -> String {
    left.clone().with("lang", None).to_string()
}

/// A location inside the app: the page and its query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppUrl {
    pub page: Page,
    pub query: Query,
}

impl AppUrl {
    pub fn new(page: Page) -> AppUrl {
        AppUrl {
            page,
            query: Query::default(),
        }
    }

    /// From a path relative to the base and a search string.
    pub fn parse(path: &str, search: &str) -> AppUrl {
        AppUrl {
            page: Page::from_path(path),
            query: Query::parse(search),
        }
    }

    /// A relative link to the HTML file that serves this location, with its query
    /// (`session.html?id=panel-1`; the not-found page's file is `404.html`). It reaches the
    /// right bundle on a host that answers every address with `index.html`.
    pub fn file_href(&self) -> String {
        format!("{}{}", self.page.info().file, self.query)
    }

    /// From an in-app href such as `/session?id=panel-1` (a fragment is ignored).
    pub fn parse_href(href: &str) -> AppUrl {
        let href = href.split('#').next().unwrap_or_default();
        let (path, search) = href.split_once('?').unwrap_or((href, ""));
        AppUrl::parse(path, search)
    }

    pub fn with(mut self, key: &str, value: Option<&str>) -> AppUrl {
        self.query.set(key, value);
        self
    }
}

/// `/session?id=panel-1`, relative to the base.
impl fmt::Display for AppUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.page.path(), self.query)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The cases shared with the pages' first script (see [`base_of`]).
    #[test]
    fn base_cases_shared_with_the_first_script() {
        let cases = include_str!("../../tests/fixtures/base-cases.txt");
        let mut n = 0;
        for line in cases.lines().filter(|l| !l.starts_with('#')) {
            let (path, want) = line.split_once('\t').unwrap_or((line, ""));
            assert_eq!(base_of(path), want, "base of {path:?}");
            n += 1;
        }
        assert!(n > 20, "{n} cases");
    }

    #[test]
    fn base_is_the_directory() {
        assert_eq!(base_of("/"), "");
        assert_eq!(base_of("/session"), "");
        assert_eq!(base_of("/gpa-2021/"), "/gpa-2021");
        assert_eq!(base_of("/gpa-2021/questions"), "/gpa-2021");
        assert_eq!(base_of("/a/b/index.html"), "/a/b");
        assert_eq!(base_of(""), "");
        assert_eq!(base_of("/session/panel-1"), "");
        assert_eq!(base_of("/gpa-2021/speakers/ghada-waly/x"), "/gpa-2021");
        assert_eq!(base_of("/gpa-2021/questions/"), "/gpa-2021");
        assert_eq!(base_of("/a/sessions/b"), "/a/sessions");
    }

    #[test]
    fn pages_from_paths() {
        assert_eq!(Page::from_path("/"), Page::Agenda);
        assert_eq!(Page::from_path(""), Page::Agenda);
        assert_eq!(Page::from_path("/index.html"), Page::Agenda);
        assert_eq!(Page::from_path("/session.html"), Page::Session);
        assert_eq!(Page::from_path("/nope"), Page::NotFound);
        assert_eq!(Page::from_path("/404.html"), Page::NotFound);
        assert_eq!(Page::from_path("/404"), Page::NotFound);
        for p in PAGES {
            // Every page routes to itself by its path and by its file, and has one row.
            if p.segment.is_some() {
                assert_eq!(Page::from_path(&p.page.path()), p.page);
                assert_eq!(Page::from_path(&format!("/{}", p.file)), p.page);
            }
            assert_eq!(PAGES.iter().filter(|q| q.page == p.page).count(), 1);
            assert_eq!(p.page.info().file, p.file);
        }
        assert_eq!(PAGES.iter().filter(|p| p.segment.is_none()).count(), 1);
    }

    #[test]
    fn queries() {
        let q = Query::parse("?q=siobh%C3%A1n+mullally&day=mon&bad=%zz&empty=");
        assert_eq!(q.get("q"), Some("siobhán mullally"));
        assert_eq!(q.get("day"), Some("mon"));
        assert_eq!(q.get("bad"), Some("%zz"));
        assert_eq!(q.get("empty"), Some(""));
        let url = AppUrl::new(Page::Agenda)
            .with("q", Some("a b&c"))
            .with("day", Some("tue"));
        assert_eq!(url.to_string(), "/?q=a%20b%26c&day=tue");
        assert_eq!(url.clone().with("q", None).to_string(), "/?day=tue");
        assert_eq!(
            url.with("day", Some("mon")).to_string(),
            "/?q=a%20b%26c&day=mon"
        );
        assert_eq!(
            AppUrl::parse_href("/session?id=x#top").query.get("id"),
            Some("x")
        );
    }

    #[test]
    fn the_way_back_to_the_agenda_keeps_its_filters_not_its_language() {
        let left = Query::parse("?lang=fr&day=tue&q=a%20b");
        assert_eq!(agenda_back(&left), "?day=tue&q=a%20b");
        assert_eq!(agenda_back(&Query::parse("lang=ar")), "");
        assert_eq!(
            crate::render::href(&agenda_back(&left)),
            "./?day=tue&amp;q=a%20b"
        );
        assert_eq!(crate::render::href(&agenda_back(&Query::default())), "./");
    }

    #[test]
    fn every_page_has_a_file_of_its_own() {
        let url = AppUrl::parse("/session", "?id=panel-1&embed=1");
        assert_eq!(url.file_href(), "session.html?id=panel-1&embed=1");
        assert_eq!(AppUrl::new(Page::Timer).file_href(), "timer.html");
        assert_eq!(AppUrl::new(Page::Agenda).file_href(), "index.html");
        // The not-found page is 404.html, which names it again (not "not-found.html").
        let missing = AppUrl::parse("/no-such-page", "");
        assert_eq!(missing.file_href(), "404.html");
        assert_eq!(Page::from_path("/404.html"), Page::NotFound);
    }

    proptest! {
        /// Whatever the address holds, the base is the start of its path and, joined to the
        /// page's origin as the app joins it (`{base}/about`, `<base href="{base}/">`), stays
        /// on that origin.
        #[test]
        fn the_base_never_leaves_the_origin(path in "[/\\\\a-z.%?#\t\u{1}\u{ff0f}:@]{0,24}(/(session|speakers|about|timer|questions|))*") {
            let base = base_of(&path);
            prop_assert!(path.starts_with(base));
            let origin = url::Url::parse("https://app.example/").map_err(|e| TestCaseError::fail(e.to_string()))?;
            for link in [format!("{base}/about"), format!("{base}/"), format!("{base}/?q=1")] {
                let joined = origin.join(&link).map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(joined.host_str(), Some("app.example"), "{:?} -> {:?}", link, joined.as_str());
                prop_assert_eq!(joined.scheme(), "https");
            }
        }

        #[test]
        fn the_base_is_the_start_of_the_path(path in "(/(session|speakers|about|[a-z0-9.-]{0,8})){0,5}/?") {
            let base = base_of(&path);
            prop_assert!(path.starts_with(base));
            prop_assert!(path.len() == base.len() || path.as_bytes()[base.len()] == b'/');
        }


        #[test]
        fn parsing_never_panics(s in ".{0,60}") {
            let url = AppUrl::parse_href(&s);
            let _ = url.to_string();
            let _ = crate::query::decode(&s);
        }
    }
}

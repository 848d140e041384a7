//! The app's pages, its URLs and their query strings: parsing and writing, total and pure.
//!
//! Every page is one path segment deep and takes ids in its query (`/session?id=panel-1`), so
//! a build with relative asset URLs works at `/` and under any sub-path, and a static host can
//! serve each page from a file of the same name (`session.html`, made by the Trunk hook).
//!
//! The app routes itself instead of using `leptos_router`: measured on this app, the router
//! cost 44 KB of brotli-compressed wasm (119 KB → 75 KB without it), nearly half the first-load
//! budget, while the app needs only "which page, which query" — this module — and a history
//! listener in `platform`.

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

/// The pages other than the home page (the agenda), as path segments.
pub const PAGES: [&str; 5] = ["session", "speakers", "questions", "timer", "about"];

impl Page {
    /// The path of the page, relative to the app's base: `/`, `/session`, …
    pub fn path(self) -> &'static str {
        match self {
            Page::Agenda => "/",
            Page::Session => "/session",
            Page::Speakers => "/speakers",
            Page::Questions => "/questions",
            Page::Timer => "/timer",
            Page::About => "/about",
            Page::NotFound => "/not-found",
        }
    }

    /// The page a path (relative to the base) names. `/session.html` is `/session`, so a host
    /// that shows the file name still lands on the right page.
    pub fn from_path(path: &str) -> Page {
        let segment = path.trim_start_matches('/');
        let segment = segment.strip_suffix(".html").unwrap_or(segment);
        match segment {
            "" | "index" => Page::Agenda,
            "session" => Page::Session,
            "speakers" => Page::Speakers,
            "questions" => Page::Questions,
            "timer" => Page::Timer,
            "about" => Page::About,
            _ => Page::NotFound,
        }
    }
}

/// The wasm bundle, and the HTML file, that serves a page. The app ships as four bundles so
/// that each page loads only its own code (the agenda needs none of the timer's, nor the code
/// of the session, speakers and about pages): see README, "Bundle size". Moving between
/// bundles is an ordinary page load.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bundle {
    Agenda,
    /// Session pages, speakers, about, not found.
    Details,
    Questions,
    Timer,
}

impl Bundle {
    pub const ALL: [Bundle; 4] = [
        Bundle::Agenda,
        Bundle::Details,
        Bundle::Questions,
        Bundle::Timer,
    ];

    /// The cargo binary (and Trunk `data-bin`) of the bundle.
    pub fn bin(self) -> &'static str {
        match self {
            Bundle::Agenda => "agenda",
            Bundle::Details => "details",
            Bundle::Questions => "questions",
            Bundle::Timer => "timer",
        }
    }
}

impl Page {
    pub fn bundle(self) -> Bundle {
        match self {
            Page::Questions => Bundle::Questions,
            Page::Timer => Bundle::Timer,
            Page::Agenda => Bundle::Agenda,
            Page::Session | Page::Speakers | Page::About | Page::NotFound => Bundle::Details,
        }
    }
}

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
/// (`js/early.js`, before any asset loads); `tests/fixtures/base-cases.txt` holds the cases
/// both are checked against.
pub fn base_of(path: &str) -> &str {
    same_origin(directory_of(path))
}

fn directory_of(path: &str) -> &str {
    for (i, _) in path.match_indices('/') {
        let rest = &path[i + 1..];
        if let Some((segment, _)) = rest.split_once('/') {
            if PAGES.contains(&segment) {
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
        let file = match self.page {
            Page::Agenda => "index",
            Page::NotFound => "404",
            page => page.path().trim_start_matches('/'),
        };
        format!("{file}.html{}", self.query)
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
        for p in PAGES {
            let page = Page::from_path(&format!("/{p}"));
            assert_eq!(page.path(), format!("/{p}"));
        }
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

    /// The build must write an HTML file for every page, each loading the right bundle, or a
    /// reload of a deep link on a plain static host gets a 404 status or the wrong code.
    #[test]
    fn build_writes_every_page_with_its_bundle() {
        let build = include_str!("../../scripts/postbuild.mjs");
        for page in PAGES {
            let bin = Page::from_path(&format!("/{page}")).bundle().bin();
            let line = format!("page('{page}', '{bin}');");
            assert!(build.contains(&line), "scripts/postbuild.mjs misses {line}");
        }
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

//! The app's pages and how their paths relate to the place the app is hosted.
//!
//! Every page is one path segment deep and takes ids in its query (`/session?id=panel-1`), so
//! a build with relative asset URLs works at `/` and under any sub-path, and a static host can
//! serve each page from a file of the same name (`session.html`, made by the Trunk hook).

/// The pages other than the home page (the agenda), as path segments.
pub const PAGES: [&str; 5] = ["session", "speakers", "questions", "timer", "about"];

/// The directory a path is in, without its trailing slash: `/gpa-2021/session` → `/gpa-2021`,
/// `/session` → `""`, `/gpa-2021/` → `/gpa-2021`.
pub fn base_of(path: &str) -> &str {
    match path.rfind('/') {
        Some(i) => &path[..i],
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_is_the_directory() {
        assert_eq!(base_of("/"), "");
        assert_eq!(base_of("/session"), "");
        assert_eq!(base_of("/gpa-2021/"), "/gpa-2021");
        assert_eq!(base_of("/gpa-2021/questions"), "/gpa-2021");
        assert_eq!(base_of("/a/b/index.html"), "/a/b");
        assert_eq!(base_of(""), "");
    }

    /// The Trunk hook must write a copy of the app for every page, or a reload of a deep link
    /// on a plain static host gets a 404 status.
    #[test]
    fn trunk_hook_copies_every_page() {
        let trunk = include_str!("../Trunk.toml");
        let hook = trunk
            .lines()
            .find(|l| l.contains("for page in"))
            .unwrap_or_default();
        for page in PAGES {
            assert!(
                hook.split_whitespace().any(|w| w == page),
                "Trunk.toml hook misses {page}"
            );
        }
    }
}

//! The page's address: the base path the app is served under, absolute URLs of in-app paths,
//! the current path and query, and loading another page of the app.

use super::{document, window};

/// The path the app is served under, without a trailing slash: `""` at the site root,
/// `"/gpa-2021"` under a sub-path. Every route is one path segment deep (ids go in the query),
/// so the base is simply the current path's directory, and Trunk's relative asset URLs
/// (`public_url = "./"`) resolve against the same directory.
pub fn base_path() -> String {
    let Some(w) = window() else {
        return String::new();
    };
    let location = w.location();
    let mut path = location.pathname().unwrap_or_default();
    // An address deeper than the app's pages gets a `<base>` from the page's first script
    // (web/early.js): links resolve against it, and so does the app. Only one on this origin
    // counts (the page's policy allows no other: `base-uri 'self'`).
    let base = document()
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|b| web_sys::Url::new(&b).ok());
    if let Some(b) = base.filter(|b| Some(b.origin()) == location.origin().ok()) {
        path = b.pathname();
    }
    crate::routes::base_of(&path).to_string()
}

/// The app's absolute URL for an in-app path (`/session?id=x` → `https://host/base/session?id=x`).
pub fn absolute_url(app_path: &str) -> String {
    let origin = window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}{app_path}", base_path())
}

/// The page's current path and query string (`location.pathname`, `location.search`).
pub fn location_path_and_search() -> (String, String) {
    let Some(loc) = window().map(|w| w.location()) else {
        return (String::from("/"), String::new());
    };
    (
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default(),
    )
}

/// Loads another page of the app (one served by another bundle).
pub fn load(url: &str) {
    if let Some(w) = window() {
        let _ = w.location().assign(url);
    }
}

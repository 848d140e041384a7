//! Thin Leptos views. Each page reads signals, asks the pure core and renders; the browser
//! itself is reached only through [`crate::platform`].

mod about;
mod agenda;
mod app;
mod layout;
mod not_found;
mod now;
mod questions;
mod router;
mod session;
mod session_card;
mod share;
mod speakers;
mod state;
mod timer;

use std::sync::OnceLock;

pub use app::App;

static BASE: OnceLock<String> = OnceLock::new();

/// The path the app is served under (`""` or e.g. `"/gpa-2021"`), read once at start-up.
pub(crate) fn base() -> &'static str {
    BASE.get_or_init(crate::platform::base_path)
}

/// An in-app link target: `href("/about")` is `/gpa-2021/about` under a sub-path.
pub(crate) fn href(path: &str) -> String {
    format!("{}{path}", base())
}

/// Starts the app: mounts it into the page's `#app` element.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}

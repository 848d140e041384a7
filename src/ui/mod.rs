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

use crate::routes::{Bundle, Page};
use leptos::prelude::*;
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

/// Starts the app with the pages of one bundle. Each binary passes its own function, so the
/// linker keeps only that bundle's pages.
pub fn mount(bundle: Bundle, pages: PageViews) {
    leptos::mount::mount_to_body(move || view! { <App bundle=bundle pages=pages/> });
}

/// The view of each page a bundle serves (`None` for pages of other bundles).
pub type PageViews = fn(Page) -> Option<AnyView>;

/// The agenda bundle: agenda, sessions, speakers, about, not found.
pub fn agenda_pages(page: Page) -> Option<AnyView> {
    Some(match page {
        Page::Agenda => view! { <agenda::AgendaPage/> }.into_any(),
        Page::Session => view! { <session::SessionPage/> }.into_any(),
        Page::Speakers => view! { <speakers::SpeakersPage/> }.into_any(),
        Page::About => view! { <about::AboutPage/> }.into_any(),
        Page::NotFound => view! { <not_found::NotFound/> }.into_any(),
        Page::Questions | Page::Timer => return None,
    })
}

/// The question explorer bundle.
pub fn questions_pages(page: Page) -> Option<AnyView> {
    (page == Page::Questions).then(|| view! { <questions::QuestionsPage/> }.into_any())
}

/// The speaking timer bundle.
pub fn timer_pages(page: Page) -> Option<AnyView> {
    (page == Page::Timer).then(|| view! { <timer::TimerPage/> }.into_any())
}

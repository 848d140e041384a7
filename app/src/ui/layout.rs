//! The page frame, rendered by `render::frame` and kept current as the page changes.

use crate::platform;
use crate::programme::meeting;
use crate::render::frame;
use crate::routes::Page;
use leptos::prelude::*;

/// The skip link and header; the navigation follows the page. The skip link moves focus
/// itself, so focus lands on `<main>` in every browser and the address keeps no `#main`.
#[component]
pub fn FrameTop(page: Memo<Page>) -> impl IntoView {
    let on_click = |ev: web_sys::MouseEvent| {
        if platform::closest_attr(&ev, "a.skip-link", "href").is_some() {
            ev.prevent_default();
            platform::focus_id("main");
        }
    };
    let text = super::state::use_frame();
    let query = super::router::use_nav().query_all();
    let html = move || {
        let shown = text.get();
        query.with(|q| frame::top(meeting(), page.get(), shown.lang, shown.c, q))
    };
    view! { <div class="frame-top" inner_html=html on:click=on_click></div> }
}

#[component]
pub fn FrameBottom() -> impl IntoView {
    let text = super::state::use_frame();
    view! { <div class="frame-bottom" inner_html=move || { let shown = text.get(); frame::bottom(meeting(), shown.lang, shown.c) }></div> }
}

/// Sets the document title and meta description of the page it is part of (pages are built
/// anew when the language changes, so this is set again then).
#[component]
pub fn PageMeta(#[prop(into)] title: String, #[prop(into)] description: String) -> impl IntoView {
    platform::set_page_meta(&crate::render::pages::full_title(&title), &description);
}

/// The title and description `render::pages::meta` gives a page (as the static page has them),
/// the title in the interface language.
#[component]
pub fn StandardMeta(page: Page) -> impl IntoView {
    let c = super::state::use_frame().get_untracked().c;
    let (title, description) = crate::render::pages::meta(meeting(), c, page);
    platform::set_page_meta(&title, &description);
}

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
    let lang = super::state::use_lang();
    let query = super::router::use_nav().query_all();
    let html = move || query.with(|q| frame::top(meeting(), page.get(), lang.get(), q));
    view! { <div class="frame-top" inner_html=html on:click=on_click></div> }
}

#[component]
pub fn FrameBottom() -> impl IntoView {
    let lang = super::state::use_lang();
    view! { <div class="frame-bottom" inner_html=move || frame::bottom(meeting(), lang.get())></div> }
}

/// Sets the document title and meta description of the page it is part of.
#[component]
pub fn PageMeta(#[prop(into)] title: String, #[prop(into)] description: String) -> impl IntoView {
    platform::set_page_meta(&format!("{title} · GPA 2021 appraisal"), &description);
}

/// The title and description `render::pages::meta` gives a page (as the static page has them).
#[component]
pub fn StandardMeta(page: Page) -> impl IntoView {
    let (title, description) = crate::render::pages::meta(meeting(), page);
    platform::set_page_meta(&title, &description);
}

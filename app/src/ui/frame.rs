//! The frame of every page (skip link, header, footer: `render::frame`), adopted as the static
//! page has it and kept current as the language, the page and its query change; and the
//! document's title and description.

use super::adopt;
use super::router::use_nav;
use super::state::use_frame;
use crate::platform;
use crate::programme::meeting;
use crate::render::frame;
use crate::routes::Page;
use leptos::prelude::*;

pub fn adopt(page: Memo<Page>) {
    let text = use_frame();
    let query = use_nav().query_all();
    adopt::slot(
        frame::TOP,
        move || query.with(|q| frame::top_key(text.with(|s| s.lang), page.get(), q)),
        move || {
            let shown = text.get();
            query.with(|q| frame::top(meeting(), page.get(), shown.lang, shown.c, q))
        },
        || {},
    );
    adopt::slot(
        frame::BOTTOM,
        move || frame::bottom_key(text.with(|s| s.lang)),
        move || {
            let shown = text.get();
            frame::bottom(meeting(), shown.lang, shown.c)
        },
        || {},
    );
    // The skip link moves focus itself, so focus lands on `<main>` in every browser and the
    // address keeps no `#main`.
    platform::on_click_of("a.skip-link", |ev| {
        ev.prevent_default();
        platform::focus_id("main");
    });
}

/// Sets the document's title (in the interface language, with the meeting's name) and its
/// description.
pub fn meta(title: &str, description: &str) {
    platform::set_page_meta(&crate::render::pages::full_title(title), description);
}

/// The title and description a page has by the page table (`render::pages::meta`), in the
/// interface language `c`, once.
pub fn standard_meta_now(page: Page, c: &crate::i18n::Catalogue) {
    let (title, description) = crate::render::pages::meta(meeting(), c, page);
    platform::set_page_meta(&title, &description);
}

/// The title and description a page has by the page table (`render::pages::meta`), in the
/// interface language, following it.
pub fn standard_meta(page: Page) {
    let text = use_frame();
    Effect::new(move |_| {
        let (title, description) = crate::render::pages::meta(meeting(), text.get().c, page);
        platform::set_page_meta(&title, &description);
    });
}

//! The page for a link that leads nowhere, with the ways back.

use super::layout::StandardMeta;
use crate::render::pages::{self, Missing};
use leptos::prelude::*;

#[component]
pub fn NotFound(#[prop(optional)] what: Option<Missing>) -> impl IntoView {
    let t = super::state::texts(crate::i18n::ENGLISH);
    view! {
        <StandardMeta page=crate::routes::Page::NotFound/>
        <div class="page" inner_html=pages::not_found(t, what.unwrap_or(Missing::Page))></div>
    }
}

/// Shown when a host answered a page's address with another page's file (for example a
/// single-page fallback to `index.html`): a plain link to the page's own file always works.
#[component]
pub fn WrongBundle(page: crate::routes::Page) -> impl IntoView {
    let here = super::router::use_nav().get_untracked();
    let file = crate::routes::AppUrl { page, ..here }.file_href();
    // In the interface language once its text has loaded (this page is outside `per_lang`).
    let text = super::state::use_frame();
    view! { <div class="page" inner_html=move || pages::wrong_bundle(text.with(|s| s.c), &file)></div> }
}

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
    let file = format!("{}.html", page.path().trim_start_matches('/'));
    let t = super::state::use_frame().get_untracked().c;
    view! {
        <div class="page">
            <h1>{t.wrong_bundle_title}</h1>
            <p>{t.wrong_bundle_text}</p>
            <ul class="links"><li><a href=file>{t.wrong_bundle_open}</a></li><li><a href="./">{t.wrong_bundle_back}</a></li></ul>
        </div>
    }
}

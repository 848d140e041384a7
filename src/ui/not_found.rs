//! The page for a link that leads nowhere, with the ways back.

use super::layout::StandardMeta;
use crate::render::pages;
use leptos::prelude::*;

#[component]
pub fn NotFound(#[prop(optional)] what: Option<&'static str>) -> impl IntoView {
    view! {
        <StandardMeta page=crate::routes::Page::NotFound/>
        <div class="page" inner_html=pages::not_found(what.unwrap_or("page"))></div>
    }
}

/// Shown when a host answered a page's address with another page's file (for example a
/// single-page fallback to `index.html`): a plain link to the page's own file always works.
#[component]
pub fn WrongBundle(page: crate::routes::Page) -> impl IntoView {
    let file = format!("{}.html", page.path().trim_start_matches('/'));
    view! {
        <div class="page">
            <h1>"This page did not load"</h1>
            <p>"The web server sent another page of the app here. "<a href=file>"Open the page directly"</a>" or go back to the "<a href="./">"agenda"</a>"."</p>
        </div>
    }
}

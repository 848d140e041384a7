//! About the meeting: the concept note's background, format and participation.

use super::layout::StandardMeta;
use crate::programme::meeting;
use crate::render::pages;
use crate::routes::Page;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    let m = meeting();
    let t = super::state::texts(crate::i18n::ENGLISH);
    view! {
        <StandardMeta page=Page::About/>
        <article class="page prose" inner_html=pages::about(m, t)></article>
    }
}

//! About the meeting: the concept note's background, format and participation.

use super::layout::PageMeta;
use crate::programme::meeting;
use crate::render::pages;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    let m = meeting();
    view! {
        <PageMeta title="About the meeting" description=format!("{}: background, format and participation.", m.title)/>
        <article class="page prose" inner_html=pages::about(m)></article>
    }
}

//! The page for a link that leads nowhere, with the ways back.

use super::layout::PageMeta;
use crate::render::pages;
use leptos::prelude::*;

#[component]
pub fn NotFound(#[prop(optional)] what: Option<&'static str>) -> impl IntoView {
    view! {
        <PageMeta title="Not found" description="This page of the programme app does not exist."/>
        <div class="page" inner_html=pages::not_found(what.unwrap_or("page"))></div>
    }
}

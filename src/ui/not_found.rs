//! The page for a link that leads nowhere, with the ways back.

use super::href;
use super::layout::PageMeta;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound(#[prop(optional)] what: Option<&'static str>) -> impl IntoView {
    let thing = what.unwrap_or("page");
    view! {
        <PageMeta title="Not found" description="This page of the programme app does not exist."/>
        <div class="page">
            <h1>"We can’t find that "{thing}</h1>
            <p>"The link may be mistyped or out of date. Everything the programme holds is reachable from here:"</p>
            <ul class="links">
                <li><A href=href("/")>"Agenda of both days"</A></li>
                <li><A href=href("/questions")>"Panels and guiding questions"</A></li>
                <li><A href=href("/speakers")>"Speakers"</A></li>
                <li><A href=href("/about")>"About the meeting"</A></li>
            </ul>
        </div>
    }
}

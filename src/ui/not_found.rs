//! The page for a link that leads nowhere, with the ways back.

use super::layout::PageMeta;
use super::router::Link;
use leptos::prelude::*;

#[component]
pub fn NotFound(#[prop(optional)] what: Option<&'static str>) -> impl IntoView {
    let thing = what.unwrap_or("page");
    view! {
        <PageMeta title="Not found" description="This page of the programme app does not exist."/>
        <div class="page">
            <h1>"We can’t find that "{thing}</h1>
            <p>"The link may be mistyped or out of date. Everything the programme holds is reachable from here:"</p>
            <ul class="links">
                <li><Link to="/">"Agenda of both days"</Link></li>
                <li><Link to="/questions">"Panels and guiding questions"</Link></li>
                <li><Link to="/speakers">"Speakers"</Link></li>
                <li><Link to="/about">"About the meeting"</Link></li>
            </ul>
        </div>
    }
}

//! The people the programme names, and each one's sessions.

use super::layout::PageMeta;
use super::not_found::NotFound;
use super::router::use_nav;
use super::router::Link;
use super::session_card::SessionCard;
use crate::programme::meeting;
use crate::programme::model::Speaker;
use leptos::prelude::*;

/// `/speakers` lists everyone; `/speakers?id=…` shows one person.
#[component]
pub fn SpeakersPage() -> impl IntoView {
    let id = use_nav().query("id");
    move || match id.get() {
        None => view! { <SpeakerList/> }.into_any(),
        Some(id) => match meeting().speaker(&id) {
            Some(p) => view! { <SpeakerDetail speaker=p/> }.into_any(),
            None => view! { <NotFound what="speaker"/> }.into_any(),
        },
    }
}

#[component]
fn SpeakerList() -> impl IntoView {
    let m = meeting();
    let list = m
        .speakers
        .iter()
        .map(|p| {
            view! {
                <li class="person">
                    <Link to=&format!("/speakers?id={}", p.id)>{p.full_name()}</Link>
                    <span class="role">{p.role}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageMeta title="Speakers" description="The speakers named in the programme and their roles."/>
        <div class="page">
            <h1>"Speakers"</h1>
            <p class="lede">"The people the programme names, with their roles as printed."</p>
            <ul class="people">{list}</ul>
            <p class="note">"Each panel is chaired by a representative of a Member State; the programme does not name the chairs or the panellists."</p>
        </div>
    }
}

#[component]
fn SpeakerDetail(speaker: &'static Speaker) -> impl IntoView {
    let sessions = meeting()
        .sessions_of(speaker.id)
        .into_iter()
        .map(|s| view! { <SessionCard session=s/> })
        .collect_view();
    view! {
        <PageMeta title=speaker.name.to_string() description=format!("{}, {}.", speaker.full_name(), speaker.role)/>
        <article class="page">
            <p class="breadcrumb"><Link to="/speakers">"Speakers"</Link></p>
            <h1>{speaker.full_name()}</h1>
            <p class="lede">{speaker.role}</p>
            <h2>"Sessions"</h2>
            <p><Link to=format!("/?speaker={}", speaker.id)>"Show the agenda filtered to "{speaker.name}</Link></p>
            <ol class="sessions">{sessions}</ol>
        </article>
    }
}

//! One session's page: everything the programme says about it.

use super::agenda::{KindBadge, SessionTime};
use super::href;
use super::layout::PageMeta;
use super::not_found::NotFound;
use crate::programme::meeting;
use crate::programme::model::Session;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SessionPage() -> impl IntoView {
    let query = use_query_map();
    move || {
        let id = query.read().get("id").unwrap_or_default();
        match meeting().session(&id) {
            Some(s) => view! { <SessionDetail session=s/> }.into_any(),
            None => view! { <NotFound what="session"/> }.into_any(),
        }
    }
}

#[component]
fn SessionDetail(session: &'static Session) -> impl IntoView {
    let m = meeting();
    let day = m.day(session.day).map(|d| d.label).unwrap_or_default();
    let speakers = session
        .speakers
        .iter()
        .filter_map(|id| m.speaker(id))
        .map(|p| {
            view! {
                <li>
                    <A href=href(&format!("/speakers?id={}", p.id))>{p.full_name()}</A>
                    <span class="role">", "{p.role}</span>
                </li>
            }
        })
        .collect_view();
    let items = session
        .items
        .iter()
        .map(|i| {
            let by = i.speaker.and_then(|id| m.speaker(id)).map(|p| {
                view! { " (" <A href=href(&format!("/speakers?id={}", p.id))>{p.full_name()}</A> ")" }
            });
            view! { <li>{i.text}{by}</li> }
        })
        .collect_view();
    let panel = m.panel_of(session).map(|p| {
        let questions = p
            .questions
            .iter()
            .map(|q| view! { <li value=q.number>{q.text}</li> })
            .collect_view();
        view! {
            <section aria-labelledby="theme">
                <h2 id="theme">"Theme"</h2>
                <p>{p.theme}</p>
                <h2>"How the panel runs"</h2>
                <p>{p.structure}</p>
                <p class="note">"The programme does not name the chair or the panellists."</p>
                <h2>"Guiding questions"</h2>
                <p>{p.questions_intro}</p>
                <ol class="questions-list">{questions}</ol>
                <p><A href=href(&format!("/questions?panel={}", p.number))>"Explore the questions and background paper of "{p.name}</A></p>
            </section>
        }
    });
    view! {
        <PageMeta title=session.title.to_string() description=format!("{}, {} {}, {}.", session.title, day, m.time_range(session), session.venue)/>
        <article class="page session-page">
            <p class="breadcrumb"><A href=href("/")>"Agenda"</A>" › "{day}</p>
            <h1>{session.title}</h1>
            <p class="session__meta">
                <KindBadge kind=session.kind/>
                {session.subtitle.map(|s| view! { <span>{s}</span> })}
                <span>{day}</span>
                <span>{session.venue}</span>
            </p>
            <SessionTime session=session/>
            {(!session.speakers.is_empty()).then(|| view! { <h2>"Speakers"</h2><ul class="speakers">{speakers}</ul> })}
            {(!session.items.is_empty()).then(|| view! { <h2>"Programme"</h2><ul class="items">{items}</ul> })}
            {panel}
        </article>
    }
}

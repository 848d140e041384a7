//! One session's page: everything the programme says about it.

use super::agenda::{KindBadge, SessionTime};
use super::layout::PageMeta;
use super::not_found::NotFound;
use crate::programme::meeting;
use crate::programme::model::Session;
use leptos::prelude::*;
use super::router::Link;
use super::router::use_nav;

#[component]
pub fn SessionPage() -> impl IntoView {
    let id = use_nav().query("id");
    move || {
        match id.with(|id| id.as_deref().and_then(|id| meeting().session(id))) {
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
                    <Link to=&format!("/speakers?id={}", p.id)>{p.full_name()}</Link>
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
                view! { " (" <Link to=&format!("/speakers?id={}", p.id)>{p.full_name()}</Link> ")" }
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
                <p><Link to=&format!("/questions?panel={}", p.number)>"Explore the questions and background paper of "{p.name}</Link></p>
            </section>
        }
    });
    view! {
        <PageMeta title=session.title.to_string() description=format!("{}, {} {}, {}.", session.title, day, m.time_range(session), session.venue)/>
        <article class="page session-page">
            <p class="breadcrumb"><Link to="/">"Agenda"</Link>" › "{day}</p>
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

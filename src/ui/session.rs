//! One session's page: everything the programme says about it, and what a visitor can do with
//! it (star, add to calendar, share).

use super::layout::PageMeta;
use super::not_found::NotFound;
use super::router::{use_nav, Link};
use super::session_card::{KindBadge, SessionTime, StarButton};
use super::share::ShareButton;
use crate::platform;
use crate::programme::model::Session;
use crate::programme::{ics, meeting};
use leptos::prelude::*;

#[component]
pub fn SessionPage() -> impl IntoView {
    let id = use_nav().query("id");
    move || match id.with(|id| id.as_deref().and_then(|id| meeting().session(id))) {
        Some(s) => view! { <SessionDetail session=s/> }.into_any(),
        None => view! { <NotFound what="session"/> }.into_any(),
    }
}

#[component]
fn SessionDetail(session: &'static Session) -> impl IntoView {
    let m = meeting();
    let day = m.day(session.day).map(|d| d.label).unwrap_or_default();
    let page_url = format!("/session?id={}", session.id);
    let speakers = session
        .speakers
        .iter()
        .filter_map(|id| m.speaker(id))
        .map(|p| {
            view! {
                <li>
                    <Link to=format!("/speakers?id={}", p.id)>{p.full_name()}</Link>
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
                view! { " ("<Link to=format!("/speakers?id={}", p.id)>{p.full_name()}</Link>")" }
            });
            view! { <li>{i.text}{by}</li> }
        })
        .collect_view();
    let panel = m.panel_of(session).map(|p| {
        let questions = p
            .questions
            .iter()
            .map(|q| {
                view! {
                    <li value=q.number>
                        <Link to=format!("/questions?question={}", p.question_anchor(q))>{q.text}</Link>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="panel-theme">
                <h2 id="panel-theme">"Theme"</h2>
                <p class="panel__theme">{p.theme}</p>
                <h2>"How the panel runs"</h2>
                <p>{p.structure}</p>
                <p class="note">"The programme does not name the chair or the panellists."</p>
                <h2>"Guiding questions"</h2>
                <p>{p.questions_intro}</p>
                <ol class="questions-list">{questions}</ol>
                <p><Link to=format!("/questions?panel={}", p.number)>"Explore the questions and background paper of "{p.name}</Link></p>
            </section>
        }
    });
    let download = move |_| {
        let text = ics::calendar(
            m,
            &[session],
            |s| platform::absolute_url(&format!("/session?id={}", s.id)),
            platform::now_ms(),
        );
        platform::download(&ics::file_name(&[session]), "text/calendar", &text);
    };
    let share_url = platform::absolute_url(&page_url);
    view! {
        <PageMeta title=session.title.to_string() description=format!("{}: {}, {} New York time, {}.", session.title, day, m.time_range(session), session.venue)/>
        <article class="page session-page">
            <p class="breadcrumb"><Link to=format!("/?day={}", session.day)>"Agenda"</Link>" › "{day}</p>
            <h1>{session.title}</h1>
            <p class="session__meta">
                <KindBadge kind=session.kind/>
                {session.subtitle.map(|s| view! { <span>{s}</span> })}
                <span>{day}</span>
                <span>{session.venue}</span>
            </p>
            <SessionTime session=session/>
            <div class="actions no-print">
                <StarButton session=session/>
                <button type="button" class="button" on:click=download>"Add to calendar"</button>
                <ShareButton label="Share" title=session.title.to_string() url=share_url/>
            </div>
            {(!session.speakers.is_empty()).then(|| view! { <h2>"Speakers"</h2><ul class="speakers">{speakers}</ul> })}
            {(!session.items.is_empty()).then(|| view! { <h2>"Programme"</h2><ul class="items">{items}</ul> })}
            {panel}
        </article>
    }
}

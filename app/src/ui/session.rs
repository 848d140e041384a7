//! One session's page: everything the programme says about it, and what a visitor can do with
//! it (star, add to calendar, share).

use super::layout::PageMeta;
use super::not_found::NotFound;
use super::router::use_nav;
use super::session_card::{local_time, StarButton};
use super::share::ShareButton;
use super::state::texts;
use crate::platform;
use crate::programme::model::Session;
use crate::programme::{ics, meeting};
use crate::render::pages;
use leptos::prelude::*;

#[component]
pub fn SessionPage() -> impl IntoView {
    let id = use_nav().query("id");
    move || match id.with(|id| id.as_deref().and_then(|id| meeting().session(id))) {
        Some(s) => view! { <SessionDetail session=s/> }.into_any(),
        None => view! { <NotFound what=pages::Missing::Session/> }.into_any(),
    }
}

#[component]
fn SessionDetail(session: &'static Session) -> impl IntoView {
    let m = meeting();
    let t = texts(crate::i18n::ENGLISH);
    let day = m.day(session.day).map(|d| d.label).unwrap_or_default();
    let download = move |_| {
        let text = ics::calendar(
            m,
            &[session],
            |s| platform::absolute_url(&format!("/session?id={}", s.id)),
            platform::now_ms(),
        );
        platform::download(&ics::file_name(&[session]), "text/calendar", &text);
    };
    let share_url = platform::absolute_url(&format!("/session?id={}", session.id));
    let back = use_nav().agenda_left();
    view! {
        <PageMeta title=session.title.to_string() description=format!("{}: {}, {} New York time, {}.", session.title, day, m.time_range(session), session.venue)/>
        <article class="page session-page">
            <div inner_html=pages::session_head(m, t, session, local_time(t, session).as_deref(), back.as_deref())></div>
            <div class="actions no-print">
                <StarButton t=t session=session/>
                <button type="button" class="button" data-early="session-ics" on:click=download>{t.p.add_calendar}</button>
                <ShareButton label=t.p.share title=session.title.to_string() url=share_url quiet=true early="session-share"/>
            </div>
            <div inner_html=pages::session_body(m, t, session)></div>
        </article>
    }
}

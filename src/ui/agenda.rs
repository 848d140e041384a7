//! The agenda: both days of the programme, session by session.

use super::layout::PageMeta;
use crate::platform;
use crate::programme::meeting;
use crate::programme::model::{Session, SessionKind};
use leptos::prelude::*;
use super::router::Link;

#[component]
pub fn AgendaPage() -> impl IntoView {
    let m = meeting();
    let days = m
        .days
        .iter()
        .map(|d| {
            let sessions = m
                .sessions_on(d.id)
                .map(|s| view! { <SessionCard session=s/> })
                .collect_view();
            view! {
                <section class="day" aria-labelledby=format!("day-{}", d.id)>
                    <h2 id=format!("day-{}", d.id) class="day__title">{d.label}</h2>
                    <p class="day__venue">{d.venue}</p>
                    <ol class="sessions">{sessions}</ol>
                </section>
            }
        })
        .collect_view();
    view! {
        <PageMeta title="Agenda" description=format!("Programme of the {}, {}.", m.title, m.dates)/>
        <div class="page">
            <h1>"Agenda"</h1>
            <p class="lede">{m.title}". "{m.dates}", "{m.venue}"."</p>
            <p class="note">"All times are "{m.time_zone_label}"."</p>
            {days}
        </div>
    }
}

/// The kind of a session as a badge: text, never colour alone.
#[component]
pub fn KindBadge(kind: SessionKind) -> impl IntoView {
    view! { <span class=format!("badge badge--{}", kind.slug())>{kind.label()}</span> }
}

/// Official time, plus the visitor's own when their zone differs.
#[component]
pub fn SessionTime(session: &'static Session) -> impl IntoView {
    let m = meeting();
    let start = m.start(session);
    let local = (platform::local_utc_offset_minutes(start) != m.utc_offset_minutes).then(|| {
        let from = platform::format_local(start, true);
        view! { <span class="time__local">"Your time: "{from}</span> }
    });
    view! {
        <p class="time">
            <span class="time__official">
                <time datetime=crate::time::format_rfc3339(start, m.utc_offset_minutes)>{m.time_range(session)}</time>
                <span class="time__zone">" New York"</span>
            </span>
            {local}
        </p>
    }
}

/// One session in a list.
#[component]
pub fn SessionCard(session: &'static Session) -> impl IntoView {
    let m = meeting();
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
        .map(|i| view! { <li>{i.text}</li> })
        .collect_view();
    let panel = m
        .panel_of(session)
        .map(|p| view! { <p class="session__theme">{p.theme}</p> });
    view! {
        <li class="session" id=format!("s-{}", session.id)>
            <SessionTime session=session/>
            <h3 class="session__title">
                <Link to=&format!("/session?id={}", session.id)>{session.title}</Link>
            </h3>
            <p class="session__meta">
                <KindBadge kind=session.kind/>
                {session.subtitle.map(|s| view! { <span>{s}</span> })}
                <span>{session.venue}</span>
            </p>
            {panel}
            {(!session.speakers.is_empty()).then(|| view! { <ul class="speakers">{speakers}</ul> })}
            {(!session.items.is_empty()).then(|| view! { <ul class="items">{items}</ul> })}
        </li>
    }
}

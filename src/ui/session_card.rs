//! A session as a card in a list, and the small pieces session views share: the kind badge,
//! the time in New York and locally, the star for "my agenda", and highlighted text.

use super::router::Link;
use super::state::use_my_agenda;
use crate::platform;
use crate::programme::meeting;
use crate::programme::model::{Session, SessionKind};
use crate::search;
use leptos::prelude::*;

/// Text with the search terms marked.
#[component]
pub fn Hl(text: &'static str, #[prop(into)] terms: Signal<Vec<String>>) -> impl IntoView {
    move || {
        terms.with(|t| {
            search::segments(text, t)
                .into_iter()
                .map(|(s, hit)| {
                    if hit {
                        view! { <mark>{s}</mark> }.into_any()
                    } else {
                        s.into_any()
                    }
                })
                .collect_view()
        })
    }
}

/// The kind of a session as a badge: a word and a shape, never colour alone.
#[component]
pub fn KindBadge(kind: SessionKind) -> impl IntoView {
    view! { <span class=format!("badge badge--{}", kind.slug())>{kind.label()}</span> }
}

/// Official New York time, plus the visitor's own when their zone differs.
#[component]
pub fn SessionTime(session: &'static Session) -> impl IntoView {
    let m = meeting();
    let (start, end) = (m.start(session), m.end(session));
    let local = (platform::local_utc_offset_minutes(start) != m.utc_offset_minutes).then(|| {
        view! { <span class="time__local">"Your time: "{platform::format_local_range(start, end)}</span> }
    });
    view! {
        <p class="time">
            <span class="time__official">
                <time datetime=crate::time::format_rfc3339(start, m.utc_offset_minutes)>{m.time_range(session)}</time>
                " "<abbr class="time__zone" title=m.time_zone_label>"New York"</abbr>
            </span>
            {local}
        </p>
    }
}

/// Stars or unstars a session for "my agenda".
#[component]
pub fn StarButton(session: &'static Session) -> impl IntoView {
    let favourites = use_my_agenda();
    let starred = move || favourites.with(|f| f.contains(session.id));
    view! {
        <button
            type="button"
            class="star"
            aria-pressed=move || if starred() { "true" } else { "false" }
            on:click=move |_| favourites.update(|f| *f = f.toggle(session.id))
        >
            <span aria-hidden="true" class="star__icon">{move || if starred() { "★" } else { "☆" }}</span>
            <span>{move || if starred() { "In my agenda" } else { "Add to my agenda" }}</span>
            <span class="visually-hidden">": "{session.title}", "{meeting().time_range(session)}</span>
        </button>
    }
}

/// Whether the card is the running or the next session.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum NowMark {
    None,
    Now,
    Next,
}

/// One session in a list.
#[component]
pub fn SessionCard(
    session: &'static Session,
    /// Search terms to highlight.
    #[prop(optional, into)]
    terms: Signal<Vec<String>>,
    /// Whether it is on now or next.
    #[prop(optional, into)]
    mark: Signal<Option<NowMark>>,
) -> impl IntoView {
    let m = meeting();
    let speakers = session
        .speakers
        .iter()
        .filter_map(|id| m.speaker(id))
        .map(|p| {
            view! {
                <li>
                    <Link to=format!("/speakers?id={}", p.id)>
                        <Hl text=p.honorific terms=terms/>" "<Hl text=p.name terms=terms/>
                    </Link>
                    <span class="role">", "<Hl text=p.role terms=terms/></span>
                </li>
            }
        })
        .collect_view();
    let items = session
        .items
        .iter()
        .map(|i| view! { <li><Hl text=i.text terms=terms/></li> })
        .collect_view();
    let panel = m
        .panel_of(session)
        .map(|p| view! { <p class="session__theme"><Hl text=p.theme terms=terms/></p> });
    let mark_badge = move || match mark.get() {
        Some(NowMark::Now) => Some(view! { <span class="live live--now">"On now"</span> }),
        Some(NowMark::Next) => Some(view! { <span class="live live--next">"Next"</span> }),
        _ => None,
    };
    view! {
        <li
            class="session"
            class:session--now=move || mark.get() == Some(NowMark::Now)
            id=format!("s-{}", session.id)
            data-kind=session.kind.slug()
        >
            <div class="session__head">
                <SessionTime session=session/>
                {mark_badge}
            </div>
            <h3 class="session__title">
                <Link to=format!("/session?id={}", session.id)><Hl text=session.title terms=terms/></Link>
            </h3>
            <p class="session__meta">
                <KindBadge kind=session.kind/>
                {session.subtitle.map(|s| view! { <span><Hl text=s terms=terms/></span> })}
                <span>{session.venue}</span>
            </p>
            {panel}
            {(!session.speakers.is_empty()).then(|| view! { <ul class="speakers">{speakers}</ul> })}
            {(!session.items.is_empty()).then(|| view! { <ul class="items">{items}</ul> })}
            <div class="session__actions no-print"><StarButton session=session/></div>
        </li>
    }
}

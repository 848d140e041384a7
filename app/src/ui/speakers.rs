//! The people the programme names, and each one's sessions.

use super::layout::{PageMeta, StandardMeta};
use super::not_found::NotFound;
use super::router::use_nav;
use super::session_card::{card_view, star_clicks};
use super::state::{texts, use_my_agenda};
use crate::programme::meeting;
use crate::programme::model::Speaker;
use crate::render::{agenda::Mark, pages};
use leptos::prelude::*;

/// `/speakers` lists everyone; `/speakers?id=…` shows one person.
#[component]
pub fn SpeakersPage() -> impl IntoView {
    let id = use_nav().query("id");
    let t = texts(crate::i18n::ENGLISH);
    move || match id.get() {
        None => view! {
            <StandardMeta page=crate::routes::Page::Speakers/>
            <div class="page" inner_html=pages::speaker_list(meeting(), t)></div>
        }
        .into_any(),
        Some(id) => match meeting().speaker(&id) {
            Some(p) => view! { <SpeakerDetail speaker=p/> }.into_any(),
            None => view! { <NotFound what=pages::Missing::Speaker/> }.into_any(),
        },
    }
}

#[component]
fn SpeakerDetail(speaker: &'static Speaker) -> impl IntoView {
    let favourites = use_my_agenda();
    let t = texts(crate::i18n::ENGLISH);
    let html = move || {
        favourites.with(|f| {
            pages::speaker_detail(meeting(), t, speaker, |s| {
                card_view(t, s, f, &[], Mark::None)
            })
        })
    };
    view! {
        <PageMeta title=speaker.name.to_string() description=format!("{}, {}.", speaker.full_name(), speaker.role)/>
        <article class="page" inner_html=html on:click=star_clicks(t)></article>
    }
}

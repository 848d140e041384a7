//! The page frame (skip link, header, main, footer) and which page fills it.

use super::layout::{Footer, Header, SkipLink};
use super::router::provide_nav;
use super::state::provide_my_agenda;
use super::{about::AboutPage, agenda::AgendaPage, not_found::NotFound, questions::QuestionsPage};
use super::{session::SessionPage, speakers::SpeakersPage, timer::TimerPage};
use crate::routes::Page;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let page = provide_nav().page();
    provide_my_agenda();
    view! {
        <SkipLink/>
        <Header/>
        <main id="main" tabindex="-1">
            {move || match page.get() {
                Page::Agenda => view! { <AgendaPage/> }.into_any(),
                Page::Session => view! { <SessionPage/> }.into_any(),
                Page::Speakers => view! { <SpeakersPage/> }.into_any(),
                Page::Questions => view! { <QuestionsPage/> }.into_any(),
                Page::Timer => view! { <TimerPage/> }.into_any(),
                Page::About => view! { <AboutPage/> }.into_any(),
                Page::NotFound => view! { <NotFound/> }.into_any(),
            }}
        </main>
        <Footer/>
    }
}

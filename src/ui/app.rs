//! The router and the page frame: skip link, header with navigation, main, footer.

use super::layout::{Footer, Header, SkipLink};
use super::{about::AboutPage, agenda::AgendaPage, not_found::NotFound, questions::QuestionsPage};
use super::{session::SessionPage, speakers::SpeakersPage, timer::TimerPage};
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router base=super::base()>
            <SkipLink/>
            <Header/>
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=AgendaPage/>
                    <Route path=path!("/session") view=SessionPage/>
                    <Route path=path!("/speakers") view=SpeakersPage/>
                    <Route path=path!("/questions") view=QuestionsPage/>
                    <Route path=path!("/timer") view=TimerPage/>
                    <Route path=path!("/about") view=AboutPage/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}

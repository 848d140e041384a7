//! The page frame (skip link, header, main, footer) and which page fills it.

use super::layout::{Footer, Header, SkipLink};
use super::router::provide_nav;
use super::state::provide_my_agenda;
use super::PageViews;
use crate::routes::Bundle;
use leptos::prelude::*;

#[component]
pub fn App(bundle: Bundle, pages: PageViews) -> impl IntoView {
    let page = provide_nav(bundle).page();
    provide_my_agenda();
    view! {
        <SkipLink/>
        <Header/>
        <main id="main" tabindex="-1">
            {move || pages(page.get()).unwrap_or_else(|| view! { <super::not_found::WrongBundle page=page.get_untracked()/> }.into_any())}
        </main>
        <Footer/>
    }
}

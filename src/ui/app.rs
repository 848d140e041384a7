//! The page frame (skip link, header, main, footer) and which page fills it.

use super::layout::{FrameBottom, FrameTop};
use super::router::provide_nav;
use super::state::{provide_lang, provide_my_agenda};
use super::PageViews;
use crate::embed::Embed;
use crate::routes::{AppUrl, Bundle};
use leptos::prelude::*;

#[component]
pub fn App(bundle: Bundle, pages: PageViews) -> impl IntoView {
    let nav = provide_nav(bundle);
    let page = nav.page();
    provide_lang(nav.query("lang"));
    provide_my_agenda();
    let lang = super::state::use_lang();
    let t = move || lang.get().text();
    let english_content = move || !page.get().is_translated();
    let (update_ready, set_update_ready) = signal(false);
    // Later, so the precache downloads never compete with the first load on a slow network.
    set_timeout(
        move || crate::platform::offline::register(move || set_update_ready.set(true)),
        std::time::Duration::from_secs(3),
    );
    view! {
        <Show when=move || update_ready.get()>
            <div class="update-ready no-print" role="status">
                <p>{move || t().update_ready}</p>
                <button type="button" class="button" on:click=|_| crate::platform::offline::apply_update()>{move || t().reload}</button>
            </div>
        </Show>
        <FrameTop page=page/>
        // The content of most pages is English (their interface is not translated yet, and the
        // programme's text stays English): say so to screen readers, and keep it
        // left-to-right under an Arabic frame. The timer speaks the interface language.
        <main id="main" tabindex="-1" lang=move || english_content().then_some("en") dir=move || english_content().then_some("ltr")>
            {super::embed().on.then(|| view! { <EmbedBar/> })}
            {move || pages(page.get()).unwrap_or_else(|| view! { <super::not_found::WrongBundle page=page.get_untracked()/> }.into_any())}
        </main>
        <FrameBottom/>
    }
}

/// In embed mode: the one way out of the frame, to the full app in a new tab.
#[component]
fn EmbedBar() -> impl IntoView {
    let query = super::router::use_nav().query_all();
    let page = super::router::use_nav().page();
    let lang = super::state::use_lang();
    let full = move || {
        let url = AppUrl {
            page: page.get(),
            query: query.with(Embed::strip),
        };
        crate::platform::absolute_url(&url.to_string())
    };
    view! {
        <p class="embed-bar no-print">
            <a href=full target="_blank" rel="noopener" lang=move || lang.get().code() dir=move || lang.get().dir()>{move || lang.get().text().open_full}<span class="ext-arrow" aria-hidden="true">"↗"</span><span class="visually-hidden">" "{move || lang.get().text().new_tab}</span></a>
        </p>
    }
}

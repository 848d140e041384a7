//! The page frame (skip link, header, main, footer) and which page fills it.

use super::layout::{FrameBottom, FrameTop};
use super::router::provide_nav;
use super::state::provide_my_agenda;
use super::{PageViews, ProvideTexts};
use crate::embed::Embed;
use crate::routes::{AppUrl, Bundle};
use leptos::prelude::*;

#[component]
pub fn App(
    bundle: Bundle,
    pages: PageViews,
    texts: ProvideTexts,
    /// Off while the static page's content stands in for the page (see `ui::mount`).
    page_on: ReadSignal<bool>,
) -> impl IntoView {
    let nav = provide_nav(bundle);
    let page = nav.page();
    texts(nav.query("lang"));
    provide_my_agenda();
    let frame = super::state::use_frame();
    let t = move || frame.get().c;
    let (update_ready, set_update_ready) = signal(false);
    // Later, so the precache downloads never compete with the first load on a slow network.
    // Inside a host's frame, only once the visitor uses the frame: a visitor of the host page
    // who never does is not made to download the whole app (README, "Embedding").
    let register = move || crate::platform::offline::register(move || set_update_ready.set(true));
    if super::embed().on && crate::platform::embed::in_frame() {
        crate::platform::embed::on_first_use(register);
    } else {
        set_timeout(register, std::time::Duration::from_secs(3));
    }
    view! {
        <Show when=move || update_ready.get()>
            <div class="update-ready no-print" role="status">
                <p>{move || t().update_ready}</p>
                <button type="button" class="button" on:click=|_| crate::platform::offline::apply_update()>{move || t().reload}</button>
            </div>
        </Show>
        <FrameTop page=page/>
        // Every page speaks the interface language; the programme's own text inside is marked
        // English where it appears (`Texts::en`).
        <main id="main" tabindex="-1">
            {super::embed().on.then(|| view! { <EmbedBar/> })}
            {move || page_on.get().then(|| {
                pages(page.get()).unwrap_or_else(|| view! { <super::not_found::WrongBundle page=page.get_untracked()/> }.into_any())
            })}
        </main>
        <FrameBottom/>
    }
}

/// In embed mode: the one way out of the frame, to the full app in a new tab.
#[component]
fn EmbedBar() -> impl IntoView {
    let query = super::router::use_nav().query_all();
    let page = super::router::use_nav().page();
    let frame = super::state::use_frame();
    let full = move || {
        let url = AppUrl {
            page: page.get(),
            query: query.with(Embed::strip),
        };
        crate::platform::absolute_url(&url.to_string())
    };
    view! {
        <p class="embed-bar no-print">
            <a href=full target="_blank" rel="noopener">{move || frame.get().c.open_full}<span class="ext-arrow" aria-hidden="true">"↗"</span><span class="visually-hidden">" "{move || frame.get().c.new_tab}</span></a>
        </p>
    }
}

//! Pieces of the page frame shared by every route.

use super::href;
use crate::platform;
use crate::programme::meeting;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::A;

/// A `<base>` element makes `href="#main"` point at the app's root page, so the skip link
/// moves focus itself instead of relying on the fragment.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            platform::focus_id("main");
        }>"Skip to content"</a>
    }
}

#[component]
pub fn Header() -> impl IntoView {
    let m = meeting();
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <A href=href("/")>
                    <span class="brand">
                        <span class="brand__mark" aria-hidden="true">"GPA"</span>
                        <span class="brand__text">
                            <span class="brand__title">{m.short_title}</span>
                            <span class="brand__sub">{m.edition}" · "{m.dates}</span>
                        </span>
                    </span>
                </A>
                <nav class="site-nav" aria-label="Main">
                    <ul>
                        <li><A href=href("/") exact=true>"Agenda"</A></li>
                        <li><A href=href("/questions")>"Questions"</A></li>
                        <li><A href=href("/timer")>"Timer"</A></li>
                        <li><A href=href("/about")>"About"</A></li>
                    </ul>
                </nav>
            </div>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let m = meeting();
    view! {
        <footer class="site-footer">
            <p>{m.assembly_session}" · "{m.venue}" · "{m.dates}</p>
            <p>
                "Source: the meeting's "<A href=href("/about")>{m.document}</A>". "
                "Times are "{m.time_zone_label}"."
            </p>
            <p class="site-footer__tag">{m.hashtag}</p>
        </footer>
    }
}

/// Title and description of a page.
#[component]
pub fn PageMeta(#[prop(into)] title: String, #[prop(into)] description: String) -> impl IntoView {
    let full = format!("{title} · GPA 2021 appraisal");
    view! {
        <Title text=full/>
        <Meta name="description" content=description/>
    }
}

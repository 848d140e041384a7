//! Pieces of the page frame shared by every route.

use super::router::{Link, NavLink};
use crate::platform;
use crate::programme::meeting;
use crate::routes::Page;
use leptos::prelude::*;

/// Moves focus itself rather than only following the fragment, so focus lands on `<main>`
/// in every browser.
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
                <Link to="/" class="brand-link">
                    <span class="brand">
                        <span class="brand__mark" aria-hidden="true">"GPA"</span>
                        <span class="brand__text">
                            <span class="brand__title">{m.short_title}</span>
                            <span class="brand__sub">{m.edition}" · "{m.dates}</span>
                        </span>
                    </span>
                </Link>
                <nav class="site-nav" aria-label="Main">
                    <ul>
                        <li><NavLink page=Page::Agenda>"Agenda"</NavLink></li>
                        <li><NavLink page=Page::Questions>"Questions"</NavLink></li>
                        <li><NavLink page=Page::Timer>"Timer"</NavLink></li>
                        <li><NavLink page=Page::About>"About"</NavLink></li>
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
                "Source: the meeting's "<Link to="/about">{m.document}</Link>". "
                "Times are "{m.time_zone_label}"."
            </p>
            <p class="site-footer__tag">{m.hashtag}</p>
        </footer>
    }
}

/// Sets the document title and meta description of the page it is part of.
#[component]
pub fn PageMeta(#[prop(into)] title: String, #[prop(into)] description: String) -> impl IntoView {
    platform::set_page_meta(&format!("{title} · GPA 2021 appraisal"), &description);
}

//! Thin views. The app adopts the page the build wrote ([`adopt`] tells how): each page binds
//! its slots to state from the pure core, and takes its buttons and form controls with one
//! delegated listener. The browser itself is reached only through [`crate::platform`].
//! `view!` is for the parts no static page has: the update banner and the explorer's present
//! mode.

mod adopt;
mod agenda;
mod details;
mod frame;
mod questions;
mod router;
mod star;
mod state;
mod timer;
mod update;

use crate::embed::{Embed, Theme};
use crate::query::Query;
use crate::routes::{Bundle, Page};
use leptos::prelude::*;
use std::sync::OnceLock;

static BASE: OnceLock<String> = OnceLock::new();

/// The path the app is served under (`""` or e.g. `"/gpa-2021"`), read once at start-up.
pub(crate) fn base() -> &'static str {
    BASE.get_or_init(crate::platform::base_path)
}

/// An in-app link target: `href("/about")` is `/gpa-2021/about` under a sub-path.
pub(crate) fn href(path: &str) -> String {
    format!("{}{path}", base())
}

static EMBED: OnceLock<Embed> = OnceLock::new();

/// The embedding parameters the page was opened with (read once; carried from page to page).
pub(crate) fn embed() -> &'static Embed {
    EMBED.get_or_init(|| {
        Embed::from_query(&Query::parse(
            &crate::platform::location_path_and_search().1,
        ))
    })
}

/// Adopts a page of a bundle (see [`adopt`]); `false` for a page of another bundle.
pub type AdoptPage = fn(Page) -> bool;

/// Provides a bundle's interface text, following `lang=` of the URL (each binary passes its
/// own, so a bundle carries only its own text).
pub type ProvideTexts = fn(Memo<Option<String>>);

/// Starts the app of one bundle on the page the build wrote. Each binary passes its own
/// functions, so the linker keeps only that bundle's pages.
///
/// The start runs in three tasks, with the browser free in between: the first call of each
/// function of the wasm compiles it, and in one task the whole start blocked the main thread
/// for about 35 ms at 4x CPU throttling (Lighthouse counted 85 ms of total blocking time on
/// `/`). Until the last task the page is the static page, which answers by itself (`early.js`
/// marks stars, the form keeps what is typed); the last one takes what was done meanwhile.
pub fn mount(bundle: Bundle, page: AdoptPage, texts: ProvideTexts) {
    // The language the build wrote the page in, read before the app sets another.
    let _ = adopt::static_lang();
    // Leptos's effects run on its executor (a root view would start it; the app mounts none).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    apply_embed(embed());
    let owner = Owner::new();
    owner.set();
    // 1. The address and the interface text.
    let nav = router::provide_nav(bundle);
    texts(nav.query("lang"));
    let next = owner.clone();
    crate::platform::dom::next_task(move || {
        next.with(|| {
            // 2. "My agenda", the frame around the page and the update check.
            state::provide_my_agenda();
            frame::adopt(nav.page());
            update::start();
        });
        crate::platform::dom::next_task(move || {
            next.with(|| {
                // 3. The page, then what the visitor did before it answered.
                let here = nav.page().get_untracked();
                if !page(here) {
                    details::wrong_bundle(here);
                }
            });
            // (A page may leave part of its work to tasks of their own.)
            adopt::run_later(next, || {
                state::my_agenda().take_early_stars();
                adopt::ready();
                // Buttons pressed before the app started are pressed again, now that
                // it answers.
                crate::platform::dom::next_task(crate::platform::dom::replay_early_buttons);
            });
        });
    });
    std::mem::forget(owner);
}

/// Theme, accent and embed mode on `<html>`; height reports to a hosting page.
fn apply_embed(e: &Embed) {
    use crate::platform::embed as host;
    for w in &e.warnings {
        host::console_warn(&format!(
            "{}: embed parameter ignored: {w}",
            crate::programme::meeting().id
        ));
    }
    host::set_root_attr(
        "data-theme",
        match e.theme {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        },
    );
    if let Some(c) = e.accent.light {
        host::set_root_css_var("--accent-l", &c.hex());
    }
    if let Some(c) = e.accent.dark {
        host::set_root_css_var("--accent-d", &c.hex());
    }
    if e.on {
        host::set_root_attr("data-embed", Some(""));
        if host::in_frame() {
            host::report_height(host_origin(e));
            if host::came_from_this_app() {
                host::ask_host_for_top(&host_origin(e));
            }
        }
    }
}

/// Where messages to the hosting page go: its origin when known, else any (`*`: the
/// messages carry nothing secret).
pub(crate) fn host_origin(e: &Embed) -> String {
    e.parent.clone().unwrap_or_else(|| "*".into())
}

/// The text of the agenda and details bundles: English inside, the other languages loaded
/// from files.
pub fn agenda_texts(from_url: Memo<Option<String>>) {
    state::provide_files(from_url, crate::i18n::TextSet::Agenda, crate::i18n::ENGLISH);
}

/// The explorer's text: English inside, the other languages loaded from files.
pub fn questions_texts(from_url: Memo<Option<String>>) {
    state::provide_files(
        from_url,
        crate::i18n::TextSet::Questions,
        crate::i18n::ENGLISH_QUESTIONS,
    );
}

/// The timer's text: every language inside (a timer link must work offline in any language).
pub fn timer_texts(from_url: Memo<Option<String>>) {
    state::provide_bundled(from_url, |l| {
        state::Shown::of(crate::i18n::Texts {
            lang: l,
            c: l.text(),
            p: l.timer(),
        })
    });
}

/// The agenda bundle.
pub fn agenda_page(page: Page) -> bool {
    page == Page::Agenda && {
        agenda::adopt();
        true
    }
}

/// The details bundle: sessions, speakers, about, not found.
pub fn detail_page(page: Page) -> bool {
    details::adopt(page)
}

/// The question explorer bundle.
pub fn questions_page(page: Page) -> bool {
    page == Page::Questions && {
        questions::adopt();
        true
    }
}

/// The speaking timer bundle.
pub fn timer_page(page: Page) -> bool {
    page == Page::Timer && {
        timer::adopt();
        true
    }
}

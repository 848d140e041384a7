//! Thin Leptos views. Each page reads signals, asks the pure core and renders; the browser
//! itself is reached only through [`crate::platform`].

mod about;
mod agenda;
mod app;
mod layout;
mod not_found;
mod questions;
mod router;
mod session;
mod session_card;
mod share;
mod slot;
mod speakers;
mod state;
mod timer;

use crate::embed::{Embed, Theme};
use crate::query::Query;
use crate::routes::{Bundle, Page};
use leptos::prelude::*;
use std::sync::OnceLock;

pub use app::App;

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

/// Starts the app with the pages of one bundle. Each binary passes its own function, so the
/// linker keeps only that bundle's pages.
pub fn mount(bundle: Bundle, pages: PageViews, texts: ProvideTexts, warm: fn()) {
    apply_embed(embed());
    // The static copy of the page has painted already: the boot script loads the wasm only
    // after the first paint (scripts/postbuild.mjs). The app takes the page over in tasks of
    // their own, apart from the one that starts the wasm, so none blocks input for long on a
    // slow phone: two warm-ups (see [`warm_agenda`]), the frame (header, footer, language)
    // around the static page's `<main>`, then the page itself, swapped in whole with what the
    // visitor did before (see [`show_if_built`]).
    use crate::platform::dom;
    dom::next_task(move || {
        warm_frame();
        dom::next_task(move || {
            warm();
            dom::next_task(move || take_over(bundle, pages, texts));
        });
    });
}

/// The first warm-up (see [`warm_agenda`]): the code every page runs as the app takes it over
/// (the address, the header and footer).
fn warm_frame() {
    let m = crate::programme::meeting();
    let url = router::current_url();
    let lang = crate::i18n::Lang::En;
    let _ = crate::render::frame::top(m, url.page, lang, lang.text(), &url.query);
    let _ = crate::render::frame::bottom(m, lang, lang.text());
}

/// The takeover, after the first paint and the warm-up (see [`mount`]).
fn take_over(bundle: Bundle, pages: PageViews, texts: ProvideTexts) {
    use crate::platform::dom;
    dom::clear_prerendered();
    let (page_on, set_page_on) = signal(false);
    let end = dom::body_end();
    leptos::mount::mount_to_body(
        move || view! { <App bundle=bundle pages=pages texts=texts page_on=page_on/> },
    );
    dom::place_frame(end);
    dom::next_task(move || {
        // The page is built in the app's hidden `<main>`, the static one still shown.
        TAKING_OVER.set(true);
        set_page_on.set(true);
        // After the page's build (queued before this), which counts the parts it leaves for
        // later.
        leptos::task::spawn_local(async { show_if_built() });
    });
}

thread_local! {
    /// Parts of the page still to be built (see [`later`]).
    static PENDING: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// Whether the app's page is still to replace the static one.
    static TAKING_OVER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Once the page has no part left to build: the app's page replaces the static one, all at
/// once, in the task that builds its last part (nothing paints in between, so nothing shifts).
fn show_if_built() {
    use crate::platform::dom;
    if PENDING.get() > 0 || !TAKING_OVER.replace(false) {
        return;
    }
    let before = dom::drop_held();
    // Hand over what the visitor did on the static page (stars, typing, focus), then tell
    // scripts and tests that the app is live: from now on the app answers every click.
    state::take_late_stars();
    dom::restore(before);
    crate::platform::embed::set_root_attr("data-app", Some("ready"));
    // Buttons pressed before are pressed again once the page's last parts are there.
    dom::next_task(dom::replay_early_buttons);
}

/// Theme, accent and embed mode on `<html>`; height reports to a hosting page.
fn apply_embed(e: &Embed) {
    use crate::platform::embed as host;
    for w in &e.warnings {
        host::console_warn(&format!("GPA 2021 programme, embed parameter ignored: {w}"));
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

/// A flag that turns on in a task of its own, after the one that builds the page: the parts of
/// a page below its first screen are built then, so taking the page over never blocks input
/// for long on a slow phone.
pub(crate) fn later() -> ReadSignal<bool> {
    let (on, set) = signal(false);
    PENDING.set(PENDING.get() + 1);
    crate::platform::dom::next_task(move || {
        set.set(true);
        PENDING.set(PENDING.get().saturating_sub(1));
        show_if_built();
    });
    on
}

/// Where messages to the hosting page go: its origin when known, else any (`*`: the
/// messages carry nothing secret).
pub(crate) fn host_origin(e: &Embed) -> String {
    e.parent.clone().unwrap_or_else(|| "*".into())
}

/// The view of each page a bundle serves (`None` for pages of other bundles).
pub type PageViews = fn(Page) -> Option<AnyView>;

/// Provides a bundle's interface text, following `lang=` of the URL (each binary passes its
/// own, so a bundle carries only its own text).
pub type ProvideTexts = fn(Memo<Option<String>>);

/// The text of the agenda and details bundles: English inside, the other languages loaded
/// from files.
pub fn agenda_texts(from_url: Memo<Option<String>>) {
    state::provide_files(from_url, crate::i18n::TextSet::Agenda, crate::i18n::ENGLISH);
}

/// Runs the explorer's render code once, in a task of its own before the app takes the page
/// over (see [`warm_agenda`]); the explorer's binary passes it to [`mount`].
pub fn warm_questions() {
    questions::warm();
}

/// Renders the agenda once and drops it, in a task of its own before the app takes the page
/// over: the browser compiles each wasm function when it first runs (most of the takeover's
/// time on a first visit), so the tasks that take the page over are that much shorter
/// (Lighthouse's total blocking time). The agenda's binary passes it to [`mount`].
pub fn warm_agenda() {
    agenda::warm();
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

/// A page built anew when the interface language changes (it reads the text once, as it is
/// built: its content is rendered text, not a view per string).
fn per_lang(page: fn() -> AnyView) -> AnyView {
    let text = state::use_frame();
    (move || {
        text.track();
        page()
    })
    .into_any()
}

/// The agenda bundle.
pub fn agenda_pages(page: Page) -> Option<AnyView> {
    (page == Page::Agenda).then(|| per_lang(|| view! { <agenda::AgendaPage/> }.into_any()))
}

/// The details bundle: sessions, speakers, about, not found.
pub fn detail_pages(page: Page) -> Option<AnyView> {
    Some(match page {
        Page::Session => per_lang(|| view! { <session::SessionPage/> }.into_any()),
        Page::Speakers => per_lang(|| view! { <speakers::SpeakersPage/> }.into_any()),
        Page::About => per_lang(|| view! { <about::AboutPage/> }.into_any()),
        Page::NotFound => per_lang(|| view! { <not_found::NotFound/> }.into_any()),
        Page::Agenda | Page::Questions | Page::Timer => return None,
    })
}

/// The question explorer bundle.
pub fn questions_pages(page: Page) -> Option<AnyView> {
    (page == Page::Questions).then(|| per_lang(|| view! { <questions::QuestionsPage/> }.into_any()))
}

/// The speaking timer bundle. A link from one of its modes to another on the same page (a
/// viewer's "open your own timer") builds the page anew in that mode; the controller's own
/// updates of `t=` do not.
pub fn timer_pages(page: Page) -> Option<AnyView> {
    (page == Page::Timer).then(|| {
        let nav = router::use_nav();
        let (viewer, projector) = (nav.query("view"), nav.query("projector"));
        (move || {
            // Read, not only tracked: a memo that was never read never follows its source.
            let _ = (viewer.get(), projector.get());
            view! { <timer::TimerPage/> }
        })
        .into_any()
    })
}

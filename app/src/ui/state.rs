//! App-wide state shared by several pages: the interface text in the visitor's language,
//! "my agenda" (kept on the device) and the clock.

use crate::i18n::{Catalogue, Lang, Loadable, TextSet, Texts};
use crate::platform;
use crate::programme::favourites::{Favourites, Stars};
use crate::programme::meeting;
use crate::time::{self, Millis, TimeError};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::any::Any;
use std::cell::RefCell;
use std::time::Duration;

/// Where "my agenda" is kept on the device (under the meeting's key).
const MY_AGENDA: &str = "my-agenda";

/// The interface text shown: its language, the frame's text, and the bundle's pages' text
/// (a [`Texts`] with its page type erased, so every bundle has one signal of one type: each
/// signal type costs the wasm its own copy of the reactive code).
#[derive(Clone, Copy)]
pub struct Shown {
    pub lang: Lang,
    pub c: &'static Catalogue,
    p: &'static (dyn Any + Send + Sync),
}

impl Shown {
    pub fn of<P: Any + Send + Sync>(t: Texts<P>) -> Shown {
        Shown {
            lang: t.lang,
            c: t.c,
            p: t.p,
        }
    }

    /// The bundle's text, when it is of type `P`.
    fn texts<P: 'static>(self) -> Option<Texts<P>> {
        Some(Texts {
            lang: self.lang,
            c: self.c,
            p: self.p.downcast_ref::<P>()?,
        })
    }
}

#[derive(Clone, Copy)]
struct UiText(RwSignal<Shown>);

/// The language a visitor wants: `lang=` of the URL when valid (and then remembered on the
/// device), else the one remembered, else the first of the browser's preferences that is one
/// of the six, else English.
fn wanted_lang(from_url: Memo<Option<String>>) -> RwSignal<Lang> {
    let preferred = platform::preferred_languages();
    let start = Lang::choose(
        untrack(|| from_url.get()).as_deref(),
        platform::storage_get(&meeting().key(crate::render::document::LANG)).as_deref(),
        preferred.iter().map(String::as_str),
    );
    let wanted = RwSignal::new(start);
    Effect::new(move |_| {
        if let Some(l) = from_url.get().as_deref().and_then(Lang::parse) {
            wanted.set(l);
            platform::storage_set(&meeting().key(crate::render::document::LANG), l.code());
        }
    });
    wanted
}

/// The text shown, starting with `first`; `<html lang dir>` follow it. Once it is in the
/// `wanted` language, the page shows (the static page kept it hidden if that language is not
/// English: `render::frame::early_script`).
fn provide_shown(first: Shown, wanted: RwSignal<Lang>) -> RwSignal<Shown> {
    let shown = RwSignal::new(first);
    Effect::new(move |_| {
        let l = shown.with(|t| t.lang);
        platform::embed::set_root_attr("lang", Some(l.code()));
        platform::embed::set_root_attr("dir", Some(l.dir()));
        if l == wanted.get() {
            stop_waiting();
        }
    });
    provide_context(UiText(shown));
    shown
}

/// Shows `t` unless its language is shown already (a change of text rebuilds the page).
fn apply(shown: RwSignal<Shown>, t: Shown) {
    if shown.with_untracked(|now| now.lang) != t.lang {
        shown.set(t);
    }
}

/// A bundle that carries every language (the timer's: a timer link has to work offline in any).
pub fn provide_bundled(from_url: Memo<Option<String>>, of: fn(Lang) -> Shown) {
    let wanted = wanted_lang(from_url);
    let shown = provide_shown(of(wanted.get_untracked()), wanted);
    Effect::new(move |_| apply(shown, of(wanted.get())));
}

/// A bundle that carries English only (the agenda's and the explorer's): another language is
/// the build's file of `set` (`Lang::text_file`), loaded when a visitor picks it.
pub fn provide_files<P: Loadable + Send + Sync>(
    from_url: Memo<Option<String>>,
    set: TextSet,
    english: Texts<P>,
) {
    let wanted = wanted_lang(from_url);
    let shown = provide_shown(Shown::of(english), wanted);
    Effect::new(move |_| {
        let l = wanted.get();
        if l == Lang::En {
            return apply(shown, Shown::of(english));
        }
        if let Some(t) = loaded::<P>(l) {
            return apply(shown, Shown::of(t));
        }
        // The file of this page's build (the service worker answers each build's pages with
        // their own copy).
        let url = format!(
            "{}?v={}",
            l.text_file(set),
            platform::embed::root_attr("data-build").unwrap_or_default()
        );
        spawn_local(async move {
            let parsed = platform::fetch_text(&url)
                .await
                .and_then(|text| Texts::<P>::parse(l, String::leak(text)));
            match parsed {
                Some(t) => {
                    keep(t);
                    // Only if the visitor has not picked another language meanwhile.
                    if wanted.get_untracked() == l {
                        apply(shown, Shown::of(t));
                    }
                }
                // Offline before this language was ever loaded, or a damaged file: the
                // interface stays as it is (English at first), and shows.
                None => {
                    stop_waiting();
                    platform::embed::console_warn(&format!(
                        "GPA 2021 programme: the interface text in \"{}\" could not be loaded",
                        l.code()
                    ))
                }
            }
        });
    });
}

/// Shows the page the static copy kept hidden for the visitor's language.
fn stop_waiting() {
    platform::embed::set_root_attr(crate::render::frame::LANG_WAIT, None);
}

thread_local! {
    /// Texts loaded from files, kept for switching back without a request.
    static LOADED: RefCell<Vec<Shown>> = const { RefCell::new(Vec::new()) };
}

fn loaded<P: 'static>(l: Lang) -> Option<Texts<P>> {
    LOADED.with_borrow(|all| {
        all.iter()
            .filter(|t| t.lang == l)
            .find_map(|t| t.texts::<P>())
    })
}

fn keep<P: Any + Send + Sync>(t: Texts<P>) {
    LOADED.with_borrow_mut(|all| all.push(Shown::of(t)));
}

/// The interface text shown (English where none was provided): read it to follow the language.
pub fn use_frame() -> RwSignal<Shown> {
    match use_context::<UiText>() {
        Some(UiText(t)) => t,
        // (Not `Shown::of(ENGLISH)`: that would put the agenda's text in every bundle.)
        None => RwSignal::new(Shown {
            lang: Lang::En,
            c: crate::i18n::ENGLISH_FRAME,
            p: &(),
        }),
    }
}

/// The bundle's interface text, following the language (`english` where there is none of
/// this type).
pub fn use_texts<P: Any + Send + Sync>(english: Texts<P>) -> Signal<Texts<P>> {
    let frame = use_frame();
    Signal::derive(move || frame.get().texts::<P>().unwrap_or(english))
}

/// The interface language shown.
pub fn use_lang() -> Signal<Lang> {
    let frame = use_frame();
    Signal::derive(move || frame.get().lang)
}

/// The starred sessions, saved to localStorage whenever they change.
#[derive(Clone, Copy)]
pub struct MyAgenda(pub RwSignal<Favourites>);

thread_local! {
    /// This tab's stars with when each changed, merged with every other tab's news.
    static STARS: RefCell<Stars> = RefCell::new(Stars::default());
}

/// What the store holds now, merged into this tab's stars.
fn stored_stars() -> Stars {
    let stored =
        Stars::parse(&platform::storage_get(&meeting().key(MY_AGENDA)).unwrap_or_default());
    STARS.with_borrow(|mine| mine.merge(&stored))
}

/// Keeps `stars` as this tab's, in the store (when they differ from `stored`), and shown.
fn keep_stars(stars: Stars, stored: Option<&Stars>, shown: RwSignal<Favourites>) {
    if stored != Some(&stars) {
        platform::storage_set(&meeting().key(MY_AGENDA), &stars.encode());
    }
    let next = stars.favourites();
    STARS.with_borrow_mut(|s| *s = stars);
    if shown.with_untracked(|f| *f != next) {
        shown.set(next);
    }
}

pub fn provide_my_agenda() {
    let stored =
        Stars::parse(&platform::storage_get(&meeting().key(MY_AGENDA)).unwrap_or_default());
    let favourites = RwSignal::new(Favourites::default());
    keep_stars(stored.clone(), Some(&stored), favourites);
    // A star in another tab (a session opened in a new tab, say) is taken over here. That
    // tab may have written before this tab's last star reached it (localStorage reaches
    // other tabs late): the two are merged, and the merge is written back when it holds
    // more than theirs, so both tabs end with both stars.
    follow_storage(meeting().key(MY_AGENDA), move |value| {
        let theirs = Stars::parse(&value);
        let merged = STARS.with_borrow(|mine| mine.merge(&theirs));
        keep_stars(merged, Some(&theirs), favourites);
    });
    provide_context(MyAgenda(favourites));
}

impl MyAgenda {
    /// Stars or unstars a session, on "my agenda" as it is in the store now merged with this
    /// tab's: another tab's star is never written over.
    pub fn toggle(self, id: &str) {
        let next = stored_stars().toggle(id, platform::now_ms());
        keep_stars(next, None, self.0);
    }

    /// Stars pressed on the static page before the app answered count too (called as the
    /// page's own star buttons start to answer, so none is pressed in between).
    pub fn take_early_stars(self) {
        let early = platform::take_early_stars();
        if !early.is_empty() {
            let now = platform::now_ms();
            let next = early.iter().fold(stored_stars(), |s, id| s.toggle(id, now));
            keep_stars(next, None, self.0);
        }
    }

    /// Stars every session of `picks` (a shared agenda) not starred yet.
    pub fn add_all(self, picks: &Favourites) {
        let next = stored_stars().add_all(picks, platform::now_ms());
        keep_stars(next, None, self.0);
    }
}

/// "My agenda", to change it ([`MyAgenda::change`]).
pub fn my_agenda() -> MyAgenda {
    use_context::<MyAgenda>().unwrap_or_else(|| MyAgenda(RwSignal::new(Favourites::default())))
}

/// Calls `f` with the new value whenever another tab or window of this browser writes `key`
/// of localStorage (the browser's `storage` event; a tab's own writes do not fire it), for as
/// long as the calling view lives.
pub fn follow_storage(key: String, f: impl Fn(String) + 'static) {
    let handle = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() == Some(key.as_str()) {
            f(ev.new_value().unwrap_or_default());
        }
    });
    on_cleanup(move || handle.remove());
}

pub fn use_my_agenda() -> RwSignal<Favourites> {
    use_context::<MyAgenda>().map_or_else(|| RwSignal::new(Favourites::default()), |m| m.0)
}

/// The wall clock, refreshed every 15 seconds (now/next changes on the minute at most).
pub fn use_clock() -> ReadSignal<Millis> {
    let (now, set_now) = signal(platform::now_ms());
    if let Ok(handle) = set_interval_with_handle(
        move || set_now.set(platform::now_ms()),
        Duration::from_secs(15),
    ) {
        on_cleanup(move || handle.clear());
    }
    now
}

/// "Now" for the agenda: the `at=` instant of the URL when there is a valid one (for
/// demonstrations and tests), else the wall clock. The error explains a bad `at=`.
pub fn use_now(at: Memo<Option<String>>) -> (Signal<Millis>, Memo<Option<TimeError>>) {
    let clock = use_clock();
    let offset = crate::programme::meeting().utc_offset_minutes;
    let parsed = Memo::new(move |_| at.get().map(|s| time::parse_at(&s, offset)));
    let now = Signal::derive(move || match parsed.get() {
        Some(Ok(t)) => t,
        _ => clock.get(),
    });
    let error = Memo::new(move |_| parsed.get().and_then(Result::err));
    (now, error)
}

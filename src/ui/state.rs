//! App-wide state shared by several pages: "my agenda" (kept on the device) and the clock.

use crate::i18n::Lang;
use crate::platform;
use crate::programme::favourites::Favourites;
use crate::time::{self, Millis, TimeError};
use leptos::prelude::*;
use std::time::Duration;

const MY_AGENDA_KEY: &str = "gpa2021.my-agenda";
const LANG_KEY: &str = "gpa2021.lang";

/// The interface language: `lang=` of the URL when valid (and then remembered on the device),
/// else the one remembered, else the first of the browser's preferences that is one of the six,
/// else English. `<html lang dir>` follow it.
#[derive(Clone, Copy)]
pub struct UiLang(pub RwSignal<Lang>);

pub fn provide_lang(from_url: Memo<Option<String>>) {
    let preferred = platform::preferred_languages();
    let start = Lang::choose(
        untrack(|| from_url.get()).as_deref(),
        platform::storage_get(LANG_KEY).as_deref(),
        preferred.iter().map(String::as_str),
    );
    let lang = RwSignal::new(start);
    Effect::new(move |_| {
        if let Some(l) = from_url.get().as_deref().and_then(Lang::parse) {
            lang.set(l);
            platform::storage_set(LANG_KEY, l.code());
        }
    });
    Effect::new(move |_| {
        let l = lang.get();
        platform::embed::set_root_attr("lang", Some(l.code()));
        platform::embed::set_root_attr("dir", Some(l.dir()));
    });
    provide_context(UiLang(lang));
}

/// The interface language (English where none was provided).
pub fn use_lang() -> Signal<Lang> {
    match use_context::<UiLang>() {
        Some(UiLang(l)) => l.into(),
        None => Signal::stored(Lang::En),
    }
}

/// The starred sessions, saved to localStorage whenever they change.
#[derive(Clone, Copy)]
pub struct MyAgenda(pub RwSignal<Favourites>);

pub fn provide_my_agenda() {
    let stored = platform::storage_get(MY_AGENDA_KEY).unwrap_or_default();
    let favourites = RwSignal::new(Favourites::parse(&stored));
    Effect::new(move |first: Option<()>| {
        let value = favourites.with(Favourites::encode);
        // Don't write back what was just read.
        if first.is_some() {
            platform::storage_set(MY_AGENDA_KEY, &value);
        }
    });
    provide_context(MyAgenda(favourites));
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
    let parsed = Memo::new(move |_| at.get().map(|s| time::parse_rfc3339(&s)));
    let now = Signal::derive(move || match parsed.get() {
        Some(Ok(t)) => t,
        _ => clock.get(),
    });
    let error = Memo::new(move |_| parsed.get().and_then(Result::err));
    (now, error)
}

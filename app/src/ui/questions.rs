//! The guiding-question explorer: both panels' questions and background papers, filtered by
//! panel, theme and text (all in the URL), one link per question, and a present mode for the
//! hall screen.

use super::layout::{PageMeta, StandardMeta};
use super::router::use_nav;
use crate::platform::dom;
use crate::platform::{self, Shared};
use crate::programme::meeting;
use crate::questions::{self, ExplorerFilter, Step};
use crate::render::questions::{self as page, slot};
use crate::routes::{AppUrl, Page};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Renders the explorer once, in the task that starts the wasm, and drops it: the browser
/// compiles each wasm function when it first runs, so the task that takes the page over (which
/// renders it again) is that much shorter (Lighthouse's total blocking time).
pub fn warm() {
    let m = meeting();
    let query = crate::query::Query::parse(&platform::location_path_and_search().1);
    let (f, _) = ExplorerFilter::from_query(m, &query);
    let _ = page::explorer(m, crate::i18n::ENGLISH_QUESTIONS, &f, None);
}

#[component]
pub fn QuestionsPage() -> impl IntoView {
    let present = use_nav().query("present");
    let presenting = Memo::new(move |_| present.with(Option::is_some));
    move || {
        if presenting.get() {
            view! { <PresentMode/> }.into_any()
        } else {
            view! { <Explorer/> }.into_any()
        }
    }
}

/// The explorer's filter as read from the URL, with what could not be used.
type ParsedFilter = Memo<(ExplorerFilter, Vec<questions::Notice>)>;

/// The explorer's filter (from the URL) and a way to change it.
fn use_explorer_filter() -> (ParsedFilter, impl Fn(ExplorerFilter, bool) + Copy) {
    let nav = use_nav();
    let query = nav.query_all();
    let parsed = Memo::new(move |_| query.with(|q| ExplorerFilter::from_query(meeting(), q)));
    let set = move |f: ExplorerFilter, replace: bool| {
        let url = nav.get_untracked();
        let to = AppUrl {
            page: Page::Questions,
            query: f.to_query(url.query).with("question", None),
        };
        if replace {
            nav.replace(to)
        } else {
            nav.go(to)
        }
    };
    (parsed, set)
}

#[component]
fn Explorer() -> impl IntoView {
    let m = meeting();
    // The page is built anew when the language changes (see `ui::per_lang`).
    let t = super::state::texts(crate::i18n::ENGLISH_QUESTIONS);
    let nav = use_nav();
    let (parsed, set_filter) = use_explorer_filter();
    let filter = Memo::new(move |_| parsed.with(|(f, _)| f.clone()));
    let selected = nav.query("question");
    let selected_ok = Memo::new(move |_| {
        selected
            .get()
            .and_then(|a| questions::find(m, &a))
            .map(|q| q.anchor())
    });
    let notices = Memo::new(move |_| {
        let mut lines: Vec<String> = parsed.with(|(_, n)| n.iter().map(|n| n.words(t)).collect());
        if let Some(a) = selected.get().filter(|_| selected_ok.get().is_none()) {
            lines.push(questions::Notice::UnknownQuestion(a.chars().take(40).collect()).words(t));
        }
        lines
    });
    // The explorer is the largest part: rendered once for the page and its slot.
    let content = move || filter.with(|f| page::explorer(m, t, f, selected_ok.get().as_deref()));
    let content_now = untrack(content);
    let initial = untrack(|| {
        filter.with(|f| {
            let selected = selected_ok.get();
            page::page_around(m, t, f, selected.as_deref(), &notices.get(), &content_now)
        })
    });

    // Slots follow the state.
    super::slot::bind_from(slot::CONTENT, content_now, content);
    super::slot::bind(slot::ACTIONS, move || {
        filter.with(|f| page::actions(t, f, selected_ok.get().as_deref()))
    });
    super::slot::bind(slot::NOTICES, move || {
        notices.with(|n| page::notices_html(t, n))
    });
    Effect::new(move |_| {
        filter.with(|f| {
            dom::set_text(slot::COUNT, &page::count_text(m, t, f.questions(m).len()));
            for (th, n) in f.theme_counts(m) {
                dom::set_text(
                    &format!("{}{}", slot::THEME_COUNT, th.id),
                    &format!("({n})"),
                );
            }
            dom::set_text(slot::MORE_LABEL, &page::themes_label(t, f.themes.len()));
        })
    });
    // Opening a question's link brings it into view, marked and focused.
    Effect::new(move |_| {
        if let Some(anchor) = selected_ok.get() {
            request_animation_frame(move || {
                platform::scroll_to_id(&anchor);
                platform::focus_selector(&format!("#{anchor}"));
            });
        }
    });

    let on_control = super::slot::bind_form(slot::FORM, filter, set_filter);
    let last_shared = StoredValue::new(None::<String>);
    let on_click = move |ev: web_sys::MouseEvent| {
        match platform::closest_attr(&ev, "button[data-action]", "data-action").as_deref() {
            Some("clear") => return set_filter(ExplorerFilter::default(), false),
            Some("more") => return dom::toggle_disclosure(slot::MORE_LABEL),
            _ => {}
        }
        let Some(anchor) = platform::closest_attr(&ev, "button[data-share]", "data-share") else {
            return;
        };
        let Some(q) = questions::find(m, &anchor) else {
            return;
        };
        let url = platform::absolute_url(
            &AppUrl::new(Page::Questions)
                .with("question", Some(&anchor))
                .to_string(),
        );
        let label = q.label();
        spawn_local(async move {
            let with =
                |template: &str| crate::i18n::fill(template, &[("label", &label), ("url", &url)]);
            let done = platform::share_or_copy(&with(t.p.share_title), &url).await;
            let said = match done {
                Shared::Copied => with(t.p.share_copied),
                Shared::Shared => with(t.p.share_shared),
                Shared::Failed => with(t.p.share_copy),
            };
            // Seen beside the button that was pressed (the page's status line, far above on
            // a phone, is what a screen reader announces).
            let before = last_shared
                .try_update_value(|last| last.replace(anchor.clone()))
                .flatten();
            if let Some(before) = before.filter(|b| *b != anchor) {
                dom::set_text(&format!("shared-{before}"), "");
            }
            let beside = match done {
                Shared::Copied => t.c.share_copied.to_string(),
                Shared::Shared => t.c.share_shared.to_string(),
                Shared::Failed => said.clone(),
            };
            dom::set_text(&format!("shared-{anchor}"), &beside);
            dom::set_text(slot::STATUS, &said);
        });
    };

    view! {
        <StandardMeta page=Page::Questions/>
        <div class="view" inner_html=initial on:click=on_click on:input=on_control on:change=on_control></div>
    }
}

/// One question at a time, large, for the hall screen; arrows, Home/End and Esc.
#[component]
fn PresentMode() -> impl IntoView {
    let m = meeting();
    let t = super::state::texts(crate::i18n::ENGLISH_QUESTIONS);
    let nav = use_nav();
    let present = nav.query("present");
    let (parsed, _) = use_explorer_filter();
    let list = Memo::new(move |_| {
        let filtered = parsed.with(|(f, _)| f.questions(m));
        if filtered.is_empty() {
            questions::all(m)
        } else {
            filtered
        }
    });
    let current = Memo::new(move |_| {
        let wanted = present.get().and_then(|a| questions::find(m, &a));
        list.with(|l| {
            wanted
                .filter(|w| l.contains(w))
                .or_else(|| l.first().copied())
        })
    });
    // A question the link names but the programme lacks: said, and the first one shown.
    let unknown = Memo::new(move |_| {
        present
            .get()
            .filter(|a| !a.is_empty() && questions::find(m, a).is_none())
            .map(|a| questions::Notice::UnknownQuestion(a.chars().take(40).collect()).words(t))
    });
    let go = move |s: Step| {
        let Some(cur) = current.get_untracked() else {
            return;
        };
        if let Some(next) = list.with_untracked(|l| questions::step(l, &cur.anchor(), s)) {
            nav.replace(nav.get_untracked().with("present", Some(&next.anchor())));
        }
    };
    let exit = move || {
        let anchor = current.get_untracked().map(|q| q.anchor());
        nav.go(nav
            .get_untracked()
            .with("present", None)
            .with("question", anchor.as_deref()));
    };
    // Right to left (Arabic), the left arrow goes forward, as the buttons' arrows show.
    let (forward, back) = if t.lang.is_rtl() {
        ("ArrowLeft", "ArrowRight")
    } else {
        ("ArrowRight", "ArrowLeft")
    };
    crate::platform::device::watch_focus_origin();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        // Space and Enter on a button press that button ("Previous", "Leave"), when the
        // visitor went to it with the keyboard.
        if crate::platform::device::for_focused_control(&ev) {
            return;
        }
        let key = ev.key();
        if key == "Tab" {
            if platform::wrap_tab(".present", ev.shift_key()) {
                ev.prevent_default();
            }
            return;
        }
        let step = match key.as_str() {
            k if k == forward => Some(Step::Next),
            k if k == back => Some(Step::Previous),
            "ArrowDown" | "PageDown" | " " => Some(Step::Next),
            "ArrowUp" | "PageUp" => Some(Step::Previous),
            "Home" => Some(Step::First),
            "End" => Some(Step::Last),
            "Escape" => {
                exit();
                None
            }
            _ => return,
        };
        ev.prevent_default();
        if let Some(s) = step {
            go(s);
        }
    });
    on_cleanup(move || handle.remove());
    request_animation_frame(|| platform::focus_selector(".present"));
    // The slides cover the page: what is behind them takes no focus (Tab stays on the slide).
    platform::set_inert(".frame-top, .frame-bottom", true);
    on_cleanup(|| platform::set_inert(".frame-top, .frame-bottom", false));
    // At an end, a step goes nowhere (`questions::step` stays put there).
    let at_end = move |s: Step| {
        current
            .get()
            .is_some_and(|cur| list.with(|l| questions::step(l, &cur.anchor(), s) == Some(cur)))
    };

    let position = move || {
        let cur = current.get();
        list.with(|l| {
            let i = cur
                .and_then(|c| l.iter().position(|q| *q == c))
                .map_or(0, |i| i + 1);
            crate::i18n::fill(
                t.p.present_position,
                &[("i", &i.to_string()), ("n", &l.len().to_string())],
            )
        })
    };
    view! {
        <PageMeta title=t.p.present_title.to_string() description="Guiding questions of the interactive panels, one at a time."/>
        <section class="present" tabindex="-1" aria-labelledby="present-label" aria-roledescription="slides">
            <h1 class="present__meta" id="present-label">
                {move || current.get().map(|q| crate::i18n::fill(t.p.present_heading, &[("panel", &t.ltr(q.panel.name)), ("label", &q.label())]))}
                <span class="present__pos">" · "{position}</span>
            </h1>
            {move || unknown.get().map(|line| view! { <p class="notice present__notice">{line}</p> })}
            // The two longest questions (over 400 characters) a size smaller, so every one fits
            // a hall screen without scrolling.
            <p class="present__text" class:present__text--long=move || current.get().is_some_and(|q| q.question.text.len() > 400) aria-live="polite" lang="en" dir="ltr">{move || current.get().map(|q| q.question.text)}</p>
            <div class="present__controls">
                // At the first (last) question "Previous" ("Next") is off; aria-disabled, not
                // disabled, so a focused button keeps the focus.
                <button type="button" class="button" aria-disabled=move || at_end(Step::Previous).then_some("true") on:click=move |_| go(Step::Previous)>{t.p.present_previous}</button>
                <button type="button" class="button" aria-disabled=move || at_end(Step::Next).then_some("true") on:click=move |_| go(Step::Next)>{t.p.present_next}</button>
                <button type="button" class="button button--quiet" on:click=move |_| platform::toggle_fullscreen()>{t.p.present_full}</button>
                <button type="button" class="button button--quiet" on:click=move |_| exit()>{t.p.present_leave}</button>
            </div>
            <p class="present__keys">{t.p.present_keys}</p>
        </section>
    }
}

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
        let mut lines: Vec<String> =
            parsed.with(|(_, n)| n.iter().map(ToString::to_string).collect());
        if let Some(a) = selected.get().filter(|_| selected_ok.get().is_none()) {
            lines
                .push(questions::Notice::UnknownQuestion(a.chars().take(40).collect()).to_string());
        }
        lines
    });
    // The explorer is the largest part: rendered once for the page and its slot.
    let content = move || filter.with(|f| page::explorer(m, f, selected_ok.get().as_deref()));
    let content_now = untrack(content);
    let initial = untrack(|| {
        filter.with(|f| {
            let selected = selected_ok.get();
            page::page_around(m, f, selected.as_deref(), &notices.get(), &content_now)
        })
    });

    // Slots follow the state.
    super::slot::bind_from(slot::CONTENT, content_now, content);
    super::slot::bind(slot::ACTIONS, move || {
        filter.with(|f| page::actions(f, selected_ok.get().as_deref()))
    });
    super::slot::bind(slot::NOTICES, move || {
        notices.with(|n| page::notices_html(n))
    });
    Effect::new(move |_| {
        filter.with(|f| {
            dom::set_text(slot::COUNT, &page::count_text(m, f.questions(m).len()));
            for (t, n) in f.theme_counts(m) {
                dom::set_text(&format!("{}{}", slot::THEME_COUNT, t.id), &format!("({n})"));
            }
            dom::set_text(slot::MORE_LABEL, &page::themes_label(f.themes.len()));
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
            let done = platform::share_or_copy(&format!("Guiding question {label}"), &url).await;
            dom::set_text(
                slot::STATUS,
                &match done {
                    Shared::Copied => format!("Link to question {label} copied."),
                    Shared::Shared => format!("Link to question {label} shared."),
                    Shared::Failed => format!("Copy the link to question {label}: {url}"),
                },
            );
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
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        let step = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" | " " => Some(Step::Next),
            "ArrowLeft" | "ArrowUp" | "PageUp" => Some(Step::Previous),
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

    let position = move || {
        let cur = current.get();
        list.with(|l| {
            let i = cur
                .and_then(|c| l.iter().position(|q| *q == c))
                .map_or(0, |i| i + 1);
            format!("{i} of {}", l.len())
        })
    };
    view! {
        <PageMeta title="Presenting guiding questions" description="Guiding questions of the interactive panels, one at a time."/>
        <section class="present" tabindex="-1" aria-labelledby="present-label" aria-roledescription="slides">
            <h1 class="present__meta" id="present-label">
                {move || current.get().map(|q| format!("{} · Question {}", q.panel.name, q.label()))}
                <span class="present__pos">" · "{position}</span>
            </h1>
            <p class="present__text" aria-live="polite">{move || current.get().map(|q| q.question.text)}</p>
            <div class="present__controls">
                <button type="button" class="button" on:click=move |_| go(Step::Previous)>"← Previous"</button>
                <button type="button" class="button" on:click=move |_| go(Step::Next)>"Next →"</button>
                <button type="button" class="button button--quiet" on:click=move |_| platform::toggle_fullscreen()>"Full screen"</button>
                <button type="button" class="button button--quiet" on:click=move |_| exit()>"Leave (Esc)"</button>
            </div>
            <p class="present__keys">"Keys: → or Space next, ← previous, Home first, End last, Esc leave."</p>
        </section>
    }
}

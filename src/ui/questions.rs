//! The guiding-question explorer: both panels' questions and background papers, filtered by
//! panel, theme and text (all in the URL), one link per question, and a present mode for the
//! hall screen.

use super::layout::PageMeta;
use super::router::use_nav;
use crate::platform::{self, Shared};
use crate::programme::meeting;
use crate::questions::{self, ExplorerFilter, Step};
use crate::render;
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
    let shown = Memo::new(move |_| filter.with(|f| f.questions(m).len()));
    let html =
        move || filter.with(|f| render::questions::explorer(m, f, selected_ok.get().as_deref()));
    let (status, set_status) = signal(String::new());

    // Opening a question's link brings it into view, marked and focused.
    Effect::new(move |_| {
        if let Some(anchor) = selected_ok.get() {
            request_animation_frame(move || {
                platform::scroll_to_id(&anchor);
                platform::focus_selector(&format!("#{anchor}"));
            });
        }
    });

    let on_click = move |ev: web_sys::MouseEvent| {
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
            set_status.set(match done {
                Shared::Copied => format!("Link to question {label} copied."),
                Shared::Shared => format!("Link to question {label} shared."),
                Shared::Failed => format!("Copy the link to question {label}: {url}"),
            });
        });
    };

    let notices = move || {
        let mut lines: Vec<String> =
            parsed.with(|(_, n)| n.iter().map(ToString::to_string).collect());
        if let Some(a) = selected.get().filter(|_| selected_ok.get().is_none()) {
            lines
                .push(questions::Notice::UnknownQuestion(a.chars().take(40).collect()).to_string());
        }
        (!lines.is_empty()).then(|| {
            view! {
                <div class="notice" role="note">
                    <p><strong>"Part of this link could not be used."</strong></p>
                    <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    <p><a href="questions">"Show all questions"</a></p>
                </div>
            }
        })
    };

    view! {
        <PageMeta title="Panels and guiding questions" description="The two interactive panel discussions, their 13 guiding questions and background papers: browse by theme, search, and share a link to one question."/>
        <div class="page">
            <h1>"Panels and guiding questions"</h1>
            <p class="lede">"Two interactive panels, their 13 guiding questions and their background papers. Filter by theme, search, and share a link to one question."</p>
            {notices}
            <ExplorerFilters filter=filter set_filter=set_filter/>
            <div class="results no-print">
                <p class="results__count" role="status">
                    {move || match shown.get() { 13 => "Showing all 13 questions".to_string(), 1 => "Showing 1 of 13 questions".to_string(), n => format!("Showing {n} of 13 questions") }}
                </p>
                <div class="results__actions">
                    <Show when=move || filter.with(ExplorerFilter::narrows)>
                        <button type="button" class="button button--quiet" on:click=move |_| set_filter(ExplorerFilter::default(), false)>"Clear all filters"</button>
                    </Show>
                    <a class="button button--quiet" href=move || format!("questions{}", filter.with(|f| f.to_query(Default::default())).with("present", Some(&selected_ok.get().unwrap_or_else(|| "q1-1".into())))) >"Present questions"</a>
                </div>
            </div>
            <p class="share-status" role="status">{status}</p>
            <div class="explorer" inner_html=html on:click=on_click></div>
        </div>
    }
}

#[component]
fn ExplorerFilters(
    filter: Memo<ExplorerFilter>,
    set_filter: impl Fn(ExplorerFilter, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let m = meeting();
    let edit = move |change: &dyn Fn(&mut ExplorerFilter), replace: bool| {
        let mut f = filter.get_untracked();
        change(&mut f);
        set_filter(f, replace);
    };
    let panel_option = move |n: Option<u8>, label: &'static str| {
        view! {
            <label class="segmented__option">
                <input type="radio" name="explorer-panel" prop:checked=move || filter.with(|f| f.panel == n) on:change=move |_| edit(&|f| f.panel = n, false)/>
                <span>{label}</span>
            </label>
        }
    };
    let counts = Memo::new(move |_| {
        filter.with(|f| {
            f.theme_counts(m)
                .into_iter()
                .map(|(t, n)| (t.id, n))
                .collect::<Vec<_>>()
        })
    });
    let themes = m
        .themes
        .iter()
        .map(|t| {
            let count = move || {
                counts.with(|c| c.iter().find(|(id, _)| *id == t.id).map_or(0, |(_, n)| *n))
            };
            view! {
                <label class="chip">
                    <input
                        type="checkbox"
                        prop:checked=move || filter.with(|f| f.themes.iter().any(|x| x == t.id))
                        on:change=move |_| edit(&|f| {
                            if let Some(i) = f.themes.iter().position(|x| x == t.id) {
                                f.themes.remove(i);
                            } else {
                                f.themes.push(t.id.to_string());
                                f.themes.sort_by_key(|x| m.themes.iter().position(|y| y.id == x));
                            }
                        }, false)
                    />
                    <span>{t.label}" "<span class="chip__count">"("{count}")"</span></span>
                </label>
            }
        })
        .collect_view();
    view! {
        <form class="filters filters--explorer no-print" role="search" aria-label="Filter the questions" on:submit=|ev| ev.prevent_default()>
            <div class="field field--search">
                <label for="explorer-q">"Search questions and background papers"</label>
                <input id="explorer-q" type="search" autocomplete="off" placeholder="For example: children, privacy, impunity"
                    prop:value=move || filter.with(|f| f.text.clone())
                    on:input=move |ev| { let text = event_target_value(&ev); edit(&|f| f.text = text.clone(), true) }/>
            </div>
            <fieldset class="segmented">
                <legend>"Panel"</legend>
                {panel_option(None, "Both panels")}
                {panel_option(Some(1), "Panel 1")}
                {panel_option(Some(2), "Panel 2")}
            </fieldset>
            <fieldset class="chips chips--themes">
                <legend>"Themes (number of questions)"</legend>
                {themes}
            </fieldset>
        </form>
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

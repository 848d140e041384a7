//! The guiding-question explorer: both panels' questions and background papers, filtered by
//! panel, theme and text (all in the URL), one link per question, and a present mode for the
//! hall screen. The explorer is adopted as the build wrote it (see [`super::adopt`]); present
//! mode, which no static page has, is a view mounted over it while it is on.

use super::adopt;
use super::router::use_nav;
use super::state::use_texts;
use crate::form::FormState;
use crate::platform::dom;
use crate::platform::{self, Shared};
use crate::programme::meeting;
use crate::questions::{self, ExplorerFilter, Step};
use crate::render::frame::VIEW;
use crate::render::questions::{self as page, Action, Slot};
use crate::render::slot::KEY;
use crate::render::static_page::view_key;
use crate::routes::{AppUrl, Page};
use leptos::prelude::*;
use leptos::task::spawn_local;

thread_local! {
    /// Present mode while it is on (dropping it unmounts it).
    static PRESENT: std::cell::RefCell<Option<Box<dyn std::any::Any>>> = const { std::cell::RefCell::new(None) };
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

pub fn adopt() {
    let m = meeting();
    let t = use_texts(crate::i18n::ENGLISH_QUESTIONS);
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
        let t = t.get();
        let mut lines: Vec<String> = parsed.with(|(_, n)| n.iter().map(|n| n.words(t)).collect());
        if let Some(a) = selected.get().filter(|_| selected_ok.get().is_none()) {
            lines.push(questions::Notice::UnknownQuestion(a.chars().take(40).collect()).words(t));
        }
        lines
    });
    let content = move || {
        let t = t.get();
        filter.with(|f| page::explorer(m, t, f, selected_ok.get().as_deref()))
    };

    // The whole page in the interface language: the explorer, or present mode over it (a
    // view of its own, mounted in its place while it is on).
    let presenting = Memo::new(move |_| nav.query("present").with(Option::is_some));
    Effect::new(move |_| {
        let on = presenting.get();
        let t = t.get();
        let key = view_key(
            t.lang,
            Page::Questions,
            Some(if on { "present" } else { "explorer" }),
        );
        if dom::attr(VIEW, KEY).as_deref() == Some(key.as_str()) {
            return;
        }
        // Unmounted with its handle.
        drop(PRESENT.take());
        if on {
            if let Some(place) = dom::take_children_of(VIEW) {
                PRESENT.set(Some(Box::new(leptos::mount::mount_to(
                    place,
                    || view! { <PresentMode/> },
                ))));
            }
        } else {
            let html = untrack(|| {
                filter.with(|f| {
                    let selected = selected_ok.get();
                    page::page_around(m, t, f, selected.as_deref(), &notices.get(), &content())
                })
            });
            dom::set_inner_html(VIEW, &html);
            super::frame::standard_meta_now(Page::Questions, t.c);
        }
        dom::set_attr(VIEW, KEY, Some(&key));
    });
    adopt::slot(
        Slot::Content.id(),
        move || filter.with(|f| page::content_key(t.get(), f, selected_ok.get().as_deref())),
        content,
        || {},
    );
    adopt::slot_html(Slot::Actions.id(), move || {
        let t = t.get();
        filter.with(|f| page::actions(m, t, f, selected_ok.get().as_deref()))
    });
    adopt::slot_html(Slot::Notices.id(), move || {
        let t = t.get();
        notices.with(|n| page::notices_html(t, n))
    });
    adopt::status(Slot::Count.id(), move || {
        filter.with(|f| page::count_text(m, t.get(), f.questions(m).len()))
    });
    Effect::new(move |_| {
        let t = t.get();
        filter.with(|f| {
            for (th, n) in f.theme_counts(m) {
                dom::set_text(&page::theme_count_id(th.id), &format!("({n})"));
            }
            dom::set_text(Slot::MoreLabel.id(), &page::themes_label(t, f.themes.len()));
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
    // The filter form follows the state; each change of a control goes to the URL.
    Effect::new(move |_| {
        filter.with(|f| {
            dom::sync_form(
                Slot::Form.id(),
                |n, v| f.is_checked(n, v),
                |n| f.field_value(n),
            )
        })
    });
    dom::on_form_controls(VIEW, Slot::Form.id(), move |c| {
        let (next, replace) =
            filter.with_untracked(|f| f.with_control(m, &c.name, &c.value, c.checked));
        if filter.with_untracked(|cur| *cur != next) {
            set_filter(next, replace);
        }
    });
    let last_shared = StoredValue::new(None::<String>);
    // A theme tag or "Clear all filters" changes the list: the visitor is taken to the result,
    // its count, with the focus there (a tag far down the page would leave them mid-page).
    let to_count = || platform::focus_first_of(vec![format!("#{}", Slot::Count.id())]);
    platform::listen(VIEW, "click", move |ev: web_sys::MouseEvent| {
        if platform::closest_attr(&ev, "a.tag[href]", "href").is_some() {
            return to_count();
        }
        match platform::closest_attr(&ev, "button[data-action]", "data-action")
            .as_deref()
            .and_then(Action::parse)
        {
            Some(Action::Clear) => {
                set_filter(ExplorerFilter::default(), false);
                return to_count();
            }
            Some(Action::More) => return dom::toggle_disclosure(Slot::MoreLabel.id()),
            None => {}
        }
        let Some(anchor) = platform::closest_attr(&ev, "button[data-share]", "data-share") else {
            return;
        };
        let Some(q) = questions::find(m, &anchor) else {
            return;
        };
        let t = t.get_untracked();
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
            dom::set_text(Slot::Status.id(), &said);
        });
    });
    dom::replay_changed(Slot::Form.id());
}

/// One question at a time, large, for the hall screen; arrows, Home/End and Esc.
#[component]
fn PresentMode() -> impl IntoView {
    let m = meeting();
    let t = use_texts(crate::i18n::ENGLISH_QUESTIONS).get_untracked();
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
    // "Leave (Esc)": the key is said only where there is a keyboard.
    let (leave, leave_key) = crate::i18n::split_key(t.p.present_leave);
    super::frame::meta(
        t.p.present_title,
        "Guiding questions of the interactive panels, one at a time.",
    );
    view! {
        <section class="present" tabindex="-1" aria-labelledby="present-label" aria-roledescription="slides">
            {move || unknown.get().map(|line| view! { <p class="notice present__notice">{line}</p> })}
            // On Next or Previous a screen reader hears where the question is as well as the
            // question: "Panel 1 · Question 1.3 · 3 of 13", then its text.
            <div class="present__now" aria-live="polite" aria-atomic="true">
                <h1 class="present__meta" id="present-label">
                    {move || current.get().map(|q| crate::i18n::fill(t.p.present_heading, &[("panel", &t.ltr(q.panel.name)), ("label", &q.label())]))}
                    <span class="present__pos">" · "{position}</span>
                </h1>
                // The two longest questions (over 400 characters) a size smaller, so every one
                // fits a hall screen without scrolling.
                <p class="present__text" class:present__text--long=move || current.get().is_some_and(|q| q.question.text.len() > 400) lang="en" dir="ltr">{move || current.get().map(|q| q.question.text)}</p>
            </div>
            <div class="present__controls">
                // At the first (last) question "Previous" ("Next") is off; aria-disabled, not
                // disabled, so a focused button keeps the focus.
                <button type="button" class="button" aria-disabled=move || at_end(Step::Previous).then_some("true") on:click=move |_| go(Step::Previous)>{t.p.present_previous}</button>
                <button type="button" class="button" aria-disabled=move || at_end(Step::Next).then_some("true") on:click=move |_| go(Step::Next)>{t.p.present_next}</button>
                <button type="button" class="button button--quiet" on:click=move |_| platform::toggle_fullscreen()>{t.p.present_full}</button>
                <button type="button" class="button button--quiet" on:click=move |_| exit()>{leave}<span class="present__key">{leave_key}</span></button>
            </div>
            <p class="present__keys">{t.p.present_keys}</p>
        </section>
    }
}

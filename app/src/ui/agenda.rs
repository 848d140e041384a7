//! The agenda page, adopted as the build wrote it (`render::agenda_page`): its state comes from
//! the URL, the clock and "my agenda"; each slot follows its state and renders only when that
//! changes (see [`super::adopt`]); one delegated listener takes its buttons and its filter form.

use super::adopt;
use super::router::use_nav;
use super::star::{card_view, star_clicks};
use super::state::{use_my_agenda, use_now, use_texts};
use crate::form::FormState;
use crate::platform::{self, dom};
use crate::programme::favourites::Favourites;
use crate::programme::filter::AgendaFilter;
use crate::programme::model::Session;
use crate::programme::{ics, meeting, now};
use crate::render::agenda::{CardOf, Mark};
use crate::render::agenda_page::{self as page, Action, AgendaState, Slot};
use crate::render::frame::VIEW;
use crate::render::static_page::view_key;
use crate::render::Tx;
use crate::routes::{AppUrl, Page};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A part of the page, rendered from the state and how each card shows.
type Part = dyn Fn(&AgendaState, &CardOf) -> String;

pub fn adopt() {
    let m = meeting();
    let t = use_texts(crate::i18n::ENGLISH);
    let nav = use_nav();
    let query = nav.query_all();
    let parsed = Memo::new(move |_| query.with(|q| AgendaFilter::from_query(m, q)));
    let filter = Memo::new(move |_| parsed.with(|(f, _)| f.clone()));
    let terms = Memo::new(move |_| filter.with(AgendaFilter::terms));
    let favourites = use_my_agenda();
    // A shared selection (`picks=`) is shown instead of the visitor's own agenda.
    let picks = Memo::new(move |_| query.with(Favourites::shared));
    let shown: Memo<Vec<&'static str>> = Memo::new(move |_| {
        let f = filter.get();
        match picks.get() {
            Some(p) => AgendaFilter { mine: true, ..f }.apply(m, &p),
            None => favourites.with(|fav| f.apply(m, fav)),
        }
        .iter()
        .map(|s| s.id)
        .collect()
    });
    let (now, at_error) = use_now(nav.query("at"));
    let moment = Memo::new(move |_| now::moment(m, now.get()));
    let notices = Memo::new(move |_| {
        let t = t.get();
        let mut lines: Vec<String> = parsed.with(|(_, n)| n.iter().map(|n| n.words(t)).collect());
        if let Some(e) = at_error.get() {
            lines.push(page::at_notice(t, &e.0));
        }
        lines
    });
    let picks_state = Memo::new(move |_| {
        picks.with(|p| {
            p.as_ref().map(|p| {
                (
                    p.len(),
                    favourites.with(|f| p.ids().iter().all(|id| f.contains(id))),
                )
            })
        })
    });
    let sessions = move || {
        shown
            .get()
            .into_iter()
            .filter_map(|id| m.session(id))
            .collect::<Vec<&'static Session>>()
    };
    // The state as it is now, for a part of the page (tracking what it reads, in an effect).
    let with_state = move |part: &Part| {
        let list = sessions();
        let (t, fl, lines, mo, terms_now, pk) = (
            t.get(),
            filter.get(),
            notices.get(),
            moment.get(),
            terms.get(),
            picks_state.get(),
        );
        favourites.with(|fav| {
            let state = AgendaState {
                t,
                filter: &fl,
                notices: &lines,
                moment: mo,
                now: now.get(),
                picks: pk,
                shown: &list,
                starred: fav.len(),
            };
            part(&state, &|s| {
                card_view(s, fav, &terms_now, Mark::of(mo, s.id))
            })
        })
    };
    let after_cards = move || {
        adopt::set_local_times(t.get_untracked());
    };

    // The whole page, in the interface language.
    adopt::slot(
        VIEW,
        move || view_key(t.get().lang, Page::Agenda, None),
        move || with_state(&|s, card| page::page(m, s, card)),
        after_cards,
    );
    // Each part, following its state.
    for which in Slot::RENDERED {
        if which == Slot::Days {
            adopt::slot(
                which.id(),
                move || with_state(&|s, _| page::days_key(s)),
                move || with_state(&move |s, card| which.html(m, s, card)),
                after_cards,
            );
        } else {
            adopt::slot_html(which.id(), move || {
                with_state(&move |s, card| which.html(m, s, card))
            });
        }
    }
    adopt::status(Slot::Count.id(), move || {
        page::count_text(t.get(), shown.with(Vec::len), m.sessions.len())
    });
    adopt::text(Slot::Starred.id(), move || {
        page::starred_label(t.get(), favourites.with(Favourites::len))
    });
    adopt::text(Slot::MoreLabel.id(), move || {
        page::more_label(t.get(), filter.with(AgendaFilter::more_count))
    });
    adopt::stars(favourites, move || {
        let t = t.get();
        (t.p.star_add, t.p.star_in)
    });
    after_cards();
    super::frame::standard_meta(Page::Agenda);
    // What "share my agenda" said is about the agenda as it was shared: a change of "my
    // agenda" clears it.
    Effect::new(move |before: Option<()>| {
        favourites.track();
        if before.is_some() {
            dom::set_text(Slot::ShareStatus.id(), "");
        }
    });
    print_with_qr(t);

    // The filter form follows the state (back/forward, "clear all", a link; only what differs
    // changes, so typing is never disturbed), and each change of a control goes to the URL.
    Effect::new(move |_| {
        filter.with(|f| {
            dom::sync_form(
                Slot::Form.id(),
                |n, v| f.is_checked(n, v),
                |n| f.field_value(n),
            )
        })
    });
    // A filter under "More filters" on (a shared link, the way back from a session) opens that
    // part, so the view shows what narrows it; it is never closed for the visitor.
    Effect::new(move |_| {
        if filter.with(AgendaFilter::more_count) > 0
            && dom::attr(Slot::MoreLabel.id(), "aria-expanded").as_deref() != Some("true")
        {
            dom::toggle_disclosure(Slot::MoreLabel.id());
        }
    });
    let set_filter = move |f: AgendaFilter, replace: bool| {
        if filter.with_untracked(|cur| *cur == f) {
            return;
        }
        let to = AppUrl {
            page: Page::Agenda,
            query: f.to_query(nav.get_untracked().query),
        };
        if replace {
            nav.replace(to)
        } else {
            nav.go(to)
        }
    };
    dom::on_form_controls(VIEW, Slot::Form.id(), move |c| {
        let (next, replace) =
            filter.with_untracked(|f| f.with_control(m, &c.name, &c.value, c.checked));
        set_filter(next, replace);
    });

    let clear = move || {
        let keep_at = nav.get_untracked().query.get("at").map(str::to_owned);
        nav.go(AppUrl::new(Page::Agenda).with("at", keep_at.as_deref()));
    };
    let stars = star_clicks();
    platform::listen(VIEW, "click", move |ev: web_sys::MouseEvent| {
        // A session opened from its card: the way back returns the focus to it.
        if let Some(card) = platform::closest_attr(&ev, "li.session a[href]", "href")
            .and_then(|_| platform::closest_attr(&ev, "li.session[id]", "id"))
        {
            platform::tab_storage_set(&m.key(LEFT_FROM), &card);
        }
        if let Some(id) = platform::closest_attr(&ev, "button[data-jump]", "data-jump") {
            if !shown.with_untracked(|s| s.iter().any(|x| *x == id)) {
                clear();
            }
            request_animation_frame(move || super::star::jump_to_session(&id));
            return;
        }
        let Some(action) = platform::closest_attr(&ev, "button[data-action]", "data-action")
            .and_then(|a| Action::parse(&a))
        else {
            stars(ev);
            return;
        };
        match action {
            Action::Clear => {
                clear();
                platform::focus_first_of(vec!["main .results__count".into()]);
            }
            Action::DropBad => {
                let (f, _) = parsed.get_untracked();
                nav.go(AppUrl {
                    page: Page::Agenda,
                    query: f.to_query(nav.get_untracked().query).with("at", None).with(
                        "picks",
                        picks.get_untracked().map(|p| p.encode()).as_deref(),
                    ),
                });
            }
            Action::More => dom::toggle_disclosure(Slot::MoreLabel.id()),
            Action::Print => print_now(t),
            Action::KeepPicks => {
                if let Some(p) = picks.get_untracked() {
                    super::state::my_agenda().add_all(&p);
                }
                // The button is now off ("all in my agenda"): its notice keeps the focus.
                platform::focus_first_of(vec!["main section.notice--info".into()]);
            }
            Action::Ics => {
                let list = untrack(sessions);
                let text = ics::calendar(
                    m,
                    &list,
                    |s| platform::absolute_url(&format!("/session?id={}", s.id)),
                    platform::now_ms(),
                );
                platform::download(&ics::file_name(m, &list), "text/calendar", &text);
            }
            Action::ShareMine => {
                let t = t.get_untracked();
                let url = platform::absolute_url(
                    &AppUrl::new(Page::Agenda)
                        .with(
                            "picks",
                            Some(&favourites.with_untracked(Favourites::encode)),
                        )
                        .to_string(),
                );
                spawn_local(async move {
                    let text = match platform::share_or_copy(t.p.my_agenda, &url).await {
                        platform::Shared::Copied => t.p.my_agenda_copied.to_string(),
                        platform::Shared::Shared => t.c.share_shared.to_string(),
                        platform::Shared::Failed => format!("{} {url}", t.c.share_copy_this),
                    };
                    dom::set_text(Slot::ShareStatus.id(), &text);
                });
            }
        }
    });
    // Text typed or boxes ticked before the app started stay, and count.
    dom::replay_changed(Slot::Form.id());
    // Back from a session opened here: the focus is on the link the visitor left from (the
    // browser restores the scroll), not at the top of the page.
    let left_from = platform::tab_storage_take(&m.key(LEFT_FROM)).filter(|card| {
        card.strip_prefix("s-")
            .and_then(|id| m.session(id))
            .is_some()
    });
    if let Some(card) = left_from {
        platform::focus_first_of(vec![format!("#{card} .session__title a")]);
    }
}

/// The card of the session last opened from the agenda, in this tab (sessionStorage, under
/// the meeting's key).
const LEFT_FROM: &str = "left-from";

thread_local! {
    /// Whether a print is under way (presses while the QR module loads add none).
    static PRINTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn draw_qr(t: Tx, svg: Option<String>) {
    dom::set_inner_html(
        Slot::Qr.id(),
        &page::print_qr(t, &platform::absolute_url("/"), svg.as_deref()),
    );
}

/// Prints with the QR code back to the app: its encoder is a module of its own, loaded when
/// the visitor asks to print (the Print button, Ctrl+P or ⌘P), not with every load of the
/// agenda.
fn print_now(t: Signal<Tx>) {
    if PRINTING.replace(true) {
        return;
    }
    let t = t.get_untracked();
    spawn_local(async move {
        draw_qr(
            t,
            platform::qr_svg(&platform::absolute_url("/"), t.p.qr_label).await,
        );
        platform::print();
        PRINTING.set(false);
    })
}

/// The printed page's QR code leads back to the app (its address is known only here). A
/// print started from the browser's menu before the module is loaded shows the address as
/// text, and loads the module for the next print.
fn print_with_qr(t: Signal<Tx>) {
    let before = window_event_listener(leptos::ev::beforeprint, move |_| {
        let t = t.get_untracked();
        let url = platform::absolute_url("/");
        let svg = platform::qr_svg_now(&url, t.p.qr_label);
        if svg.is_none() {
            spawn_local(async move {
                let _ = platform::qr_svg(&url, t.p.qr_label).await;
            });
        }
        draw_qr(t, svg);
    });
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if platform::is_print_shortcut(&ev) {
            ev.prevent_default();
            print_now(t);
        }
    });
    // The listeners live as long as the page.
    std::mem::forget((before, keys));
}

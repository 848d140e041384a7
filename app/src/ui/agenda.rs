//! The agenda page. Its content is rendered by `render::agenda_page` (the same HTML the build
//! writes as the static page); this view keeps it alive: it reads the state from the URL, the
//! clock and "my agenda", refreshes the slots that change, keeps the filter form in step, and
//! handles the page's controls with delegated listeners.

use super::layout::StandardMeta;
use super::router::use_nav;
use super::session_card::{card_view, star_clicks};
use super::state::{texts, use_my_agenda, use_now};
use crate::platform::{self, dom};
use crate::programme::favourites::Favourites;
use crate::programme::filter::AgendaFilter;
use crate::programme::model::{Meeting, Session};
use crate::programme::{ics, meeting, now};
use crate::render::agenda::{self as cards, CardOf, Mark};
use crate::render::agenda_page::{self as page, slot, AgendaState};
use crate::routes::{AppUrl, Page};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A part of the page, rendered from the state (see `render::agenda_page`).
type Part = fn(&Meeting, &AgendaState, &CardOf) -> String;

/// Renders the agenda as it first shows, and drops it (see `ui::warm_agenda`).
pub fn warm() {
    let t = crate::i18n::ENGLISH;
    let none = Favourites::default();
    let _ = page::first_page(meeting(), t, platform::now_ms(), |s| {
        card_view(t, s, &none, &[], Mark::None)
    });
}

#[component]
pub fn AgendaPage() -> impl IntoView {
    let m = meeting();
    // The page is built anew when the language changes (see `ui::per_lang`).
    let t = texts(crate::i18n::ENGLISH);
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
    let mark_of = move |mo: Option<now::Moment>, id: &str| match mo {
        Some(mo) if mo.is_current(id) => Mark::Now,
        Some(mo) if mo.is_next(id) => Mark::Next,
        _ => Mark::None,
    };
    // Renders a part with the state as it is now (tracking what it reads, in an effect).
    let render = move |part: &dyn Fn(&Meeting, &AgendaState, &CardOf) -> String| {
        let list = sessions();
        let (fl, lines, mo, terms_now, pk) = (
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
            part(m, &state, &|s| {
                card_view(t, s, fav, &terms_now, mark_of(mo, s.id))
            })
        })
    };
    // The session cards are the largest part: rendered once for the page and their slot.
    let days: Part = |m, s, card| cards::day_sections(m, s.t, s.shown, card);
    let days_now = untrack(|| render(&days));
    let initial = untrack(|| render(&|m, s, _| page::page_around(m, s, &days_now)));

    // Each slot follows what it shows.
    let refresh = move |id: &'static str, part: Part| super::slot::bind(id, move || render(&part));
    refresh(slot::NOTICES, |_, s, _| page::notices(s.t, s.notices));
    refresh(slot::NOW, |m, s, _| {
        page::now_banner(m, s.t, s.moment, s.now)
    });
    refresh(slot::PICKS, |_, s, _| page::picks(s.t, s.picks));
    refresh(slot::ACTIONS, |_, s, _| page::actions(s));
    refresh(slot::EMPTY, |_, s, _| page::empty(s));
    super::slot::bind_from(slot::DAYS, days_now, move || render(&days));
    Effect::new(move |_| {
        dom::set_text(
            slot::COUNT,
            &page::count_text(t, shown.with(Vec::len), m.sessions.len()),
        )
    });
    Effect::new(move |_| {
        dom::set_text(
            slot::STARRED,
            &page::starred_label(t, favourites.with(Favourites::len)),
        )
    });
    Effect::new(move |_| {
        dom::set_text(
            slot::MORE_LABEL,
            &page::more_label(t, filter.with(AgendaFilter::more_count)),
        )
    });
    // What "share my agenda" said is about the agenda as it was shared: a change of "my
    // agenda" clears it.
    Effect::new(move |before: Option<()>| {
        favourites.track();
        if before.is_some() {
            dom::set_text(slot::SHARE_STATUS, "");
        }
    });
    // The printed page's QR code leads back to the app (its address is known only here). Its
    // encoder is a module of its own, loaded when the visitor asks to print (the Print button,
    // Ctrl+P or ⌘P), not with every load of the agenda. A print started from the browser's
    // menu before that shows the address as text, and loads the module for the next print.
    let print_qr = move |svg: Option<String>| {
        dom::set_inner_html(
            slot::QR,
            &page::print_qr(t, &platform::absolute_url("/"), svg.as_deref()),
        )
    };
    let print = window_event_listener(leptos::ev::beforeprint, move |_| {
        let url = platform::absolute_url("/");
        let svg = platform::qr_svg_now(&url, t.p.qr_label);
        if svg.is_none() {
            spawn_local(async move {
                let _ = platform::qr_svg(&url, t.p.qr_label).await;
            });
        }
        print_qr(svg);
    });
    // One print at a time: presses while the module loads (on a slow network) add none.
    let printing = StoredValue::new(false);
    let print_with_qr = move || {
        if printing.get_value() {
            return;
        }
        printing.set_value(true);
        spawn_local(async move {
            print_qr(platform::qr_svg(&platform::absolute_url("/"), t.p.qr_label).await);
            platform::print();
            printing.set_value(false);
        })
    };
    let print_keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if platform::is_print_shortcut(&ev) {
            ev.prevent_default();
            print_with_qr();
        }
    });
    on_cleanup(move || {
        print.remove();
        print_keys.remove();
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
    let clear = move || {
        let keep_at = nav.get_untracked().query.get("at").map(str::to_owned);
        nav.go(AppUrl::new(Page::Agenda).with("at", keep_at.as_deref()));
    };
    let on_control = super::slot::bind_form(slot::FORM, filter, set_filter);
    let stars = star_clicks(t);
    let on_click = move |ev: web_sys::MouseEvent| {
        if let Some(id) = platform::closest_attr(&ev, "button[data-jump]", "data-jump") {
            if !shown.with_untracked(|s| s.iter().any(|x| *x == id)) {
                clear();
            }
            request_animation_frame(move || super::session_card::jump_to_session(&id));
            return;
        }
        let Some(action) = platform::closest_attr(&ev, "button[data-action]", "data-action") else {
            stars(ev);
            return;
        };
        match action.as_str() {
            "clear" => {
                clear();
                platform::focus_first_of(vec!["main .results__count".into()]);
            }
            "drop-bad" => {
                let (f, _) = parsed.get_untracked();
                nav.go(AppUrl {
                    page: Page::Agenda,
                    query: f.to_query(nav.get_untracked().query).with("at", None).with(
                        "picks",
                        picks.get_untracked().map(|p| p.encode()).as_deref(),
                    ),
                });
            }
            "more" => dom::toggle_disclosure(slot::MORE_LABEL),
            "print" => print_with_qr(),
            "keep-picks" => {
                if let Some(p) = picks.get_untracked() {
                    favourites.update(|f| *f = f.union(&p));
                }
                // The button is now off ("all in my agenda"): its notice keeps the focus.
                platform::focus_first_of(vec!["main section.notice--info".into()]);
            }
            "ics" => {
                let list = untrack(sessions);
                let text = ics::calendar(
                    m,
                    &list,
                    |s| platform::absolute_url(&format!("/session?id={}", s.id)),
                    platform::now_ms(),
                );
                platform::download(&ics::file_name(&list), "text/calendar", &text);
            }
            "share-mine" => {
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
                    dom::set_text(slot::SHARE_STATUS, &text);
                });
            }
            _ => {}
        }
    };

    view! {
        <StandardMeta page=Page::Agenda/>
        <div class="view" inner_html=initial on:click=on_click on:input=on_control on:change=on_control></div>
    }
}

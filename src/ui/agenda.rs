//! The agenda: both days, filtered by day, kind, speaker, free text and "my agenda"; the
//! filters live in the URL. Now/next, calendar export, sharing and printing.

use super::layout::PageMeta;
use super::now::{jump_to_session, NowBanner};
use super::router::{use_nav, Link};
use super::session_card::{card_view, star_clicks};
use super::share::ShareButton;
use super::state::{use_my_agenda, use_now};
use crate::platform;
use crate::programme::favourites::Favourites;
use crate::programme::filter::AgendaFilter;
use crate::programme::model::SessionKind;
use crate::programme::{ics, meeting, now};
use crate::render::{self, agenda::Mark};
use crate::routes::{AppUrl, Page};
use leptos::prelude::*;

#[component]
pub fn AgendaPage() -> impl IntoView {
    let m = meeting();
    let nav = use_nav();
    let query = nav.query_all();
    let parsed = Memo::new(move |_| query.with(|q| AgendaFilter::from_query(m, q)));
    let filter = Memo::new(move |_| parsed.with(|(f, _)| f.clone()));
    let terms = Memo::new(move |_| filter.with(AgendaFilter::terms));
    let favourites = use_my_agenda();
    // A shared selection (`picks=`) is shown instead of the visitor's own agenda.
    let picks = Memo::new(move |_| query.with(|q| q.get("picks").map(Favourites::parse)));
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

    let set_filter = move |f: AgendaFilter, replace: bool| {
        let url = nav.get_untracked();
        let to = AppUrl {
            page: Page::Agenda,
            query: f.to_query(url.query),
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
    let on_jump = Callback::new(move |id: &'static str| {
        if !shown.with(|s| s.contains(&id)) {
            clear();
        }
        jump_to_session(id);
    });

    let sessions_now = move || {
        shown
            .get()
            .into_iter()
            .filter_map(|id| m.session(id))
            .collect::<Vec<_>>()
    };
    let mark_of = move |mo: Option<now::Moment>, id: &str| match mo {
        Some(mo) if mo.is_current(id) => Mark::Now,
        Some(mo) if mo.is_next(id) => Mark::Next,
        _ => Mark::None,
    };
    let days_html = move || {
        let (mo, t) = (moment.get(), terms.get());
        favourites.with(|fav| {
            render::agenda::day_sections(m, &sessions_now(), |s| {
                card_view(s, fav, &t, mark_of(mo, s.id))
            })
        })
    };

    let download = move |_| {
        let list = sessions_now();
        let text = ics::calendar(
            m,
            &list,
            |s| platform::absolute_url(&format!("/session?id={}", s.id)),
            platform::now_ms(),
        );
        platform::download(&ics::file_name(&list), "text/calendar", &text);
    };

    view! {
        <PageMeta title="Agenda" description=format!("Agenda of the {}, {}: sessions, speakers and times.", m.title, m.dates)/>
        <div class="page">
            <h1>"Agenda"</h1>
            <p class="lede">{m.dates}" · "{m.venue}</p>
            <UrlNotices parsed=parsed at_error=at_error/>
            <NowBanner moment=moment now=now on_jump=on_jump/>
            <SharedPicks picks=picks/>
            <Filters filter=filter set_filter=set_filter/>
            <div class="results no-print">
                <p class="results__count" role="status">{move || count_text(shown.with(Vec::len), m.sessions.len())}</p>
                <div class="results__actions">
                    <Show when=move || filter.with(AgendaFilter::narrows) || picks.with(Option::is_some)>
                        <button type="button" class="button button--quiet" on:click=move |_| clear()>"Clear all filters"</button>
                    </Show>
                    <Show when=move || !shown.with(Vec::is_empty)>
                        <button type="button" class="button" on:click=download>
                            {move || if shown.with(Vec::len) == 1 { "Add it to your calendar".to_string() } else { format!("Add these {} to your calendar", shown.with(Vec::len)) }}
                        </button>
                    </Show>
                    <Show when=move || filter.with(|f| f.mine) && !favourites.with(Favourites::is_empty)>
                        <ShareButton
                            label="Share my agenda"
                            title="My agenda"
                            url=Signal::derive(move || platform::absolute_url(&AppUrl::new(Page::Agenda).with("picks", Some(&favourites.with(Favourites::encode))).to_string()))
                        />
                    </Show>
                    <button type="button" class="button button--quiet" on:click=|_| platform::print()>"Print"</button>
                </div>
            </div>
            <Show when=move || shown.with(Vec::is_empty)>
                <EmptyResult filter=filter on_clear=Callback::new(move |()| clear())/>
            </Show>
            <div class="agenda-days" inner_html=days_html on:click=star_clicks()></div>
            <PrintQr/>
            <p class="note">"Times are "{m.time_zone_label}". Where your time zone differs, your local time is shown too."</p>
        </div>
    }
}

fn count_text(shown: usize, total: usize) -> String {
    match (shown, total) {
        (s, t) if s == t => format!("Showing all {t} sessions"),
        (1, t) => format!("Showing 1 of {t} sessions"),
        (s, t) => format!("Showing {s} of {t} sessions"),
    }
}

/// Problems with the link's own values: shown, explained, with the way back.
#[component]
fn UrlNotices(
    parsed: Memo<(AgendaFilter, Vec<crate::programme::filter::Notice>)>,
    at_error: Memo<Option<crate::time::TimeError>>,
) -> impl IntoView {
    let nav = use_nav();
    move || {
        let mut lines: Vec<String> =
            parsed.with(|(_, n)| n.iter().map(ToString::to_string).collect());
        if let Some(e) = at_error.get() {
            lines.push(format!(
                "The time in this link, {e}, so the agenda follows your clock."
            ));
        }
        (!lines.is_empty()).then(|| {
            let fixed = {
                let url = nav.get_untracked();
                let (f, _) = parsed.get_untracked();
                AppUrl {
                    page: Page::Agenda,
                    query: f.to_query(url.query).with("at", None),
                }
                .to_string()
            };
            view! {
                <div class="notice" role="note">
                    <p><strong>"Part of this link could not be used."</strong></p>
                    <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    <p><Link to=fixed>"Open the agenda without it"</Link></p>
                </div>
            }
        })
    }
}

/// A selection someone shared (`picks=`), with a way to keep it.
#[component]
fn SharedPicks(picks: Memo<Option<Favourites>>) -> impl IntoView {
    let favourites = use_my_agenda();
    let nav = use_nav();
    move || {
        picks.get().map(|p| {
            let n = p.len();
            let keep = p.clone();
            let all_kept = Memo::new(move |_| favourites.with(|f| keep.ids().iter().all(|id| f.contains(id))));
            let add = p.clone();
            view! {
                <section class="notice notice--info" aria-label="Shared agenda">
                    <p><strong>{if n == 1 { "Someone shared 1 session with you.".to_string() } else { format!("Someone shared {n} sessions with you.") }}</strong>" They are listed below."</p>
                    <p class="row">
                        <button type="button" class="button" disabled=all_kept on:click=move |_| favourites.update(|f| *f = f.union(&add))>
                            {move || if all_kept.get() { "All in my agenda" } else { "Add them to my agenda" }}
                        </button>
                        <button type="button" class="button button--quiet" on:click=move |_| nav.go(AppUrl::new(Page::Agenda))>"Show the full agenda"</button>
                    </p>
                </section>
            }
        })
    }
}

/// The filter controls. Every control is a labelled form control; the state lives in the URL.
#[component]
fn Filters(
    filter: Memo<AgendaFilter>,
    set_filter: impl Fn(AgendaFilter, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let m = meeting();
    let favourites = use_my_agenda();
    let (more_open, set_more_open) = signal(false);
    let edit = move |change: &dyn Fn(&mut AgendaFilter), replace: bool| {
        let mut f = filter.get_untracked();
        change(&mut f);
        set_filter(f, replace);
    };
    let day_option = move |id: Option<&'static str>, label: String| {
        view! {
            <label class="segmented__option">
                <input
                    type="radio"
                    name="agenda-day"
                    prop:checked=move || filter.with(|f| f.day.as_deref() == id)
                    on:change=move |_| edit(&|f| f.day = id.map(str::to_owned), false)
                />
                <span>{label}</span>
            </label>
        }
    };
    let days = m
        .days
        .iter()
        .map(|d| {
            let weekday: String = d.label.chars().take(3).collect();
            day_option(Some(d.id), format!("{weekday} {}", d.date.day))
        })
        .collect_view();
    let kinds = SessionKind::ALL
        .into_iter()
        .map(|k| {
            view! {
                <label class=format!("chip chip--{}", k.slug())>
                    <input
                        type="checkbox"
                        prop:checked=move || filter.with(|f| f.kinds.contains(&k))
                        on:change=move |_| {
                            edit(&|f| {
                                if let Some(i) = f.kinds.iter().position(|x| *x == k) {
                                    f.kinds.remove(i);
                                } else {
                                    f.kinds.push(k);
                                    f.kinds.sort();
                                }
                            }, false)
                        }
                    />
                    <span>{k.label()}</span>
                </label>
            }
        })
        .collect_view();
    let speakers = m
        .speakers
        .iter()
        .map(|p| view! { <option value=p.id>{format!("{} — {}", p.full_name(), p.role)}</option> })
        .collect_view();
    let active_more = move || {
        filter.with(|f| f.kinds.len() + usize::from(f.speaker.is_some()) + usize::from(f.mine))
    };
    view! {
        <form class="filters no-print" role="search" aria-label="Filter the agenda" on:submit=|ev| ev.prevent_default()>
            <div class="field field--search">
                <label for="agenda-q">"Search the programme"</label>
                <input
                    id="agenda-q"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder="Names, roles, topics…"
                    prop:value=move || filter.with(|f| f.text.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        edit(&|f| f.text = text.clone(), true)
                    }
                />
            </div>
            <fieldset class="segmented">
                <legend>"Day"</legend>
                {day_option(None, "Both days".to_string())}
                {days}
            </fieldset>
            <button
                type="button"
                class="filters__toggle button button--quiet"
                aria-expanded=move || if more_open.get() { "true" } else { "false" }
                aria-controls="agenda-more-filters"
                on:click=move |_| set_more_open.update(|o| *o = !*o)
            >
                {move || match active_more() { 0 => "More filters".to_string(), n => format!("More filters ({n} on)") }}
            </button>
            <div id="agenda-more-filters" class="filters__more" class:is-open=more_open>
                <fieldset class="chips">
                    <legend>"Session type"</legend>
                    {kinds}
                </fieldset>
                <div class="field">
                    <label for="agenda-speaker">"Speaker"</label>
                    <select
                        id="agenda-speaker"
                        prop:value=move || filter.with(|f| f.speaker.clone().unwrap_or_default())
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            edit(&|f| f.speaker = Some(v.clone()).filter(|v| !v.is_empty()), false)
                        }
                    >
                        <option value="">"Any speaker"</option>
                        {speakers}
                    </select>
                </div>
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=move || filter.with(|f| f.mine)
                        on:change=move |_| edit(&|f| f.mine = !f.mine, false)
                    />
                    <span>{move || format!("Only my agenda ({} starred)", favourites.with(Favourites::len))}</span>
                </label>
            </div>
        </form>
    }
}

/// Nothing matched: say why and offer the way back.
#[component]
fn EmptyResult(filter: Memo<AgendaFilter>, on_clear: Callback<()>) -> impl IntoView {
    let favourites = use_my_agenda();
    let why = move || {
        filter.with(|f| {
            if f.mine && favourites.with(Favourites::is_empty) {
                "Your agenda is empty. Star sessions with “Add to my agenda” and they will be listed here, on this device.".to_string()
            } else if !f.text.trim().is_empty() {
                format!("No session matches “{}” with the filters you chose. Try fewer or other words, or another day.", f.text.trim())
            } else {
                "No session matches this combination of filters.".to_string()
            }
        })
    };
    view! {
        <div class="empty">
            <h2>"No sessions to show"</h2>
            <p>{why}</p>
            <button type="button" class="button" on:click=move |_| on_clear.run(())>"Clear all filters"</button>
        </div>
    }
}

/// Printed with the agenda: a QR code that leads back to the app.
#[component]
fn PrintQr() -> impl IntoView {
    let url = platform::absolute_url("/");
    let svg = crate::qr::svg(&url, "QR code linking to the online programme").unwrap_or_default();
    view! {
        <aside class="print-only print-qr" aria-hidden="true">
            <div class="print-qr__code" inner_html=svg></div>
            <p>"Scan for the live programme, with your own time zone and “my agenda”:"<br/>{url}</p>
        </aside>
    }
}

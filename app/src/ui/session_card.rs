//! Binding rendered session cards to the app: the per-card view (highlights, star, now/next,
//! local time) and the one delegated listener that handles every star inside rendered content.

use super::state::use_my_agenda;
use crate::platform;
use crate::programme::favourites::Favourites;
use crate::programme::meeting;
use crate::programme::model::Session;
use crate::render::agenda::{star_button, CardView, Mark};
use crate::render::Tx;
use leptos::prelude::*;

/// The visitor's local time of a session, when their zone differs from New York's.
pub fn local_time(t: Tx, s: &Session) -> Option<String> {
    let m = meeting();
    let (start, end) = (m.start(s), m.end(s));
    let offset = platform::local_utc_offset_minutes(start);
    (offset != m.utc_offset_minutes).then(|| {
        crate::time::local_range(
            start,
            end,
            offset,
            |d, time| t.day_time(d, time),
            |x| t.ltr(x),
        )
    })
}

/// How a card is shown for the current favourites, search terms and now/next marks.
pub fn card_view(
    t: Tx,
    s: &'static Session,
    favourites: &Favourites,
    terms: &[String],
    mark: Mark,
) -> CardView {
    CardView {
        terms: terms.to_vec(),
        starred: favourites.contains(s.id),
        mark,
        local_time: local_time(t, s),
        star: true,
    }
}

/// A click handler for a container of rendered cards: toggles the session of a star button,
/// then puts focus back on that button (the list is rendered anew).
pub fn star_clicks(_t: Tx) -> impl Fn(web_sys::MouseEvent) + Copy + 'static {
    let favourites = use_my_agenda();
    move |ev: web_sys::MouseEvent| {
        let Some(id) = platform::closest_attr(&ev, "button[data-star]", "data-star") else {
            return;
        };
        // The list is rendered anew: focus goes back to this star, or, when its card left the
        // list (un-starred in "my agenda"), to the next card's, the previous one's, or the count.
        let stars = platform::attr_of_all("main button[data-star]", "data-star");
        let at = stars.iter().position(|s| *s == id);
        let near = at
            .into_iter()
            .flat_map(|i| {
                [
                    stars.get(i + 1),
                    i.checked_sub(1).and_then(|j| stars.get(j)),
                ]
            })
            .flatten();
        let selectors = std::iter::once(&id)
            .chain(near)
            .map(|s| format!("main button[data-star=\"{s}\"]"))
            .chain(["main .results__count".to_string(), "main h1".to_string()])
            .collect();
        favourites.update(|f| *f = f.toggle(&id));
        platform::focus_first_of(selectors);
    }
}

/// The star of one session as a live view (on the session page).
#[component]
pub fn StarButton(t: Tx, session: &'static Session) -> impl IntoView {
    let favourites = use_my_agenda();
    let html =
        move || favourites.with(|f| star_button(meeting(), t, session, f.contains(session.id)));
    view! { <span class="star-slot" inner_html=html on:click=star_clicks(t)></span> }
}

/// Scrolls a session card into view and moves focus to its title link.
pub fn jump_to_session(id: &str) {
    let card = format!("s-{id}");
    platform::scroll_to_id(&card);
    platform::focus_first_link_in(&card);
}

//! The stars ("add to my agenda") of rendered session cards: how a card is shown for "my
//! agenda", the search terms and now/next, and the one delegated listener that takes every
//! star of a page.

use crate::platform;
use crate::programme::favourites::Favourites;
use crate::programme::model::Session;
use crate::render::agenda::{CardView, Mark};

/// How a card is shown for the current favourites, search terms and now/next marks.
pub fn card_view(
    s: &'static Session,
    favourites: &Favourites,
    terms: &[String],
    mark: Mark,
) -> CardView {
    CardView {
        terms: terms.to_vec(),
        starred: favourites.contains(s.id),
        mark,
        star: true,
    }
}

/// A click handler for a container of rendered cards: toggles the session of a star button,
/// then keeps the focus there. When the card leaves the list (un-starred in "my agenda"), the
/// focus goes to the next card's star, the previous one's, or the count.
pub fn star_clicks() -> impl Fn(web_sys::MouseEvent) + Copy + 'static {
    let agenda = super::state::my_agenda();
    move |ev: web_sys::MouseEvent| {
        let Some(id) = platform::closest_attr(&ev, "button[data-star]", "data-star") else {
            return;
        };
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
        agenda.toggle(&id);
        platform::focus_first_of(selectors);
    }
}

/// Scrolls a session card into view and moves focus to its title link.
pub fn jump_to_session(id: &str) {
    let card = format!("s-{id}");
    platform::scroll_to_id(&card);
    platform::focus_first_link_in(&card);
}

//! In-app navigation: the current [`AppUrl`] as a signal, kept in step with the address bar.
//! (Why not `leptos_router`: see `crate::routes`.)

use super::{base, embed, href};
use crate::embed::Embed;
use crate::platform;
use crate::query::Query;
use crate::routes::{AppUrl, Bundle, Page};
use leptos::prelude::*;

/// The app's location, provided as context by [`provide_nav`].
#[derive(Clone, Copy)]
pub struct Nav {
    url: RwSignal<AppUrl>,
    /// The bundle this page runs; pages of other bundles are reached by a page load.
    bundle: Bundle,
}

/// Where the agenda keeps its query (its filters) for the pages of other bundles, which are
/// another page load, so a way "back to the agenda" returns to the view the visitor came from
/// (sessionStorage: this tab's, like the back button).
const AGENDA_LEFT: &str = "agenda-left";

pub(super) fn current_url() -> AppUrl {
    let (path, search) = platform::location_path_and_search();
    let rel = path.strip_prefix(base()).unwrap_or(&path);
    AppUrl::parse(rel, &search)
}

/// In an embedding frame, a new page asks the host to show the frame's top.
fn show_frame_top() {
    if embed().on && platform::embed::in_frame() {
        platform::embed::ask_host_for_top(&super::host_origin(embed()));
    }
}

/// Reads the address bar, follows back/forward and routes in-app link clicks.
pub fn provide_nav(bundle: Bundle) -> Nav {
    let url = RwSignal::new(current_url());
    let nav = Nav { url, bundle };
    if bundle == Bundle::Agenda {
        Effect::new(move |_| {
            url.with(|u| {
                if u.page == Page::Agenda {
                    platform::tab_storage_set(
                        &crate::programme::meeting().key(AGENDA_LEFT),
                        &u.query.to_string(),
                    );
                }
            })
        });
    }
    platform::on_popstate(move || {
        let to = current_url();
        let page_changed = url.with_untracked(|u| u.page != to.page);
        url.set(to);
        if page_changed {
            show_frame_top();
        }
    });
    platform::intercept_link_clicks(base(), move |rel| {
        // A link to a page's own file (`session.html?id=…`: the way out of a host's
        // single-page fallback) is loaded as a file, its name kept; inside a frame, with the
        // embed parameters.
        if rel
            .split(['?', '#'])
            .next()
            .is_some_and(|p| p.ends_with(".html"))
        {
            if embed().on {
                let to = AppUrl::parse_href(&rel);
                let query = nav
                    .url
                    .with_untracked(|u| Embed::carry(&u.query, to.query.clone()));
                platform::load(&href(&format!("/{}{query}", to.page.info().file)));
                return true;
            }
            return false;
        }
        let to = AppUrl::parse_href(&rel);
        // Links to another bundle's pages are a normal page load, left to the browser — except
        // in an embedding frame, where the embed parameters must come along. So are the
        // timer's links between its modes (a viewer's "open your own timer"): each mode is a
        // page of its own.
        let ours = to.page.bundle() == bundle && bundle != Bundle::Timer;
        if ours || embed().on {
            nav.go(to);
        }
        ours || embed().on
    });
    provide_context(nav);
    nav
}

/// The [`Nav`] of the app (a detached one outside it, so a view never panics).
pub fn use_nav() -> Nav {
    use_context::<Nav>().unwrap_or_else(|| Nav {
        url: RwSignal::new(current_url()),
        bundle: Bundle::Agenda,
    })
}

impl Nav {
    /// The current page, as a memo: query changes don't re-render the page.
    pub fn page(self) -> Memo<Page> {
        let url = self.url;
        Memo::new(move |_| url.with(|u| u.page))
    }

    /// One query value, as a memo.
    pub fn query(self, key: &'static str) -> Memo<Option<String>> {
        let url = self.url;
        Memo::new(move |_| url.with(|u| u.query.get(key).map(str::to_owned)))
    }

    /// In embed mode every in-app address keeps the embed parameters, so the next page stays
    /// in embed mode too.
    fn carry_embed(self, to: AppUrl) -> AppUrl {
        if !embed().on {
            return to;
        }
        let query = self
            .url
            .with_untracked(|u| Embed::carry(&u.query, to.query));
        AppUrl { query, ..to }
    }

    /// The way back to the agenda as the visitor last left it in this tab, if they were on it
    /// (see [`crate::routes::agenda_back`]).
    pub fn agenda_left(self) -> Option<String> {
        platform::tab_storage_get(&crate::programme::meeting().key(AGENDA_LEFT))
            .map(|query| crate::routes::agenda_back(&Query::parse(&query)))
    }

    /// The whole query, as a memo.
    pub fn query_all(self) -> Memo<Query> {
        let url = self.url;
        Memo::new(move |_| url.with(|u| u.query.clone()))
    }

    /// The current location, untracked.
    pub fn get_untracked(self) -> AppUrl {
        self.url.get_untracked()
    }

    /// Goes to a location with a new history entry. A new page starts at the top, with
    /// keyboard focus on the main content.
    pub fn go(self, to: AppUrl) {
        let to = self.carry_embed(to);
        if to.page.bundle() != self.bundle {
            platform::load(&href(&to.to_string()));
            return;
        }
        let page_changed = self.url.with_untracked(|u| u.page != to.page);
        platform::history_set(&href(&to.to_string()), false);
        self.url.set(to);
        if page_changed {
            platform::scroll_to_top();
            platform::focus_without_scroll("main");
            show_frame_top();
        }
    }

    /// Replaces the current history entry (for state that changes as the visitor types or a
    /// timer runs, which should not flood the back button).
    pub fn replace(self, to: AppUrl) {
        let to = self.carry_embed(to);
        platform::history_set(&href(&to.to_string()), true);
        self.url.set(to);
    }
}

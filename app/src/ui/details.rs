//! The pages of the details bundle: a session, the speakers (all, or one), about, and not
//! found. The build writes each page with a variant per session or speaker, and the page's
//! first script shows the one the address names (`render::variants`); the app adopts it as it
//! is, and renders a page itself only in another language, or when the visitor moves to
//! another page of the bundle ([`crate::render::pages::detail`]).

use super::adopt;
use super::router::use_nav;
use super::star::{card_view, star_clicks};
use super::state::{use_my_agenda, use_texts};
use crate::platform::{self, dom, Shared};
use crate::programme::{ics, meeting};
use crate::render::agenda::Mark;
use crate::render::frame::VIEW;
use crate::render::pages;
use crate::render::slot::KEY;
use crate::render::static_page::view_key;
use crate::routes::{AppUrl, Page};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The buttons a session's page has (its `data-early`, which `guard.js` also records when
/// they are pressed before the app starts).
const SESSION_ICS: &str = "session-ics";
const SESSION_SHARE: &str = "session-share";

pub fn adopt(first: Page) -> bool {
    if first.bundle() != crate::routes::Bundle::Details {
        return false;
    }
    let m = meeting();
    let t = use_texts(crate::i18n::ENGLISH);
    let nav = use_nav();
    let page = nav.page();
    let id = nav.query("id");
    let favourites = use_my_agenda();
    // The page as the build wrote it holds every variant (`render::variants`): the one the
    // address names stays, the others go, and the page says which it shows.
    let lang = adopt::static_lang();
    let id_now = id.get_untracked();
    if dom::attr(VIEW, KEY).as_deref() == Some(view_key(lang, first, None).as_str()) {
        dom::keep_variant(id_now.as_deref().unwrap_or(crate::render::variants::NO_ID));
        dom::set_attr(VIEW, KEY, Some(&view_key(lang, first, id_now.as_deref())));
    }
    let key = move || id.with(|id| view_key(t.get().lang, page.get(), id.as_deref()));
    // "On now" or "Next" on a session's page, as on its card in the agenda (with `at=`, at
    // that moment).
    let (now, _) = super::state::use_now(nav.query("at"));
    let live = move || set_live(t.get_untracked(), now.get_untracked());
    let after = move || {
        adopt::set_local_times(t.get_untracked());
        live();
        favourites.with_untracked(|f| {
            let t = t.get_untracked();
            adopt::set_stars(f, (t.p.star_add, t.p.star_in));
        });
        agenda_way_back();
    };
    adopt::slot(
        VIEW,
        key,
        move || {
            let t = t.get();
            favourites.with(|fav| {
                id.with(|id| {
                    pages::detail(m, t, page.get(), id.as_deref(), &|s| {
                        card_view(s, fav, &[], Mark::None)
                    })
                })
            })
        },
        after,
    );
    adopt::stars(favourites, move || {
        let t = t.get();
        (t.p.star_add, t.p.star_in)
    });
    after();
    Effect::new(move |_| {
        now.track();
        live();
    });
    // The document's title: the session's or the speaker's own.
    Effect::new(move |_| {
        let c = t.get().c;
        let p = page.get();
        let found = id.with(|id| {
            let id = id.as_deref()?;
            match p {
                Page::Session => m.session(id).map(|s| {
                    let day = m.day(s.day).map(|d| d.label).unwrap_or_default();
                    (
                        s.title.to_string(),
                        format!(
                            "{}: {}, {} New York time, {}.",
                            s.title,
                            day,
                            m.time_range(s),
                            s.venue
                        ),
                    )
                }),
                Page::Speakers => m.speaker(id).map(|p| {
                    (
                        p.name.to_string(),
                        format!("{}, {}.", p.full_name(), p.role),
                    )
                }),
                _ => None,
            }
        });
        match found {
            Some((title, description)) => super::frame::meta(&title, &description),
            None => {
                let (title, description) = pages::meta(m, c, p);
                platform::set_page_meta(&title, &description);
            }
        }
    });

    let stars = star_clicks();
    platform::listen(VIEW, "click", move |ev: web_sys::MouseEvent| {
        let session = id.with_untracked(|id| id.as_deref().and_then(|id| m.session(id)));
        match platform::closest_attr(&ev, "button[data-early]", "data-early").as_deref() {
            Some(SESSION_ICS) => {
                if let Some(s) = session {
                    let text = ics::calendar(
                        m,
                        &[s],
                        |s| platform::absolute_url(&format!("/session?id={}", s.id)),
                        platform::now_ms(),
                    );
                    platform::download(&ics::file_name(m, &[s]), "text/calendar", &text);
                }
            }
            Some(SESSION_SHARE) => {
                if let Some(s) = session {
                    share(
                        t.get_untracked().c,
                        s.title,
                        &platform::absolute_url(&format!("/session?id={}", s.id)),
                    );
                }
            }
            _ => stars(ev),
        }
    });
    true
}

/// Says "On now" or "Next" in the [`pages::LIVE`] place of the page's session, or nothing.
fn set_live(t: crate::render::Tx, at: crate::time::Millis) {
    let moment = crate::programme::now::moment(meeting(), at);
    for el in dom::elements(&format!("main [{}]", pages::LIVE)) {
        let id = el.get_attribute(pages::LIVE).unwrap_or_default();
        match Mark::of(moment, &id).live(t) {
            Some((class, word)) => {
                dom::set_attr_of(&el, "class", Some(class));
                dom::set_text_of(&el, word);
                dom::set_attr_of(&el, "hidden", None);
            }
            None => dom::set_attr_of(&el, "hidden", Some("")),
        }
    }
}

/// Shares a page, and says how beside the button (`.share__status`).
fn share(c: &'static crate::i18n::Catalogue, title: &'static str, url: &str) {
    let url = url.to_string();
    spawn_local(async move {
        let said = match platform::share_or_copy(title, &url).await {
            Shared::Copied => c.share_copied.to_string(),
            Shared::Shared => c.share_shared.to_string(),
            Shared::Failed => format!("{} {url}", c.share_copy_this),
        };
        for el in dom::elements("main .share__status") {
            dom::set_text_of(&el, &said);
        }
    });
}

/// The session page's way back to the agenda goes to the agenda as the visitor left it (its
/// filters), when they came from it in this tab.
fn agenda_way_back() {
    let Some(back) = use_nav().agenda_left() else {
        return;
    };
    let target = crate::render::href(&back).replace("&amp;", "&");
    for a in dom::elements("main .breadcrumb a:first-child") {
        if a.get_attribute("href").is_some_and(|h| h.starts_with("./")) {
            dom::set_attr_of(&a, "href", Some(&target));
        }
    }
}

/// Shown when a host answered a page's address with another page's file (for example a
/// single-page fallback to `index.html`): a plain link to the page's own file always works.
pub fn wrong_bundle(page: Page) {
    let here = use_nav().get_untracked();
    let file = AppUrl { page, ..here }.file_href();
    let key_file = file.clone();
    let text = super::state::use_frame();
    adopt::slot(
        VIEW,
        move || format!("{} wrong {}", text.with(|s| s.lang.code()), key_file),
        move || {
            format!(
                "<div class=\"page\">{}</div>",
                pages::wrong_bundle(text.with(|s| s.c), &file)
            )
        },
        || {},
    );
}

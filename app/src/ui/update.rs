//! "A new version of the programme is ready — Reload": the banner a page shows once the
//! service worker has a new version waiting, or another tab took one. It is no part of any
//! static page, so it is a view of its own, mounted when it is needed.

use leptos::prelude::*;

/// Registers the service worker (`platform::offline`), later, so the precache downloads never
/// compete with the first load on a slow network. Inside a host's frame, only once the
/// visitor uses the frame: a visitor of the host page who never does is not made to download
/// the whole app (README, "Embedding").
pub fn start() {
    let register = || crate::platform::offline::register(show);
    if super::embed().on && crate::platform::embed::in_frame() {
        crate::platform::embed::on_first_use(register);
    } else {
        set_timeout(register, std::time::Duration::from_secs(3));
    }
}

/// Shows the banner (once).
fn show() {
    thread_local! {
        static SHOWN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if SHOWN.replace(true) {
        return;
    }
    let frame = super::state::use_frame();
    let t = move || frame.get().c;
    let Some(place) = crate::platform::dom::new_first_in_body() else {
        return;
    };
    leptos::mount::mount_to(place, move || {
        view! {
            <div class="update-ready no-print" role="status">
                <p>{move || t().update_ready}</p>
                <button type="button" class="button" on:click=|_| crate::platform::offline::apply_update()>{move || t().reload}</button>
            </div>
        }
    })
    .forget();
}

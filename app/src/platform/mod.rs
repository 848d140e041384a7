//! The platform layer: the only code that touches `web-sys` / `js-sys`. Each function has a
//! plain signature so views stay thin and the core stays testable natively. Every browser call
//! that can fail returns `Option`/`bool` instead of panicking: a blocked storage or a missing
//! API degrades the feature, never the page.

mod attrs;
mod clock;
mod confirm;
pub mod device;
pub mod dom;
mod download;
mod early;
pub mod embed;
mod events;
mod fetch;
mod focus;
mod focus_trap;
mod fullscreen;
mod history;
mod languages;
mod location;
pub mod offline;
mod print;
mod qr;
mod scroll;
mod share;
mod storage;
mod title;

pub use attrs::{attr_of_all, closest_attr};
pub use clock::{local_utc_offset_minutes, now_ms};
pub use confirm::confirm;
pub use download::download;
pub use early::{take_early, take_early_stars};
pub use events::{listen, on_click_of};
pub use fetch::fetch_text;
pub use focus::{
    focus_first_link_in, focus_first_of, focus_id, focus_selector, focus_without_scroll,
};
pub use focus_trap::{set_inert, wrap_tab};
pub use fullscreen::toggle_fullscreen;
pub use history::{history_set, intercept_link_clicks, on_popstate};
pub use languages::preferred_languages;
pub use location::{absolute_url, base_path, load, location_path_and_search};
pub use print::{is_print_shortcut, print};
pub use qr::{qr_svg, qr_svg_now};
pub use scroll::{scroll_into_view_if_needed, scroll_to_id, scroll_to_top};
pub use share::{copy_text, share_or_copy, Shared};
pub use storage::{storage_get, storage_set, tab_storage_get, tab_storage_set, tab_storage_take};
pub use title::{set_page_meta, set_title};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

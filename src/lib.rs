//! The event-programme app of the UN General Assembly's high-level meeting on the appraisal of
//! the Global Plan of Action to Combat Trafficking in Persons (22–23 November 2021).
//!
//! The crate is a pure core (`programme`, `time`) that native `cargo test` covers, thin Leptos
//! views in `ui`, and one `platform` module that alone touches browser APIs.

pub mod embed;
pub mod form;
pub mod i18n;
pub mod platform;
pub mod programme;
pub mod qr;
pub mod questions;
pub mod render;
pub mod routes;
pub mod search;
pub mod time;
pub mod timer;
pub mod ui;

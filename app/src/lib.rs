//! The wasm bundles of the programme app: thin Leptos views in [`ui`] that bind signals to the
//! pure core (`meeting_core`, re-exported here under its own module names), and one
//! [`platform`] layer that alone touches browser APIs.

pub use meeting_core::{
    embed, form, i18n, programme, qr, query, questions, render, routes, search, time, timer,
};

pub mod platform;
pub mod ui;

//! The pure core of the programme app: everything that is not the browser. The model and its
//! data (generated from `data/programme.toml` by `build.rs`), validation, filters, search,
//! time, the pages and their URLs, the timer machine, its link codec and queue, the .ics and
//! CSV writers, the interface text in six languages and every HTML renderer.
//!
//! This crate has no `leptos`, `web-sys` or `js-sys` dependency: the compiler keeps it free of
//! browser APIs, and native `cargo test` covers all of it.

pub mod embed;
pub mod form;
pub mod i18n;
pub mod programme;
pub mod qr;
pub mod query;
pub mod questions;
pub mod render;
pub mod routes;
pub mod search;
pub mod time;
pub mod timer;

//! The speaking timer's pages, in the interface language: the chair's controls (with the
//! speakers queue and the share link), a viewer's copy of a shared timer, and the projector
//! view. The build writes the controls of a ready timer as the static page; the app adopts it
//! and keeps each part current ([`Slot`]); the display's parts ([`Parts`]) are set in place
//! every second, never rendered anew.
//!
//! The pieces: the page's slots and how it was opened (`slots`), its buttons' actions and
//! keys (`actions`), the clock's parts and display (`clock`), the chair's controls
//! (`controller`) and speakers queue (`queue`), the device's time-up options (`options`), a
//! shared link's age (`freshness`) and the notice of a link that failed (`notice`), a viewer's
//! copy (`viewer`) and the projector view (`projector`).

mod actions;
mod clock;
mod controller;
mod freshness;
mod notice;
mod options;
mod projector;
mod queue;
mod slots;
mod viewer;

pub use actions::Action;
pub use clock::{display, parts, Parts};
pub use controller::{
    controller, custom_preview, next_controls, prerender, said, toggle_label, Controls,
};
pub use freshness::{ago, freshness, links_old, MAYBE_OLD_AFTER};
pub use options::Options;
pub use projector::projector;
pub use queue::{queue, queue_key};
pub use slots::{Mode, Slot};
pub use viewer::viewer;

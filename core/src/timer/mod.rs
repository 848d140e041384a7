//! The speaking timer: a state machine that takes the clock as input (`state`), the share-link
//! codec that carries a running timer to other devices (`link`), and the speakers queue with
//! its log (`queue`). All pure; the views and the platform layer supply the clock.

pub mod floor;
pub mod link;
pub mod queue;
pub mod record;
pub mod state;

pub use state::{Phase, StatementKind, Timer};

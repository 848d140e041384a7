//! The speaking timer: a state machine that takes the clock as input (`state`), the share-link
//! codec that carries a running timer to other devices (`link`), the speakers queue with its
//! log (`queue`), the floor the chair runs with undo (`floor`) and the log as a CSV record
//! (`record`). All pure; the views and the platform layer supply the clock.

pub mod floor;
pub mod link;
pub mod queue;
pub mod record;
pub mod state;

pub use state::{Phase, StatementKind, Timer};

//! The state behind a filter form (the agenda's, the question explorer's): what each control
//! shows in a state, and the state after a control changes. The views bind any such form the
//! same way (`platform::dom::sync_form`, and one delegated listener that asks `with_control`).

pub mod agenda;
pub mod questions;

use crate::programme::model::Meeting;

pub trait FormState: Sized + PartialEq {
    /// Whether a radio button or checkbox `name=value` is checked in this state.
    fn is_checked(&self, name: &str, value: &str) -> bool;

    /// The value of a text field or select in this state.
    fn field_value(&self, name: &str) -> Option<String>;

    /// The state after a control changed (`checked` matters for radios and checkboxes), and
    /// whether the change should replace the history entry (typing) rather than add one.
    fn with_control(&self, m: &Meeting, name: &str, value: &str, checked: bool) -> (Self, bool);
}

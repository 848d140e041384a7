//! Asking the visitor to confirm something that cannot be undone.

use super::window;

/// Asks the visitor to confirm something that cannot be undone (true where no dialog can show).
pub fn confirm(question: &str) -> bool {
    window().is_none_or(|w| w.confirm_with_message(question).unwrap_or(true))
}

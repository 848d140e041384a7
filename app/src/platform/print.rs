//! Printing: the browser's print dialog and its shortcut.

use super::window;

/// Ctrl+P or ⌘P: the browser's print shortcut.
pub fn is_print_shortcut(ev: &web_sys::KeyboardEvent) -> bool {
    (ev.ctrl_key() || ev.meta_key())
        && !ev.alt_key()
        && !ev.shift_key()
        && ev.key().eq_ignore_ascii_case("p")
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

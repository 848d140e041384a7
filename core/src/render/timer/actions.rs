//! What the timer's buttons do ([`Action`], their `data-action`) and their keys, and the HTML
//! of a button that shows its key.

use crate::i18n::TimerText;
use crate::render::esc;
use crate::timer::state::StatementKind;

/// What a button of the timer does (its `data-action`), and its key (`aria-keyshortcuts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Toggle,
    Reset,
    Minus10,
    Plus10,
    Plus30,
    Next,
    Pass,
    Undo,
    FullScreen,
    Projector,
    Preset(StatementKind),
    Up,
    Down,
    Remove,
    ClearQueue,
    ClearLog,
    Download,
}

impl Action {
    const ALL: [Action; 18] = [
        Action::Toggle,
        Action::Reset,
        Action::Minus10,
        Action::Plus10,
        Action::Plus30,
        Action::Next,
        Action::Pass,
        Action::Undo,
        Action::FullScreen,
        Action::Projector,
        Action::Preset(StatementKind::Delegation),
        Action::Preset(StatementKind::RegionalGroup),
        Action::Up,
        Action::Down,
        Action::Remove,
        Action::ClearQueue,
        Action::ClearLog,
        Action::Download,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Action::Toggle => "toggle",
            Action::Reset => "reset",
            Action::Minus10 => "minus10",
            Action::Plus10 => "plus10",
            Action::Plus30 => "plus30",
            Action::Next => "next",
            Action::Pass => "pass",
            Action::Undo => "undo",
            Action::FullScreen => "fullscreen",
            Action::Projector => "projector",
            Action::Preset(StatementKind::RegionalGroup) => "preset-g",
            Action::Preset(_) => "preset-d",
            Action::Up => "up",
            Action::Down => "down",
            Action::Remove => "remove",
            Action::ClearQueue => "clear-queue",
            Action::ClearLog => "clear-log",
            Action::Download => "download",
        }
    }

    pub fn parse(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.name() == name)
    }

    /// The key that does the same while the timer has the focus (`KeyboardEvent.key`).
    pub fn key(self) -> Option<&'static str> {
        match self {
            Action::Toggle => Some(" "),
            Action::Reset => Some("r"),
            Action::Minus10 => Some("ArrowDown"),
            Action::Plus10 => Some("ArrowUp"),
            Action::Next => Some("n"),
            Action::Pass => Some("p"),
            Action::Undo => Some("u"),
            Action::FullScreen => Some("f"),
            _ => None,
        }
    }

    /// The action of a key pressed while the timer has the focus (either case of a letter;
    /// ← and → as ↓ and ↑).
    pub fn of_key(key: &str) -> Option<Action> {
        let key = match key {
            "ArrowLeft" => "ArrowDown",
            "ArrowRight" => "ArrowUp",
            k => k,
        };
        Action::ALL
            .into_iter()
            .find(|a| a.key().is_some_and(|k| k.eq_ignore_ascii_case(key)))
    }

    /// The key as `aria-keyshortcuts` names it, and as the page shows it.
    fn key_names(self, t: &TimerText) -> Option<(&'static str, &'static str)> {
        Some(match self.key()? {
            " " => ("Space", t.key_space),
            "ArrowDown" => ("ArrowDown", "↓"),
            "ArrowUp" => ("ArrowUp", "↑"),
            "r" => ("R", "R"),
            "n" => ("N", "N"),
            "p" => ("P", "P"),
            "u" => ("U", "U"),
            "f" => ("F", "F"),
            _ => return None,
        })
    }
}

/// A button that does `action`, with its key shown on it and named for assistive technology.
pub(super) fn button(
    t: &TimerText,
    action: Action,
    class: &str,
    id: Option<&str>,
    label: &str,
    disabled: bool,
) -> String {
    let id = id.map_or(String::new(), |i| format!(" id=\"{i}\""));
    let (keys, kbd) = match action.key_names(t) {
        Some((aria, shown)) => (
            format!(" aria-keyshortcuts=\"{aria}\""),
            format!(" <kbd aria-hidden=\"true\">{}</kbd>", esc(shown)),
        ),
        None => (String::new(), String::new()),
    };
    format!(
        "<button type=\"button\" class=\"button {class}\"{id} data-action=\"{}\"{keys}{}><span class=\"button__label\">{}</span>{kbd}</button>",
        action.name(),
        if disabled { " disabled" } else { "" },
        esc(label)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_one_name_and_its_keys() {
        for a in Action::ALL {
            assert_eq!(Action::parse(a.name()), Some(a), "{a:?}");
        }
        assert_eq!(Action::of_key("R"), Some(Action::Reset));
        assert_eq!(Action::of_key(" "), Some(Action::Toggle));
        assert_eq!(Action::of_key("ArrowRight"), Some(Action::Plus10));
        assert_eq!(Action::of_key("x"), None);
    }
}

//! The question explorer's filter form: the names of its controls, and how each follows and
//! changes an [`ExplorerFilter`].

use super::FormState;
use crate::programme::model::Meeting;
use crate::questions::ExplorerFilter;

/// The names of the explorer's form controls (see `render::questions::filters_form`).
pub mod control {
    pub const TEXT: &str = "q";
    pub const PANEL: &str = "panel";
    pub const THEME: &str = "theme";
}

impl FormState for ExplorerFilter {
    fn is_checked(&self, name: &str, value: &str) -> bool {
        match name {
            control::PANEL => self.panel.map(|p| p.to_string()).unwrap_or_default() == value,
            control::THEME => self.themes.iter().any(|t| t == value),
            _ => false,
        }
    }

    fn field_value(&self, name: &str) -> Option<String> {
        (name == control::TEXT).then(|| self.text.clone())
    }

    fn with_control(
        &self,
        m: &Meeting,
        name: &str,
        value: &str,
        checked: bool,
    ) -> (ExplorerFilter, bool) {
        let mut f = self.clone();
        match name {
            control::TEXT => {
                f.text = value.chars().take(200).collect();
                return (f, true);
            }
            control::PANEL => f.panel = value.parse().ok().filter(|n| m.panel(*n).is_some()),
            control::THEME => {
                f.themes.retain(|t| t != value);
                if checked && m.theme(value).is_some() {
                    f.themes.push(value.to_string());
                    f.themes
                        .sort_by_key(|t| m.themes.iter().position(|x| x.id == t));
                }
            }
            _ => {}
        }
        (f, false)
    }
}

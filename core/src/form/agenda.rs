//! The agenda's filter form: the names of its controls, and how each follows and changes an
//! [`AgendaFilter`].

use super::FormState;
use crate::programme::filter::AgendaFilter;
use crate::programme::model::{Meeting, SessionKind};

/// The names of the agenda's form controls (see `render::agenda_page::filters_form`).
pub mod control {
    pub const TEXT: &str = "q";
    pub const DAY: &str = "day";
    pub const KIND: &str = "kind";
    pub const SPEAKER: &str = "speaker";
    pub const MINE: &str = "mine";
}

impl FormState for AgendaFilter {
    fn is_checked(&self, name: &str, value: &str) -> bool {
        match name {
            control::DAY => self.day.as_deref().unwrap_or("") == value,
            control::KIND => SessionKind::from_slug(value).is_some_and(|k| self.kinds.contains(&k)),
            control::MINE => self.mine,
            _ => false,
        }
    }

    fn field_value(&self, name: &str) -> Option<String> {
        match name {
            control::TEXT => Some(self.text.clone()),
            control::SPEAKER => Some(self.speaker.clone().unwrap_or_default()),
            _ => None,
        }
    }

    fn with_control(
        &self,
        m: &Meeting,
        name: &str,
        value: &str,
        checked: bool,
    ) -> (AgendaFilter, bool) {
        let mut f = self.clone();
        let mut replace = false;
        match name {
            control::TEXT => {
                f.text = value.chars().take(200).collect();
                replace = true;
            }
            control::DAY => f.day = m.day(value).map(|d| d.id.to_string()),
            control::KIND => {
                if let Some(k) = SessionKind::from_slug(value) {
                    let on = |x: SessionKind| {
                        if x == k {
                            checked
                        } else {
                            f.kinds.contains(&x)
                        }
                    };
                    f.kinds = SessionKind::ALL.into_iter().filter(|x| on(*x)).collect();
                }
            }
            control::SPEAKER => f.speaker = m.speaker(value).map(|p| p.id.to_string()),
            control::MINE => f.mine = checked,
            _ => {}
        }
        (f, replace)
    }
}

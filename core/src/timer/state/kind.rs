//! The kinds of statement a timer is for, and their one-letter codes (in links and logs).

/// The kinds of intervention the seed sets limits for, and anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatementKind {
    /// An individual delegation: 2 minutes.
    Delegation,
    /// A regional group statement: 3 minutes.
    RegionalGroup,
    /// A panellist's presentation or response: the seed sets no limit, so the chair sets it.
    Panellist,
    /// A duration chosen by the chair.
    Custom,
}

impl StatementKind {
    pub fn code(self) -> char {
        match self {
            StatementKind::Delegation => 'd',
            StatementKind::RegionalGroup => 'g',
            StatementKind::Panellist => 'p',
            StatementKind::Custom => 'c',
        }
    }

    pub const ALL: [StatementKind; 4] = [
        StatementKind::Delegation,
        StatementKind::RegionalGroup,
        StatementKind::Panellist,
        StatementKind::Custom,
    ];

    /// Whether the programme sets this kind's time (the others' is the chair's).
    pub fn has_preset(self) -> bool {
        matches!(
            self,
            StatementKind::Delegation | StatementKind::RegionalGroup
        )
    }

    pub fn from_code(c: char) -> Option<Self> {
        match c {
            'd' => Some(StatementKind::Delegation),
            'g' => Some(StatementKind::RegionalGroup),
            'p' => Some(StatementKind::Panellist),
            'c' => Some(StatementKind::Custom),
            _ => None,
        }
    }
}

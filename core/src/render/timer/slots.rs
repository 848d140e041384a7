//! The timer page's names: how it was opened ([`Mode`]) and the parts the app keeps current
//! ([`Slot`]), by their element's id.

/// How the timer page was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Control,
    View,
    Projector,
}

impl Mode {
    /// Its name in the page's key (`render::static_page::view_key`).
    pub fn name(self) -> &'static str {
        match self {
            Mode::Control => "control",
            Mode::View => "view",
            Mode::Projector => "projector",
        }
    }
}

/// The parts of the page the app keeps current, by their element's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// The timer's region: the single-key shortcuts act while it has the focus.
    Region,
    Display,
    Toggle,
    Next,
    Said,
    Undo,
    Custom,
    CustomPreview,
    CustomError,
    Label,
    Wake,
    Queue,
    Qr,
    Link,
    LinksOld,
    Fresh,
    Announce,
}

impl Slot {
    pub const fn id(self) -> &'static str {
        match self {
            Slot::Region => "timer-region",
            Slot::Display => "timer-display",
            Slot::Toggle => "timer-toggle",
            Slot::Next => "timer-next",
            Slot::Said => "timer-said",
            Slot::Undo => "timer-undo",
            Slot::Custom => "timer-custom",
            Slot::CustomPreview => "timer-custom-preview",
            Slot::CustomError => "timer-custom-error",
            Slot::Label => "timer-label",
            Slot::Wake => "timer-wake",
            Slot::Queue => "timer-queue",
            Slot::Qr => "timer-qr",
            Slot::Link => "timer-link",
            Slot::LinksOld => "timer-links-old",
            Slot::Fresh => "timer-fresh",
            Slot::Announce => "timer-announce",
        }
    }
}

//! The interface in English.

use super::Catalogue;

pub const EN: Catalogue = Catalogue {
    skip_link: "Skip to content",
    nav_label: "Main",
    nav_agenda: "Agenda",
    nav_questions: "Questions",
    nav_timer: "Timer",
    nav_about: "About",
    languages_label: "Language",
    footer_source: "Source: the meeting's {document}. Times are {zone}.",
    // Not shown in English (the programme itself is in English).
    zone_label: "New York time (EST, UTC−05:00)",
    english_only: "The programme's own text (titles, guiding questions, background papers) is in English, as published.",
    open_full: "Open the full programme",
    new_tab: "(opens in a new tab)",
    update_ready: "A new version of the programme is ready.",
    reload: "Reload",
};

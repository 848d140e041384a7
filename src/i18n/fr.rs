//! The interface in French.

use super::Catalogue;

pub const FR: Catalogue = Catalogue {
    skip_link: "Aller au contenu",
    nav_label: "Principale",
    nav_agenda: "Programme",
    nav_questions: "Questions",
    nav_timer: "Chronomètre",
    nav_about: "À propos",
    languages_label: "Langue",
    footer_source: "Source : {document} (document de la réunion). Heures : {zone}.",
    zone_label: "heure de New York (EST, UTC−05:00)",
    english_only: "Le texte du programme lui-même (titres, questions directrices, documents d’information) est en anglais, tel qu’il a été publié.",
    open_full: "Ouvrir le programme complet",
    new_tab: "(s’ouvre dans un nouvel onglet)",
    update_ready: "Une nouvelle version du programme est prête.",
    reload: "Recharger",
};

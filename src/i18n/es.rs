//! The interface in Spanish.

use super::Catalogue;

pub const ES: Catalogue = Catalogue {
    skip_link: "Ir al contenido",
    nav_label: "Principal",
    nav_agenda: "Programa",
    nav_questions: "Preguntas",
    nav_timer: "Cronómetro",
    nav_about: "Acerca de",
    languages_label: "Idioma",
    footer_source: "Fuente: {document} (documento de la reunión). Horario: {zone}.",
    zone_label: "hora de Nueva York (EST, UTC−05:00)",
    english_only: "El texto del programa propiamente dicho (títulos, preguntas orientativas, documentos de antecedentes) figura en inglés, tal como se publicó.",
    open_full: "Abrir el programa completo",
    new_tab: "(se abre en una pestaña nueva)",
    update_ready: "Hay una nueva versión del programa.",
    reload: "Volver a cargar",
};

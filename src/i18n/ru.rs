//! The interface in Russian.

use super::Catalogue;

pub const RU: Catalogue = Catalogue {
    skip_link: "Перейти к содержанию",
    nav_label: "Основная",
    nav_agenda: "Программа",
    nav_questions: "Вопросы",
    nav_timer: "Таймер",
    nav_about: "О встрече",
    languages_label: "Язык",
    footer_source: "Источник: {document} (документ совещания). Время: {zone}.",
    zone_label: "нью-йоркское время (EST, UTC−05:00)",
    english_only: "Текст самой программы (названия, руководящие вопросы, справочные документы) приводится на английском языке в опубликованном виде.",
    open_full: "Открыть полную программу",
    new_tab: "(откроется в новой вкладке)",
    update_ready: "Доступна новая версия программы.",
    reload: "Обновить",
};

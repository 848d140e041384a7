//! The interface in Arabic.

use super::Catalogue;

pub const AR: Catalogue = Catalogue {
    skip_link: "انتقل إلى المحتوى",
    nav_label: "الرئيسية",
    nav_agenda: "البرنامج",
    nav_questions: "الأسئلة",
    nav_timer: "المؤقت",
    nav_about: "حول الاجتماع",
    languages_label: "اللغة",
    footer_source: "المصدر: {document} (وثيقة الاجتماع). التوقيت: {zone}.",
    zone_label: "بتوقيت نيويورك (EST، UTC−05:00)",
    english_only: "نص البرنامج نفسه (العناوين والأسئلة التوجيهية وورقات المعلومات الأساسية) باللغة الإنكليزية كما نُشر.",
    open_full: "فتح البرنامج الكامل",
    new_tab: "(يُفتح في علامة تبويب جديدة)",
    update_ready: "نسخة جديدة من البرنامج جاهزة.",
    reload: "إعادة التحميل",
};

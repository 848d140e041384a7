//! The interface in Chinese (Simplified).

use super::Catalogue;

pub const ZH: Catalogue = Catalogue {
    skip_link: "跳到主要内容",
    nav_label: "主导航",
    nav_agenda: "日程",
    nav_questions: "问题",
    nav_timer: "计时器",
    nav_about: "关于",
    languages_label: "语言",
    footer_source: "来源：会议文件 {document}。时间：{zone}。",
    zone_label: "纽约时间（EST，UTC−05:00）",
    english_only: "日程本身的文字（标题、指导问题、背景文件）为英文，与发布的原文一致。",
    open_full: "打开完整日程",
    new_tab: "（在新标签页中打开）",
    update_ready: "新版日程已就绪。",
    reload: "重新加载",
};

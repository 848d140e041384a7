//! The frame around every page: skip link, header with the main navigation, footer. The app
//! and the static pages render it from here, so they are the same markup.

use super::{esc, href};
use crate::i18n::{fill, Catalogue, Lang};
use crate::programme::model::Meeting;
use crate::query::Query;
use crate::routes::{AppUrl, Page};
use std::fmt::Write as _;

/// The attribute on `<html>` that keeps a static page hidden while the app brings it in the
/// visitor's language (the CSS reveals it after a few seconds regardless; guard.js at once if
/// the app fails).
pub const LANG_WAIT: &str = "data-lang-wait";

/// The first script of each static page: a visitor who will see the app in another language
/// than English (by `lang=`, by the language kept on the device, or by the browser's, as
/// `Lang::choose` decides) gets [`LANG_WAIT`] set to that language before the first paint, so
/// the page does not show in English and then change language under their eyes.
///
/// It also applies the embedding parameters the app itself reads (`embed=1`, `theme=light` or
/// `dark`: see `crate::embed`), so an embedded page never paints the site header or the other
/// theme first — inside a frame every page change between bundles is a page load. And in
/// embed mode, a link of the static page clicked before the app runs (the app's router does
/// this after) keeps the embedding parameters ([`crate::embed::KEYS`]), so the next page stays
/// in the frame's embed mode.
pub fn early_script() -> String {
    let codes: Vec<String> = Lang::ALL
        .iter()
        .map(|l| format!("'{}'", l.code()))
        .collect();
    let keys: Vec<String> = crate::embed::KEYS
        .iter()
        .map(|k| format!("'{k}'"))
        .collect();
    // In embed mode: a same-origin link to another page, clicked before the app is ready,
    // gets the embedding parameters of this page's address.
    let links = format!(
        "document.addEventListener('click',function(e){{var a=e.target&&e.target.closest&&e.target.closest('a[href]');if(!a||a.target||a.hasAttribute('download')||d.getAttribute('data-app')==='ready'||a.origin!==location.origin||a.pathname+a.search===location.pathname+location.search)return;var u=new URL(a.href);if(u.searchParams.get('embed')==='1')return;[{}].forEach(function(k){{var v=q.get(k);if(v!==null)u.searchParams.set(k,v)}});a.href=u.href}},true)",
        keys.join(",")
    );
    format!(
        "(function(){{var c=[{}],f=function(x){{x=String(x||'').trim().toLowerCase();return c.indexOf(x)<0?null:x}},l=null;try{{l=f(new URLSearchParams(location.search).get('lang'))||f(localStorage.getItem('{}'))}}catch(e){{}}for(var n=navigator.languages||[],i=0;!l&&i<n.length;i++)l=f(n[i].split(/[-_]/)[0]);var d=document.documentElement;if(l&&l!=='{}')d.setAttribute('{}',l);try{{var q=new URLSearchParams(location.search),t=q.get('theme');if(q.get('embed')==='1'){{d.setAttribute('data-embed','');{links}}}if(t==='light'||t==='dark')d.setAttribute('data-theme',t)}}catch(e){{}}}})()",
        codes.join(","),
        crate::i18n::LANG_KEY,
        Lang::En.code(),
        LANG_WAIT,
    )
}

/// The skip link and the site header, in the interface language `lang`: the navigation marks
/// `current`, and the language links keep the page and its `query`.
pub fn top(m: &Meeting, current: Page, lang: Lang, t: &Catalogue, query: &Query) -> String {
    let mut nav = String::new();
    for (page, label) in [
        (Page::Agenda, t.nav_agenda),
        (Page::Questions, t.nav_questions),
        (Page::Timer, t.nav_timer),
        (Page::About, t.nav_about),
    ] {
        let target = page.path().trim_start_matches('/');
        let here = match current {
            Page::Session | Page::Speakers => page == Page::Agenda,
            other => other == page,
        };
        let aria = if here { " aria-current=\"page\"" } else { "" };
        let _ = write!(
            nav,
            "<li><a href=\"{}\"{aria}>{}</a></li>",
            href(target),
            esc(label)
        );
    }
    let mut langs = String::new();
    for l in Lang::ALL {
        let url = AppUrl {
            page: current,
            query: query.clone().with("lang", Some(l.code())),
        };
        let target = url.to_string();
        let aria = if l == lang {
            " aria-current=\"true\""
        } else {
            ""
        };
        let _ = write!(
            langs,
            "<li><a href=\"{}\" lang=\"{code}\" hreflang=\"{code}\" dir=\"{}\"{aria}>{}</a></li>",
            href(target.trim_start_matches('/')),
            l.dir(),
            l.native_name(),
            code = l.code(),
        );
    }
    // Where the interface is not English, say once that the programme's own text is (in a
    // landmark of its own, as all content is). The timer shows none of it: there the note
    // would only push the digits and the start button down a phone's screen.
    let note = if lang == Lang::En || current == Page::Timer {
        String::new()
    } else {
        format!(
            "<aside><p class=\"lang-note\">{}</p></aside>",
            esc(t.english_only)
        )
    };
    format!(
        "<a class=\"skip-link\" href=\"#main\">{}</a><header class=\"site-header\"><nav class=\"langs\" aria-label=\"{}\"><ul>{langs}</ul></nav><div class=\"site-header__inner\"><a href=\"./\" class=\"brand-link\" lang=\"en\"><span class=\"brand\"><span class=\"brand__mark\" aria-hidden=\"true\">GPA</span><span class=\"brand__text\" dir=\"ltr\"><span class=\"brand__title\">{}</span><span class=\"brand__sub\">{} · {}</span></span></span></a><nav class=\"site-nav\" aria-label=\"{}\"><ul>{nav}</ul></nav></div></header>{note}",
        esc(t.skip_link),
        esc(t.languages_label),
        esc(m.short_title),
        esc(m.edition),
        esc(&m.dates_shown()),
        esc(t.nav_label),
    )
}

/// The site footer, in the interface language `lang` (the programme's facts stay English).
pub fn bottom(m: &Meeting, lang: Lang, t: &Catalogue) -> String {
    // The official time zone is the app's own wording (the seed names none), so it follows the
    // interface language; in English it is the data file's label.
    let zone = if lang == Lang::En {
        m.time_zone_label
    } else {
        t.zone_label
    };
    let source = fill(
        &esc(t.footer_source),
        &[
            (
                "document",
                &format!(
                    "<a href=\"about\" lang=\"en\" dir=\"ltr\">{}</a>",
                    esc(m.document)
                ),
            ),
            ("zone", &esc(zone)),
        ],
    );
    format!(
        "<footer class=\"site-footer\"><p><bdi lang=\"en\" dir=\"ltr\">{} · {} · {}</bdi></p><p>{source}</p><p class=\"site-footer__tag\"><bdi dir=\"ltr\">{}</bdi></p></footer>",
        esc(m.assembly_session),
        esc(m.venue),
        esc(&m.dates_shown()),
        esc(m.hashtag)
    )
}

/// The `<body>` content of a static page (English): frame and main content (`main_html` is
/// the page's view).
pub fn body(m: &Meeting, page: Page, main_html: &str) -> String {
    format!(
        "<div class=\"frame-top\">{}</div><main id=\"main\" tabindex=\"-1\">{main_html}</main><div class=\"frame-bottom\">{}</div>",
        top(m, page, Lang::En, crate::i18n::ENGLISH.c, &Query::default()),
        bottom(m, Lang::En, crate::i18n::ENGLISH_FRAME)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::meeting;

    #[test]
    fn navigation_marks_the_current_page() {
        let m = meeting();
        let q = Query::default();
        let html = top(m, Page::Questions, Lang::En, Lang::En.text(), &q);
        assert!(html.contains("<a href=\"questions\" aria-current=\"page\">Questions</a>"));
        assert_eq!(html.matches("aria-current=\"page\"").count(), 1);
        assert!(top(m, Page::Session, Lang::En, Lang::En.text(), &q)
            .contains("<a href=\"./\" aria-current=\"page\">Agenda</a>"));
        assert!(bottom(m, Lang::En, Lang::En.text()).contains("#endhumantrafficking"));
    }

    #[test]
    fn the_early_script_knows_every_language_and_the_embedding_parameters() {
        let js = early_script();
        for l in Lang::ALL {
            assert!(js.contains(&format!("'{}'", l.code())), "{l:?}");
        }
        assert!(js.contains("localStorage.getItem('gpa2021.lang')"));
        assert!(js.contains("setAttribute('data-lang-wait',l)"));
        // The embedding parameters, as `crate::embed` reads them.
        assert!(js.contains("q.get('embed')==='1'){d.setAttribute('data-embed','')"));
        for k in crate::embed::KEYS {
            assert!(js.contains(&format!("'{k}'")), "{k}");
        }
        assert!(js.contains("d.getAttribute('data-app')==='ready'"));
        assert!(js.contains("t==='light'||t==='dark')d.setAttribute('data-theme',t)"));
        assert!(js.contains("l!=='en'"));
        // One line, no markup that could end the script element early.
        assert!(!js.contains('\n') && !js.contains("</"));
    }

    #[test]
    fn the_frame_speaks_the_interface_language_and_links_every_language() {
        let m = meeting();
        let q = Query::parse("?id=panel-1&lang=en");
        let fr = top(m, Page::Session, Lang::Fr, Lang::Fr.text(), &q);
        assert!(fr.contains(">Aller au contenu</a>"));
        assert!(fr.contains("<a href=\"./\" aria-current=\"page\">Programme</a>"));
        assert!(
            fr.contains("class=\"lang-note\""),
            "French says the programme is English"
        );
        // Every language link keeps the page and its query, and marks the current one.
        for l in Lang::ALL {
            let link = format!("href=\"session?id=panel-1&amp;lang={}\"", l.code());
            assert!(fr.contains(&link), "{link}");
        }
        assert!(fr.contains("hreflang=\"fr\" dir=\"ltr\" aria-current=\"true\">Français"));
        assert!(fr.contains("hreflang=\"ar\" dir=\"rtl\">العربية"));
        assert!(!top(
            m,
            Page::Agenda,
            Lang::En,
            Lang::En.text(),
            &Query::default()
        )
        .contains("lang-note"));
        assert!(!top(m, Page::Timer, Lang::Fr, Lang::Fr.text(), &q).contains("lang-note"));
        let ar = bottom(m, Lang::Ar, Lang::Ar.text());
        assert!(ar.starts_with("<footer"));
        assert!(ar.contains("المصدر"));
        assert!(ar.contains("بتوقيت نيويورك"), "the time zone in Arabic");
        assert!(bottom(m, Lang::En, Lang::En.text()).contains(&esc(m.time_zone_label)));
        // English's catalogue says the same as the data file (with a no-break space, so the
        // bracket never splits over two lines).
        assert_eq!(
            Lang::En.text().zone_label.replace('\u{a0}', " "),
            m.time_zone_label
        );
        assert!(ar.contains("<a href=\"about\" lang=\"en\" dir=\"ltr\">"));
    }
}

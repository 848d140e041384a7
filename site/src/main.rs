//! Writes the static HTML of the pages into a built site (run by `scripts/postbuild.mjs`): the
//! same frame and content the app renders, from the same data file, so the first paint needs
//! no wasm, visitors without JavaScript and search engines get the real programme, and the app
//! takes the page over without a layout shift.
//!
//! `prerender <dir>`: rewrites `<dir>/<page>.html` for each page.

use meeting_core::i18n::Lang;
use meeting_core::programme::meeting;
use meeting_core::render::agenda::CardView;
use meeting_core::render::{agenda_page, frame, pages, questions, variants};
use meeting_core::routes::Page;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    match run(Path::new(&dir)) {
        Ok(n) => {
            println!("prerender: {n} pages written into {dir}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(dir: &Path) -> Result<usize, String> {
    let m = meeting();
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|e| e.to_string())?
        .as_millis() as i64;
    let t = meeting_core::i18n::ENGLISH;
    let card = |_| CardView {
        star: true,
        ..CardView::default()
    };
    let view = |html: String| format!("<div class=\"view\">{html}</div>");
    let mut pages: Vec<(&str, Page, String)> = vec![
        (
            "index",
            Page::Agenda,
            view(agenda_page::first_page(m, t, now_ms, card)),
        ),
        (
            "about",
            Page::About,
            view(format!(
                "<article class=\"page prose\">{}</article>",
                pages::about(m, t)
            )),
        ),
        (
            "404",
            Page::NotFound,
            view(format!(
                "<div class=\"page\">{}</div>",
                pages::not_found(t, pages::Missing::Page)
            )),
        ),
        ("questions", Page::Questions, questions::prerender(m)),
        (
            "timer",
            Page::Timer,
            meeting_core::render::timer::prerender(m),
        ),
    ];
    // The pages that depend on `?id=`: every variant, one shown (render::variants).
    let not_found = |what| format!("<div class=\"page\">{}</div>", pages::not_found(t, what));
    let sessions: Vec<(String, String)> = m
        .sessions
        .iter()
        .map(|s| (s.id.to_string(), pages::session_page(m, t, s)))
        .collect();
    let mut people = vec![(
        variants::NO_ID.to_string(),
        format!("<div class=\"page\">{}</div>", pages::speaker_list(m, t)),
    )];
    people.extend(m.speakers.iter().map(|p| {
        (
            p.id.to_string(),
            format!(
                "<article class=\"page\">{}</article>",
                pages::speaker_detail(m, t, p, card)
            ),
        )
    }));
    let mut heads: Vec<(&str, String)> = Vec::new();
    for (name, page, list, missing, without_js) in [
        (
            "session",
            Page::Session,
            &sessions,
            pages::Missing::Session,
            None,
        ),
        (
            "speakers",
            Page::Speakers,
            &people,
            pages::Missing::Speaker,
            Some(variants::NO_ID),
        ),
    ] {
        let (head, body) = variants::page(list, &not_found(missing), without_js);
        heads.push((name, head));
        pages.push((name, page, view(body)));
    }
    for (name, page, main) in &pages {
        let path = dir.join(format!("{name}.html"));
        let html =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let (title, description) = pages::meta(m, t.c, *page);
        let html = html
            .replacen(
                "<body>",
                &format!("<body>{}", frame::body(m, *page, main)),
                1,
            )
            .replacen(
                &between(&html, "<title>", "</title>")?,
                &format!("<title>{}</title>", meeting_core::render::esc(&title)),
                1,
            )
            .replacen(
                &between(&html, "<meta name=\"description\" content=\"", "\">")?,
                &format!(
                    "<meta name=\"description\" content=\"{}\">",
                    meeting_core::render::esc(&description)
                ),
                1,
            );
        let html = match heads.iter().find(|(n, _)| n == name) {
            Some((_, head)) => html.replacen("</head>", &format!("{head}</head>"), 1),
            None => html,
        };
        // The host answers any missing address with 404.html, at any depth: a "pretty" link
        // such as /session/panel-1 would resolve the page's relative links (its script, the
        // way back) below /session/. A base placed first in the head, by the rule of
        // `routes::base_of`, points them at the app (allowed by its hash in the CSP).
        let html = if *name == "404" {
            html.replacen(
                "<meta charset=\"utf-8\">",
                &format!(
                    "<meta charset=\"utf-8\">\n  <script>{}</script>",
                    base_script()
                ),
                1,
            )
        } else {
            html
        };
        // Before the first paint, a page to be shown in another language stays hidden until
        // the app shows it in that language (`frame::early_script`).
        let html = html.replacen(
            "<meta charset=\"utf-8\">",
            &format!(
                "<meta charset=\"utf-8\">\n  <script>{}</script>",
                frame::early_script()
            ),
            1,
        );
        std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    // The interface text of the other languages, loaded when a visitor picks one.
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        for (bundle, text) in [
            ("agenda", lang.agenda_file()),
            ("questions", lang.questions_file()),
        ] {
            let path = dir.join(format!("i18n-{bundle}.{}.txt", lang.code()));
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(pages.len())
}

/// The not-found page's base: the path up to a page name that has more path after it.
fn base_script() -> String {
    let pages: Vec<String> = meeting_core::routes::PAGES
        .iter()
        .map(|p| format!("'{p}'"))
        .collect();
    format!(
        "(function(){{var p=location.pathname.split('/'),k=[{}];for(var i=1;i<p.length-1;i++)if(k.indexOf(p[i])>=0){{var b=document.createElement('base');b.href=p.slice(0,i).join('/')+'/';document.head.appendChild(b);return}}}})()",
        pages.join(",")
    )
}

/// The first `start…end` of a text, delimiters included.
fn between(text: &str, start: &str, end: &str) -> Result<String, String> {
    let i = text.find(start).ok_or_else(|| format!("no {start}"))?;
    let j = text[i..]
        .find(end)
        .ok_or_else(|| format!("no {end} after {start}"))?;
    Ok(text[i..i + j + end.len()].to_string())
}

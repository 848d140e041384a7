//! A page as a whole HTML document: the head every page has (its Content-Security-Policy
//! first, then its first script, its metadata, its styles and the files it loads) around the
//! body the other renderers write. The build writes every HTML file of the site from here
//! (`site/`); nothing reads another tool's HTML.

use super::esc;
use crate::i18n::Lang;

/// A file the page loads, as a tag of its head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Asset {
    /// `<script src defer>`, or a module (`type="module"`, deferred by nature).
    Script { src: String, module: bool },
    /// `<link rel href type?>`.
    Link {
        rel: &'static str,
        href: String,
        kind: Option<&'static str>,
    },
}

impl Asset {
    /// The tag's name and attributes, in order.
    pub fn attributes(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            Asset::Script { src, module: true } => (
                "script",
                vec![("type", "module".into()), ("src", src.clone())],
            ),
            Asset::Script { src, module: false } => (
                "script",
                vec![("src", src.clone()), ("defer", String::new())],
            ),
            Asset::Link { rel, href, kind } => {
                let mut a = vec![("rel", rel.to_string()), ("href", href.clone())];
                if let Some(k) = kind {
                    a.push(("type", k.to_string()));
                }
                ("link", a)
            }
        }
    }

    fn tag(&self) -> String {
        let (name, attrs) = self.attributes();
        let attrs: String = attrs
            .iter()
            .map(|(k, v)| {
                if v.is_empty() {
                    format!(" {k}")
                } else {
                    format!(" {k}=\"{}\"", esc(v))
                }
            })
            .collect();
        match name {
            "script" => format!("<script{attrs}></script>"),
            _ => format!("<{name}{attrs}>"),
        }
    }
}

/// Everything a page's HTML is made of.
pub struct Document<'a> {
    pub lang: Lang,
    /// The build's version of the files a page loads by a name that stays the same from build
    /// to build (`guard.js?v=…`, the language files): on `<html data-build>`, for the app.
    pub build: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    /// The Content-Security-Policy a `<meta>` can carry (all of it but `frame-ancestors`,
    /// which only a header can), so a host that sends no headers still runs only the app's
    /// own scripts.
    pub csp: &'a str,
    /// The page's first script (`web/early.js`, filled in and minified).
    pub early_script: &'a str,
    /// The page's styles, each a `<style>` (allowed by its hash).
    pub styles: &'a [&'a str],
    /// The files the page loads in its head. (The not-found page has none here: its first
    /// script adds them once it knows where the app is.)
    pub assets: &'a [Asset],
    /// The `<body>`'s content.
    pub body: &'a str,
}

/// The page's HTML. Text is escaped here; `early_script`, `styles` and `body` are the build's
/// own (never a visitor's) and go in as they are.
pub fn page(d: &Document) -> String {
    let styles: String = d
        .styles
        .iter()
        .map(|s| format!("<style>{s}</style>"))
        .collect();
    let assets: String = d.assets.iter().map(Asset::tag).collect();
    format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\" data-build=\"{build}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n<script>{early}</script>\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta name=\"color-scheme\" content=\"light dark\">\n<meta name=\"theme-color\" content=\"#073f6e\">\n\
<title>{title}</title>\n<meta name=\"description\" content=\"{description}\">\n{styles}\n{assets}\n</head>\n\
<body>{body}</body>\n</html>\n",
        lang = d.lang.code(),
        dir = d.lang.dir(),
        build = esc(d.build),
        csp = esc(d.csp),
        early = d.early_script,
        title = esc(d.title),
        description = esc(d.description),
        body = d.body,
    )
}

/// The files every page loads in its head (the icon, the manifest, the error guard and the
/// bundle's boot module), with `?v=` on the guard, whose name is the same from build to build,
/// so each build's copy has an address of its own (the service worker answers a page with the
/// files of its own build).
pub fn assets(build: &str, boot: &str) -> Vec<Asset> {
    vec![
        Asset::Link {
            rel: "icon",
            href: "favicon.svg".into(),
            kind: Some("image/svg+xml"),
        },
        Asset::Link {
            rel: "apple-touch-icon",
            href: "apple-touch-icon.png".into(),
            kind: None,
        },
        Asset::Link {
            rel: "manifest",
            href: "manifest.webmanifest".into(),
            kind: None,
        },
        Asset::Script {
            src: format!("guard.js?v={build}"),
            module: false,
        },
        Asset::Script {
            src: format!("./{boot}"),
            module: true,
        },
    ]
}

/// A JSON string.
fn json(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            // `<` too, so no text can close the inline script (`</script>`).
            c if (c as u32) < 0x20 || c == '<' || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.into_iter().map(json).collect();
    format!("[{}]", items.join(","))
}

/// Where the visitor's language is remembered on the device (localStorage), under the
/// meeting's [`Meeting::key`](crate::programme::model::Meeting).
pub const LANG: &str = "lang";

/// The `CONFIG` of a page's first script (`web/early.js`): the page names and languages it
/// knows, where the language is kept, the embedding parameters; for the not-found page the
/// files to load once it knows where the app is (`late`), and for a page with a variant per
/// `?id=` the key shown when the address has none; and the meeting's first instant and UTC
/// offset there, by which the script marks a visitor in another zone ([`super::agenda::AWAY`])
/// before the first paint, so the line of their local time is kept free for the app to fill.
pub fn early_config(late: Option<&[Asset]>, variants: Option<&str>) -> String {
    let late = late.map_or("null".to_string(), |assets| {
        let tags: Vec<String> = assets
            .iter()
            .map(|a| {
                let (name, attrs) = a.attributes();
                let attrs: Vec<String> = attrs
                    .iter()
                    .map(|(k, v)| format!("{}:{}", json(k), json(v)))
                    .collect();
                format!("[{},{{{}}}]", json(name), attrs.join(","))
            })
            .collect();
        format!("[{}]", tags.join(","))
    });
    format!(
        "{{\"pages\":{},\"langs\":{},\"langKey\":{},\"waitAttr\":{},\"embedKeys\":{},\"late\":{late},\"variants\":{},\"away\":{},\"zone\":[{},{}]}}",
        json_list(crate::routes::Page::segments()),
        json_list(Lang::ALL.iter().map(|l| l.code())),
        json(&crate::programme::meeting().key(LANG)),
        json(super::frame::LANG_WAIT),
        json_list(crate::embed::KEYS),
        variants.map_or("null".to_string(), json),
        json(super::agenda::AWAY),
        zone_at(),
        crate::programme::meeting().utc_offset_minutes,
    )
}

/// The meeting's first instant (the start of its first session).
fn zone_at() -> crate::time::Millis {
    let m = crate::programme::meeting();
    m.sessions
        .iter()
        .map(|s| m.start(s))
        .min()
        .unwrap_or_default()
}

/// A script of `web/` with its `__CONFIG__` filled in.
pub fn fill_script(template: &str, config: &str) -> String {
    template.replacen("__CONFIG__", config, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_comes_before_any_script_and_text_is_escaped() {
        let assets = assets("b1", "boot-agenda-x.js");
        let html = page(&Document {
            lang: Lang::Ar,
            build: "b1",
            title: "A <b> & \"c\"",
            description: "d",
            csp: "default-src 'self'",
            early_script: "var a=1",
            styles: &["p{}"],
            assets: &assets,
            body: "<main></main>",
        });
        let csp = html.find("Content-Security-Policy").unwrap_or(usize::MAX);
        let script = html.find("<script").unwrap_or(0);
        assert!(csp < script, "the policy first");
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\" data-build=\"b1\">"));
        assert!(html.contains("content=\"default-src &#39;self&#39;\""));
        assert!(html.contains("<title>A &lt;b&gt; &amp; &quot;c&quot;</title>"));
        assert!(html.contains("<script src=\"guard.js?v=b1\" defer></script>"));
        assert!(html.contains("<script type=\"module\" src=\"./boot-agenda-x.js\"></script>"));
        assert!(html.contains("<link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\">"));
        assert_eq!(html.matches("<script").count(), 3);
    }

    #[test]
    fn the_first_script_knows_the_pages_languages_and_embedding_parameters() {
        let template = include_str!("../../../web/early.js");
        assert_eq!(template.matches("__CONFIG__").count(), 1);
        let c = early_config(None, None);
        let js = fill_script(template, &c);
        assert!(!js.contains("__CONFIG__"));
        for p in crate::routes::Page::segments() {
            assert!(c.contains(&format!("\"{p}\"")), "{p}");
        }
        for l in Lang::ALL {
            assert!(c.contains(&format!("\"{}\"", l.code())), "{l:?}");
        }
        for k in crate::embed::KEYS {
            assert!(c.contains(&format!("\"{k}\"")), "{k}");
        }
        assert!(c.contains(&format!(
            "\"langKey\":\"{}.lang\"",
            crate::programme::meeting().id
        )));
        assert!(c.contains("\"late\":null") && c.contains("\"variants\":null"));
        let m = crate::programme::meeting();
        assert!(
            c.contains(&format!(
                "\"away\":\"data-away\",\"zone\":[{},{}]",
                m.start(&m.sessions[0]),
                m.utc_offset_minutes
            )),
            "{c}"
        );
        let late = early_config(Some(&assets("b", "boot.js")), Some("*"));
        assert!(
            late.contains("[\"script\",{\"src\":\"guard.js?v=b\",\"defer\":\"\"}]"),
            "{late}"
        );
        assert!(late.contains("\"variants\":\"*\""));
        // Nothing in a config can end the inline script early.
        assert_eq!(json("</script>\u{2028}"), "\"\\u003c/script>\\u2028\"");
    }
}

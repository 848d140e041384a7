//! Writes the static site from the core (run by `scripts/build`; README, "Where things are").
//!
//! - `site bundles`: the wasm binaries to build, one per line (from the core's bundle table).
//! - `site write <dir> <assets.json>`: into `<dir>`, which holds the processed bundles and the
//!   static files (`scripts/assemble.mjs`), writes every page's HTML (from the page table, the
//!   renderers and the catalogues), each bundle's boot module, the language files, the
//!   service worker with its list of files, and the headers a host should send (with
//!   `--frame-ancestors <sources>`, who may embed the app); and, for the tests,
//!   `target/site/pages.json`.
//! - `site nginx <folder> <at> [--no-headers]`: the nginx location of the app (README,
//!   "Hosting"), as the tests' nginx runs it.
//!
//! Everything here is derived: a page, a bundle, a stylesheet or a script is named once, in
//! the core's tables or in `web/`, never here.

mod assets;
mod headers;
mod hosts;
mod policy;
mod worker;

use meeting_core::i18n::Lang;
use meeting_core::programme::meeting;
use meeting_core::render::document::{self, Document};
use meeting_core::render::{pages, static_page};
use meeting_core::routes::{Bundle, BundledText, Page, PAGES, QR_BIN};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["bundles"] => {
            for b in Bundle::ALL {
                println!("{}", b.bin());
            }
            println!("{QR_BIN}");
            Ok(())
        }
        ["write", dir, assets, ref options @ ..] => write(Path::new(dir), Path::new(assets), options),
        // The nginx location of the app in `folder`, served at `at` (README, "Hosting").
        ["nginx", folder, at] => {
            print!("{}", hosts::nginx_location(folder, at, true));
            Ok(())
        }
        ["nginx", folder, at, "--no-headers"] => {
            print!("{}", hosts::nginx_location(folder, at, false));
            Ok(())
        }
        _ => Err("usage: site bundles | site write <dir> <assets.json> [--frame-ancestors <sources>] | site nginx <folder> <at> [--no-headers]".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("site: {e}");
            ExitCode::FAILURE
        }
    }
}

fn put(dir: &Path, name: &str, content: &str) -> Result<(), String> {
    let path = dir.join(name);
    std::fs::write(&path, content).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(dir: &Path, assets_file: &Path, options: &[&str]) -> Result<(), String> {
    let frame_ancestors = match options {
        [] => None,
        ["--frame-ancestors", v] if !v.trim().is_empty() => Some(v.trim().to_string()),
        ["--frame-ancestors", _] => None,
        _ => return Err(format!("unknown options {options:?}")),
    };
    let a = assets::read(assets_file)?;
    let m = meeting();
    let now = assets::now_ms()?;

    // Each bundle's boot module, named by its content.
    let mut boots = std::collections::HashMap::new();
    for b in Bundle::ALL {
        let files = a.bundle(b.bin())?;
        let qr = (b == Bundle::Agenda)
            .then(|| a.bundle(QR_BIN))
            .transpose()?;
        let config = serde_json::json!({
            "glue": files.glue,
            "wasm": files.wasm,
            "qr": qr.map(|q| serde_json::json!({ "glue": q.glue, "wasm": q.wasm })),
        });
        let boot = document::fill_script(a.js("boot")?, &config.to_string());
        let name = format!(
            "boot-{}-{}.js",
            b.bin(),
            assets::short_hash(boot.as_bytes())
        );
        put(dir, &name, &boot)?;
        boots.insert(b, name);
    }

    // The interface text of the other languages, loaded when a visitor picks one.
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        for b in Bundle::ALL {
            if let BundledText::English(set) = b.text() {
                put(dir, &lang.text_file(set), &set.file(lang))?;
            }
        }
    }

    // The host page's script.
    let embed = serde_json::json!({ "id": m.id, "title": format!("Programme: {}", m.title) });
    put(
        dir,
        "embed.js",
        &document::fill_script(a.js("embed")?, &embed.to_string()),
    )?;

    // The build's version of the files pages load by a fixed name (everything but the pages).
    let build = assets::short_hash(assets::fingerprint(dir, |f| !f.ends_with(".html"))?.as_bytes());

    // Every page.
    for p in PAGES.iter() {
        let page = static_page::of(m, p.page, now);
        let css = p
            .bundle
            .styles()
            .iter()
            .map(|s| a.css(s))
            .collect::<Result<String, String>>()?;
        let mut styles = vec![css.as_str()];
        if let Some(v) = &page.variant_style {
            styles.push(v);
        }
        let head_assets = document::assets(&build, &boots[&p.bundle]);
        let is_not_found = p.page == Page::NotFound;
        let variants = page
            .variant_style
            .as_ref()
            .map(|_| meeting_core::render::variants::NO_ID);
        let config = document::early_config(is_not_found.then_some(&head_assets[..]), variants);
        let early = document::fill_script(a.js("early")?, &config);
        let meta = policy::Policy::of(&early, &styles).to_meta();
        let (title, description) = pages::meta(m, Lang::En.text(), p.page);
        let html = document::page(&Document {
            lang: Lang::En,
            build: &build,
            title: &title,
            description: &description,
            csp: &meta,
            early_script: &early,
            styles: &styles,
            assets: if is_not_found { &[] } else { &head_assets },
            body: &page.body,
        });
        put(dir, p.file, &html)?;
    }

    // The headers a host should send, for Netlify-style hosts, nginx and the test server.
    headers::write(dir, frame_ancestors.as_deref())?;

    // The service worker, last: its version is a hash of every other file.
    let sw = worker::script(dir, a.js("sw")?, &build)?;
    put(dir, "sw.js", &sw)?;

    // The page table, for the tests (the browser suite's lists of routes).
    let table: Vec<_> = PAGES
        .iter()
        .map(|p| {
            serde_json::json!({
                "page": format!("{:?}", p.page),
                "path": p.segment.map(|s| format!("/{s}")),
                "file": p.file,
                "bundle": p.bundle.bin(),
                "nav": p.nav.is_some(),
            })
        })
        .collect();
    std::fs::create_dir_all("target/site").map_err(|e| format!("target/site: {e}"))?;
    std::fs::write(
        "target/site/pages.json",
        serde_json::to_string_pretty(&table).map_err(|e| e.to_string())? + "\n",
    )
    .map_err(|e| format!("target/site/pages.json: {e}"))?;
    println!(
        "site: {} pages, build {build}, service worker {}",
        PAGES.len(),
        worker::version_of(&sw)
    );
    Ok(())
}

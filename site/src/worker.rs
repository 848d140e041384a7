//! The service worker (`web/sw.js`) with its `CONFIG`: this build's version, the files it
//! precaches, the name of the meeting's caches and which file serves which page (from the
//! page table).

use super::assets::{fingerprint, short_hash};
use meeting_core::routes::{Page, PAGES};
use std::path::Path;

/// Files a page loads by a name that stays the same from build to build: the precache holds
/// them at `?v=<build>`, the address each build's pages ask for.
fn loaded_by_fixed_name(name: &str) -> bool {
    name == "guard.js" || (name.starts_with("i18n-") && name.ends_with(".txt"))
}

pub fn script(dir: &Path, template: &str, build: &str) -> Result<String, String> {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| !n.starts_with('_') && n != "sw.js")
        .collect();
    files.sort();
    let precache: Vec<String> = files
        .iter()
        .map(|f| {
            if loaded_by_fixed_name(f) {
                format!("{f}?v={build}")
            } else {
                f.clone()
            }
        })
        .collect();
    let version = short_hash(fingerprint(dir, |n| !n.starts_with('_') && n != "sw.js")?.as_bytes());
    let pages: Vec<_> = PAGES
        .iter()
        .map(|p| serde_json::json!({ "segment": p.segment, "file": p.file }))
        .collect();
    let config = serde_json::json!({
        "name": meeting_core::programme::meeting().id,
        "version": version,
        "precache": precache,
        "pages": pages,
        "notFound": Page::NotFound.info().file,
    });
    Ok(meeting_core::render::document::fill_script(
        template,
        &config.to_string(),
    ))
}

/// The version a worker script carries (for the build's log line).
pub fn version_of(sw: &str) -> String {
    sw.split("\"version\":\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap_or("?")
        .to_string()
}

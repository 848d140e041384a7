//! What `scripts/assemble.mjs` hands over (`target/site/assets.json`): each bundle's processed
//! glue and wasm, the minified stylesheets, and the minified scripts of `web/` still to be
//! filled in. Read once, as JSON; a missing piece is an error that names it.

use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Deserialize)]
pub struct BundleFiles {
    pub glue: String,
    pub wasm: String,
}

#[derive(Deserialize)]
pub struct Assets {
    bundles: BTreeMap<String, BundleFiles>,
    css: BTreeMap<String, String>,
    js: BTreeMap<String, String>,
}

pub fn read(path: &Path) -> Result<Assets, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

impl Assets {
    pub fn bundle(&self, bin: &str) -> Result<&BundleFiles, String> {
        self.bundles
            .get(bin)
            .ok_or_else(|| format!("assets.json has no bundle {bin}"))
    }

    pub fn css(&self, name: &str) -> Result<&str, String> {
        self.css
            .get(name)
            .map(String::as_str)
            .ok_or_else(|| format!("assets.json has no stylesheet style/{name}.css"))
    }

    pub fn js(&self, name: &str) -> Result<&str, String> {
        self.js
            .get(name)
            .map(String::as_str)
            .ok_or_else(|| format!("assets.json has no script web/{name}.js"))
    }
}

/// The first 16 hex digits of a SHA-256: a file's name by its content.
pub fn short_hash(data: &[u8]) -> String {
    Sha256::digest(data)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A digest of the files of `dir` that `keep` admits, by name and content, in name order.
pub fn fingerprint(dir: &Path, keep: impl Fn(&str) -> bool) -> Result<String, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| keep(n))
        .collect();
    names.sort();
    let mut all = String::new();
    for n in names {
        let data = std::fs::read(dir.join(&n)).map_err(|e| format!("{n}: {e}"))?;
        all.push_str(&n);
        all.push_str(&short_hash(&data));
    }
    Ok(all)
}

/// The build's instant (the agenda's "now" and "next" on the static page).
pub fn now_ms() -> Result<i64, String> {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|e| e.to_string())?;
    i64::try_from(d.as_millis()).map_err(|e| e.to_string())
}

//! The headers a host should send (README, "Headers a host should send"): `_headers` for
//! Netlify and Cloudflare Pages, `_headers.json` for the local server (`scripts/server.mjs`)
//! and `_headers.nginx` for the nginx of the README and the tests, so what the README claims is
//! what runs.
//!
//! Cache rules name each file: a file whose name carries its content's hash is kept for a year,
//! every other file is asked for again each time (`no-cache`, which still lets the browser
//! reuse its copy when the host says it is unchanged). A host that merges every rule matching
//! a path (Cloudflare joins the values of a header named twice) so never sees two.

use super::policy::Policy;
use std::path::Path;

pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
pub const REVALIDATE: &str = "no-cache";

/// Whether a file's name carries the hash of its content (`agenda-0123456789abcdef.js`,
/// `…_bg.wasm`, `boot-agenda-…js`): sixteen hex digits before the extension.
pub fn is_hashed(name: &str) -> bool {
    let stem = name
        .strip_suffix("_bg.wasm")
        .or_else(|| name.strip_suffix(".js"))
        .unwrap_or("");
    stem.rsplit_once('-').is_some_and(|(_, h)| {
        h.len() == 16
            && h.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// The security headers, by name.
pub fn security(frame_ancestors: Option<&str>) -> Vec<(&'static str, String)> {
    vec![
        ("Content-Security-Policy", Policy::header(frame_ancestors)),
        ("X-Content-Type-Options", "nosniff".into()),
        ("Referrer-Policy", "strict-origin-when-cross-origin".into()),
        (
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=()".into(),
        ),
    ]
}

/// Each file of the site (and each page's address without `.html`) with its `Cache-Control`.
pub fn cache_rules(dir: &Path) -> Result<Vec<(String, &'static str)>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| !n.starts_with('_'))
        .collect();
    names.push("sw.js".into());
    names.sort();
    names.dedup();
    let mut rules = Vec::new();
    for p in meeting_core::routes::PAGES.iter() {
        if let Some(s) = p.segment {
            rules.push((format!("/{s}"), REVALIDATE));
        }
    }
    for n in names {
        let rule = if is_hashed(&n) { IMMUTABLE } else { REVALIDATE };
        rules.push((format!("/{n}"), rule));
    }
    Ok(rules)
}

pub fn write(dir: &Path, frame_ancestors: Option<&str>) -> Result<(), String> {
    let security = security(frame_ancestors);
    let rules = cache_rules(dir)?;
    let mut netlify = String::from("/*\n");
    for (k, v) in &security {
        netlify.push_str(&format!("  {k}: {v}\n"));
    }
    for (path, rule) in &rules {
        netlify.push_str(&format!("{path}\n  Cache-Control: {rule}\n"));
    }
    let json = serde_json::json!({
        "security": security.iter().map(|(k, v)| (k.to_string(), serde_json::Value::from(v.clone()))).collect::<serde_json::Map<_, _>>(),
        "cache": rules.iter().map(|(p, r)| (p.clone(), serde_json::Value::from(*r))).collect::<serde_json::Map<_, _>>(),
    });
    super::put(dir, "_headers", &netlify)?;
    super::put(
        dir,
        "_headers.nginx",
        &super::hosts::nginx_headers(&security),
    )?;
    super::put(
        dir,
        "_headers.json",
        &(serde_json::to_string_pretty(&json).map_err(|e| e.to_string())? + "\n"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names() {
        assert!(is_hashed("agenda-0123456789abcdef.js"));
        assert!(is_hashed("agenda-0123456789abcdef_bg.wasm"));
        assert!(is_hashed("boot-agenda-0123456789abcdef.js"));
        assert!(!is_hashed("timer-824df317314a13d.js"), "fifteen digits");
        assert!(!is_hashed("guard.js"));
        assert!(!is_hashed("i18n-agenda.fr.txt"));
        assert!(!is_hashed("sw.js"));
        assert!(!is_hashed("embed.js"));
    }
}

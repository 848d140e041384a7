//! The Content-Security-Policy of the pages: only the app's own files, and exactly the inline
//! script and styles each page has, by their hashes. Each page carries its own in a `<meta>`
//! (so a host that sends no headers still runs nothing else); the header a host should send
//! adds what only a header can say (`frame-ancestors`), and never changes from build to build.

use base64::Engine as _;
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;

/// The hashes one page (or the whole site) needs allowed.
#[derive(Default)]
pub struct Policy {
    scripts: BTreeSet<String>,
    styles: BTreeSet<String>,
}

fn hash(text: &str) -> String {
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
    )
}

impl Policy {
    /// The policy of a page with this first script and these `<style>`s.
    pub fn of(script: &str, styles: &[&str]) -> Policy {
        Policy {
            scripts: [hash(script)].into(),
            styles: styles.iter().map(|s| hash(s)).collect(),
        }
    }

    fn directives(&self) -> Vec<String> {
        let join = |set: &BTreeSet<String>| set.iter().cloned().collect::<Vec<_>>().join(" ");
        vec![
            "default-src 'self'".into(),
            format!(
                "script-src 'self' 'wasm-unsafe-eval' {}",
                join(&self.scripts)
            ),
            format!("style-src 'self' {}", join(&self.styles)),
            "img-src 'self' data:".into(),
            "connect-src 'self'".into(),
            "manifest-src 'self'".into(),
            "worker-src 'self'".into(),
            "base-uri 'self'".into(),
            "form-action 'self'".into(),
            "object-src 'none'".into(),
        ]
    }

    /// For a page's `<meta http-equiv>`.
    pub fn to_meta(&self) -> String {
        self.directives().join("; ")
    }

    /// For the header. Each page's `<meta>` holds the policy of its scripts and styles, by
    /// their hashes (which change with every build); the header holds what a `<meta>` cannot
    /// say (who may embed the app; left out when not given, for a literal placeholder would
    /// block every embedding) and the directives that never change, so a host's
    /// configuration (nginx's include, read when it starts) stays right from build to build.
    /// A browser applies both policies: the page's scripts are held to its own.
    pub fn header(frame_ancestors: Option<&str>) -> String {
        let mut d = vec![
            "object-src 'none'".to_string(),
            "base-uri 'self'".to_string(),
            "form-action 'self'".to_string(),
        ];
        if let Some(f) = frame_ancestors {
            d.push(format!("frame-ancestors {f}"));
        }
        d.join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_as_browsers_compute_them() {
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            hash("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
        let p = Policy::of("alert(1)", &["a{}"]);
        assert!(p.to_meta().contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"));
        assert!(!p.to_meta().contains("frame-ancestors"));
        assert!(Policy::header(Some("'self' https://www.un.org"))
            .ends_with("; frame-ancestors 'self' https://www.un.org"));
        assert!(!Policy::header(None).contains("frame-ancestors"));
        assert!(
            !Policy::header(None).contains("sha256"),
            "the same from build to build"
        );
    }
}

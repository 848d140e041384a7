//! The core's layers point one way (issue 19): a module imports only from its own layer or the
//! layers below it, and the top-level modules form no circle. Read from the source, so a `use`
//! that runs back up fails here, naming the file and the import.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Bottom to top. Within a layer, modules may use each other as long as no circle forms.
const LAYERS: &[&[&str]] = &[
    // Plain values and their codecs: dates and times, text search, query strings, QR codes.
    &["time", "search", "query", "qr"],
    // The domain: the programme and its filters, the explorer's filters, the timer machine,
    // the embedding parameters.
    &["programme", "questions", "timer", "embed"],
    // Filter forms: how the domain's filters follow and change a form's controls.
    &["form"],
    // The interface text in six languages, and the domain in words.
    &["i18n"],
    // The pages, their files and their URLs.
    &["routes"],
    // HTML.
    &["render"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file before its inline tests.
fn code(text: &str) -> &str {
    text.split("#[cfg(test)]").next().unwrap_or(text)
}

/// The top-level modules a piece of code names with `crate::x`.
fn imports(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (i, _) in code.match_indices("crate::") {
        // `meeting_core::` or `$crate::` are not this crate's paths.
        if code[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        let rest = &code[i + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            found.insert(name);
        }
        // `crate::{a, b}`
        if let Some(group) = rest.strip_prefix('{') {
            for part in group.split('}').next().unwrap_or("").split(',') {
                let name: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    found.insert(name);
                }
            }
        }
    }
    found
}

#[test]
fn imports_run_down_the_layers_only() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    assert!(files.len() > 20, "read the sources: {}", files.len());
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut wrong = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&root).unwrap_or(file);
        let top = rel
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .unwrap_or("")
            .trim_end_matches(".rs")
            .to_string();
        if top == "lib" {
            continue;
        }
        let Some(own) = layer_of(&top) else {
            wrong.push(format!("{}: module `{top}` is in no layer", rel.display()));
            continue;
        };
        let text = std::fs::read_to_string(file).unwrap_or_default();
        for used in imports(code(&text)) {
            if used == top {
                continue;
            }
            match layer_of(&used) {
                Some(l) if l <= own => {
                    graph.entry(top.clone()).or_default().insert(used);
                }
                Some(_) => wrong.push(format!(
                    "{}: `{top}` (layer {own}) uses `crate::{used}` above it",
                    rel.display()
                )),
                None => wrong.push(format!("{}: `crate::{used}` is in no layer", rel.display())),
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // No circle among the modules of one layer: a depth-first walk never meets a module on
    // its own path.
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Result<(), String> {
        if let Some(at) = path.iter().position(|p| p == m) {
            return Err(format!("{} → {m}", path[at..].join(" → ")));
        }
        if done.contains(m) {
            return Ok(());
        }
        path.push(m.to_string());
        for next in graph.get(m).into_iter().flatten() {
            visit(next, graph, path, done)?;
        }
        path.pop();
        done.insert(m.to_string());
        Ok(())
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        if let Err(circle) = visit(m, &graph, &mut Vec::new(), &mut done) {
            panic!("a circle of imports: {circle}");
        }
    }
}

#[test]
fn the_reader_of_imports_sees_what_it_should() {
    let names = imports("use crate::{a, b::c};\nuse crate::d::e; meeting_core::x; $crate::y");
    assert_eq!(
        names.into_iter().collect::<Vec<_>>(),
        ["a", "b", "d"].map(String::from)
    );
}

/// The lines of a file before its inline tests: those before the first line that is
/// `#[cfg(test)]`, or all of them.
fn lines_before_tests(text: &str) -> usize {
    text.lines()
        .position(|line| line.trim() == "#[cfg(test)]")
        .unwrap_or_else(|| text.lines().count())
}

#[test]
fn no_source_file_holds_more_than_500_lines_before_its_tests() {
    // One concern per file, named for it; the six catalogues are lists of words, not code.
    const CATALOGUES: &[&str] = &["en.rs", "fr.rs", "es.rs", "ru.rs", "zh.rs", "ar.rs"];
    let core = Path::new(env!("CARGO_MANIFEST_DIR"));
    let workspace = core.parent().unwrap_or(core);
    let mut files = vec![core.join("build.rs")];
    for dir in [
        core.join("src"),
        core.join("build"),
        workspace.join("app/src"),
        workspace.join("site/src"),
    ] {
        sources(&dir, &mut files);
    }
    assert!(files.len() > 40, "read the sources: {}", files.len());
    let catalogues = core.join("src/i18n");
    let mut long = Vec::new();
    for file in &files {
        let catalogue = file.parent() == Some(catalogues.as_path())
            && file
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| CATALOGUES.contains(&n));
        if catalogue {
            continue;
        }
        let text = std::fs::read_to_string(file).unwrap_or_default();
        let lines = lines_before_tests(&text);
        if lines > 500 {
            let rel = file.strip_prefix(workspace).unwrap_or(file);
            long.push(format!("{}: {lines} lines before its tests", rel.display()));
        }
    }
    long.sort();
    assert!(
        long.is_empty(),
        "more than 500 lines before the tests (split by concern):\n{}",
        long.join("\n")
    );
}

#[test]
fn the_counter_of_lines_stops_at_the_tests() {
    assert_eq!(
        lines_before_tests("a\nb\n    #[cfg(test)]\nmod tests {}\n"),
        2
    );
    assert_eq!(lines_before_tests("a\nb\n"), 2);
    assert_eq!(lines_before_tests("a // #[cfg(test)]\nb\n"), 2);
}

#[test]
fn every_stored_value_is_named_by_the_meetings_key() {
    // Two meetings' apps on one origin must not share "my agenda", a queue or a language:
    // every storage key and channel name comes from `Meeting::key`, none is typed with the
    // meeting's id in the code (doc comments may show one).
    let core = Path::new(env!("CARGO_MANIFEST_DIR"));
    let workspace = core.parent().unwrap_or(core);
    let mut files = Vec::new();
    for dir in [
        core.join("src"),
        workspace.join("app/src"),
        workspace.join("site/src"),
    ] {
        sources(&dir, &mut files);
    }
    let typed: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let text = std::fs::read_to_string(f).ok()?;
            code(&text)
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .any(|l| l.contains("\"gpa2021."))
                .then(|| f.display().to_string())
        })
        .collect();
    assert!(typed.is_empty(), "storage keys typed by hand in {typed:?}");
}

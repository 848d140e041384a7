//! Turns `data/programme.toml` into a `static` of the programme model.
//!
//! The data file is parsed here, on the build machine, so the wasm carries no TOML parser:
//! the programme ends up as constant data. The model and its validation are the app's own
//! (`src/programme/{model,validate}.rs`, shared by `#[path]`), so a data mistake stops the
//! build with the same message the native tests give.
//!
//! The pieces, under `build/`: the data file's shape (`shape`), from it into the model
//! (`into_model`), and the model out as Rust (`emit`).

#[path = "src/time/civil.rs"]
mod civil;
mod time {
    pub use super::civil::{ClockTime, Date};
}
#[path = "build/emit.rs"]
mod emit;
#[path = "build/into_model.rs"]
mod into_model;
#[path = "src/programme/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "build/shape.rs"]
mod shape;
#[path = "src/programme/validate.rs"]
mod validate;

use emit::{emit_meeting, emit_notes, emit_paper};
use shape::File;

// The data file, relative to this crate (cargo runs build scripts in the crate's folder).
const DATA: &str = "../data/programme.toml";

fn main() {
    println!("cargo:rerun-if-changed={DATA}");
    println!("cargo:rerun-if-changed=src/programme/model.rs");
    println!("cargo:rerun-if-changed=src/time/civil.rs");
    println!("cargo:rerun-if-changed=src/programme/validate.rs");
    let text =
        std::fs::read_to_string(DATA).unwrap_or_else(|e| fail(&format!("cannot read {DATA}: {e}")));
    let file: File =
        toml::from_str(&text).unwrap_or_else(|e| fail(&format!("{DATA} is not valid: {e}")));
    let (meeting, papers, notes) = file.into_model();
    let errors = validate::validate(&meeting, &papers, &notes);
    if !errors.is_empty() {
        let list: Vec<String> = errors.iter().map(|e| format!("  - {e}")).collect();
        fail(&format!(
            "{DATA} has {} problem(s):\n{}",
            errors.len(),
            list.join("\n")
        ));
    }
    let out =
        std::path::Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR not set")))
            .join("programme_data.rs");
    let code = format!(
        "pub static MEETING: Meeting = {};\npub static PAPERS: [PanelPaper; {}] = [{}];\npub static NOTES: Notes = {};\n",
        emit_meeting(&meeting),
        papers.len(),
        papers.iter().map(emit_paper).collect::<Vec<_>>().join(", "),
        emit_notes(&notes)
    );
    std::fs::write(&out, code)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
}

fn fail(msg: &str) -> ! {
    eprintln!("error: {msg}");
    std::process::exit(1)
}

//! # mrcc-review
//!
//! What a hospital's clinicians read and sign before the content goes live, and what they
//! re-read when it changes. A hospital adopting the widget has a few hours of an oncologist's
//! time; 2,300 lines of JSON per language, with the fit rules as data, do not fit in them.
//!
//! - [`passages`]: every text a reader can see, with its JSON path and a stable key by ids.
//! - [`matrix`]: the situations a reviewer checks the fits on, and the fits in each.
//! - [`document`]: the review document, one self-contained HTML file that prints well.
//! - [`diff`]: what changed between two versions, the fits that moved included.
//!
//! Pure Rust: the `mrcc-content` CLI and the editor page's wasm (`src/editor-wasm`) write the
//! same document from the same code.

pub mod diff;
pub mod document;
mod labels;
pub mod matrix;
pub mod passages;
mod text;

pub use diff::{diff, Change, What};
pub use document::{review, ReviewInput};
pub use labels::{for_language as labels_for, Labels};
pub use text::{escape, json_name, sha256_hex};

/// The bytes whose hash names the version a reviewer signs: the file's, or for an overlay its
/// base's, a zero byte and the overlay's (a new base is a new version of what readers see). The
/// CLI and the editor page both hash these.
pub fn version_bytes(text: &str, overlay_base: Option<&str>) -> Vec<u8> {
    match overlay_base {
        Some(base) => [base.as_bytes(), b"\0", text.as_bytes()].concat(),
        None => text.as_bytes().to_vec(),
    }
}

/// The harms inventory (`content/harms-inventory.json`), when `dataset` has the built-in
/// content's options in their order: its paths are the built-in content's.
pub fn inventory_for(dataset: &mrcc_model::Dataset) -> Option<mrcc_check::inventory::Inventory> {
    let built_in = mrcc_check::check_json(mrcc_check::built_in("en")?, None).dataset?;
    let same = built_in.options.iter().map(|o| &o.id).eq(dataset.options.iter().map(|o| &o.id));
    let json = mrcc_check::parse_json(mrcc_check::inventory::BUILT_IN).ok()?;
    same.then(|| mrcc_check::inventory::read(&json).ok()).flatten()
}

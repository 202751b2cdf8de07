//! # mrcc-check
//!
//! Checking a dataset before it reaches a reader: the JSON reader, the validator and the
//! readability measure. Clinical editors run it through the `mrcc-content` CLI; a hospital's own
//! dataset runs through the same code in the browser (the validator module, `mrcc-validator`),
//! so both report the same problems with the same JSON paths. Pure Rust, no browser APIs.
//!
//! The widget's core never links this crate: the built-in content is checked and packed when the
//! package is built, and the core only unpacks ([`mrcc_model::unpack`]).
//!
//! [`inventory`] checks the harms inventory (`content/harms-inventory.json`) against a dataset:
//! for reviewers and tests, never in the browser.

pub mod inventory;
mod json;
pub mod locate;
pub mod overlay;
pub mod parse;
mod read;
pub mod readability;
mod validate;

pub use json::{parse as parse_json, Json};
pub use parse::{
    check, check_for_editors, check_json, check_json_with, check_overlay, overlay_base, pack_for_widget, Packed, Report,
};
pub use read::limits;
pub use validate::validate;

/// The built-in dataset of `language` (one of the contract's `BUILT_IN_LANGUAGES`).
pub fn built_in(language: &str) -> Option<&'static str> {
    match language {
        "en" => Some(BUILT_IN_EN),
        "es" => Some(BUILT_IN_ES),
        _ => None,
    }
}

/// The built-in English dataset, as editors write it. The package ships it checked and packed
/// (`mrcc-content pack`), as `mrcc-explorer-en.bin` and `-en-details.bin`.
pub const BUILT_IN_EN: &str = include_str!("../../content/en.json");

/// The built-in Spanish dataset: the same ids, rules and sources as the English one.
pub const BUILT_IN_ES: &str = include_str!("../../content/es.json");

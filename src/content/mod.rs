//! The dataset: what the widget says, as data.
//!
//! The content lives in JSON so that clinical editors and hospitals can review and replace it
//! without touching Rust. This module is pure (no `web-sys`): the same model and checks run in
//! the browser, in the editors' CLI and in the tests.

mod json;
mod model;
mod pack;
mod parse;
mod path;
mod problem;
mod read;
pub mod readability;
mod split;
pub mod text;
mod validate;

pub use json::{parse as parse_json, Json};
pub use model::*;
pub use pack::{pack, unpack};
pub use parse::{check, check_json, check_json_with, Report};
pub use problem::{Problem, Severity};
pub use split::{has_details, merge, split};
pub use validate::{safe_href, validate, FIXED_CRITERIA, SUPPORTIVE_CARE, UNKNOWN};

/// The built-in English dataset. Not in the widget's wasm: the package ships it packed, as
/// `mrcc-explorer-en.bin` (`mrcc-content pack`), which the element fetches while the wasm loads.
pub const BUILT_IN_EN: &str = include_str!("../../content/en.json");

/// The built-in Spanish dataset: the same ids, rules and sources as the English one. Shipped
/// packed as `mrcc-explorer-es.bin`, loaded only by Spanish pages.
#[cfg(not(target_arch = "wasm32"))]
pub const BUILT_IN_ES: &str = include_str!("../../content/es.json");

/// The dataset schema version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

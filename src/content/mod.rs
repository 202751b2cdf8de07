//! The dataset: what the widget says, as data.
//!
//! The content lives in JSON so that clinical editors and hospitals can review and replace it
//! without touching Rust. This module is pure (no `web-sys`): the same model and checks run in
//! the browser, in the native tests and in the editors' tools.

mod model;
mod validate;

pub use model::{Dataset, Link, Source, TreatmentOption};
pub use validate::{safe_href, validate, Problem};

/// The built-in English dataset, embedded in the binary so the widget needs no extra request.
pub const BUILT_IN_EN: &str = include_str!("../../content/en.json");

/// The dataset schema version this build understands.
pub const SCHEMA_VERSION: u32 = 1;

//! # mrcc-model
//!
//! The dataset: what the widget says, as data, and the contract with the page around it. Every
//! other crate depends on this one and it depends on none of them; it is pure Rust (no browser
//! APIs), so the same types run in the widget's wasm, the validator's wasm, the editors' CLI and
//! the tests.
//!
//! - [`Dataset`] and its parts: the JSON format, documented for editors (the JSON Schema is
//!   generated from these types).
//! - [`pack`]/[`unpack`]: the compact binary form in which datasets reach the widget, and
//!   [`split`]/[`merge`]: the first screen's part of the built-in content and the rest.
//! - [`Problem`] and [`path`]: how a dataset error names its place in the JSON.
//! - [`TextKind`], [`Dataset::prose_fields`]: which text fields are prose, declared once for
//!   the validator and the readability check.
//! - [`extras`]: the knowledge check and the page for the care team, which the element's
//!   modules read, carried as JSON text.
//! - [`interface`]: the keys of the interface strings and the built-in tables.
//! - [`contract`]: what a hospital's web team can rely on (error codes, languages, attributes,
//!   events, CSS parts and properties), declared once.

pub mod contract;
mod dataset;
pub mod extras;
pub mod interface;
mod pack;
pub mod path;
mod problem;
mod prose;
pub mod small_map;
mod split;
pub mod text;

pub use dataset::*;
pub use pack::{pack, unpack};
pub use problem::{Problem, Severity};
pub use prose::TextKind;
pub use split::{has_details, merge, split};

/// The dataset schema version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// The criteria and choices hosts rely on (the `situation` attribute and `mrcc-change` events
/// use these ids), with whether the reader may pick several.
pub const FIXED_CRITERIA: &[(&str, bool, &[&str])] = &[
    // `non-clear-cell` (subtype not known), `yes` (kind not known) and `three-or-more` (how many
    // not known) were the vaguer answers of earlier versions: hosts' situation strings still use
    // them, and no rule may be stricter on them than on the answers they stand for.
    (
        "histology",
        false,
        &[
            "clear-cell",
            "papillary",
            "chromophobe",
            "collecting-duct-or-medullary",
            "other-non-clear-cell",
            "non-clear-cell",
            "unknown",
        ],
    ),
    ("risk", false, &["favorable", "intermediate", "poor", "unknown"]),
    ("primary", false, &["in-place", "removed", "unknown"]),
    ("sites", false, &["one-or-two", "three-to-five", "more-than-five", "three-or-more", "unknown"]),
    ("locations", true, &["lung", "bone", "brain", "liver", "lymph-nodes", "other"]),
    ("prior-systemic", false, &["none", "immunotherapy", "immunotherapy-adjuvant", "targeted-only", "yes", "unknown"]),
    ("symptoms", false, &["none", "some", "unknown"]),
    ("sarcomatoid", false, &["yes", "no", "unknown"]),
];

/// The choice that means "I'm not sure".
pub const UNKNOWN: &str = "unknown";

/// The option that fits everyone.
pub const SUPPORTIVE_CARE: &str = "supportive-care";

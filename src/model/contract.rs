//! The host contract, declared once: what a hospital's web team can rely on. The element's
//! script, the typings, `custom-elements.json`, the README and the Makefile must say the same
//! thing; `tests/contract.rs` reads each of them and names the file that drifted. Pure data.

/// The `code` of an `mrcc-error` event.
pub const ERROR_CODES: &[&str] =
    &["wasm-unavailable", "data-unavailable", "invalid-data", "start-failed", "internal-error"];

/// Languages with built-in content and interface strings; the first is the fallback. Each has
/// two packs in the package (`mrcc-explorer-<language>.bin` and `-details.bin`).
pub const BUILT_IN_LANGUAGES: &[&str] = &["en", "es"];

/// Observed attributes, with the property that reflects each (`lang` has none of its own).
pub const ATTRIBUTES: &[(&str, Option<&str>)] = &[
    ("appointment-url", Some("appointmentUrl")),
    ("support-url", Some("supportUrl")),
    ("data-src", Some("dataSrc")),
    ("situation", Some("situation")),
    ("resize-parent", Some("resizeParent")),
    ("lang", None),
];

/// Events the element dispatches (bubbling and composed).
pub const EVENTS: &[&str] = &["mrcc-ready", "mrcc-change", "mrcc-error"];

/// Shadow parts a host may style with `::part()`.
pub const CSS_PARTS: &[&str] = &["card", "status", "action", "error"];

/// Custom properties a host may set to theme the widget.
pub const CSS_PROPERTIES: &[&str] = &[
    "--mrcc-accent",
    "--mrcc-accent-text",
    "--mrcc-text",
    "--mrcc-muted-text",
    "--mrcc-background",
    "--mrcc-card-background",
    "--mrcc-border",
    "--mrcc-border-strong",
    "--mrcc-focus",
    "--mrcc-likely",
    "--mrcc-possible",
    "--mrcc-unlikely",
    "--mrcc-benefit",
    "--mrcc-harm",
    "--mrcc-highlight",
    "--mrcc-font-family",
    "--mrcc-font-size",
    "--mrcc-radius",
    "--mrcc-spacing",
];

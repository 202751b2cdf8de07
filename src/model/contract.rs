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
    ("share-answers", None),
    ("lang", None),
];

/// Events the element dispatches (bubbling and composed).
pub const EVENTS: &[&str] = &["mrcc-ready", "mrcc-change", "mrcc-error"];

/// Shadow parts a host may style with `::part()`.
pub const CSS_PARTS: &[&str] = &["card", "status", "action", "error"];

/// The most JSON text a host's dataset may have, in bytes: 13 times the built-in Spanish one.
/// The validator refuses more before parsing, and the element before handing the text to the
/// validator (copying 50 MB into the wasm alone held a page up for 0.3 s).
pub const MAX_DATASET_BYTES: usize = 2_000_000;

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
    "--mrcc-icon-marked",
    "--mrcc-icon-unmarked",
    "--mrcc-font-family",
    "--mrcc-font-size",
    "--mrcc-radius",
    "--mrcc-spacing",
];

/// `src/element/contract.js`: the contract as the element's JavaScript constants. Written by
/// `make contract` (`mrcc-content contract`); a test fails, naming the file, when the committed
/// one differs. The packs' URLs are written out, one `new URL('./file', import.meta.url)` each,
/// so that bundlers and the packaging script see every file the element may load.
pub fn javascript() -> String {
    let list = |items: &[&str]| items.iter().map(|item| format!("'{item}'")).collect::<Vec<_>>().join(", ");
    let mut out =
        String::from("// Generated from src/model/contract.rs by `make contract`: edit that file, not this one.\n\n");
    out += &format!(
        "/** The `code` of an `mrcc-error` event. */\nexport const ERROR_CODES = [{}];\n\n",
        list(ERROR_CODES)
    );
    out +=
        "/** The built-in languages' packs: the first screen's part and the details. */\nexport const BUILT_IN = {\n";
    for language in BUILT_IN_LANGUAGES {
        out += &format!(
            "  {language}: {{\n    start: new URL('./mrcc-explorer-{language}.bin', import.meta.url),\n    details: new URL('./mrcc-explorer-{language}-details.bin', import.meta.url),\n  }},\n"
        );
    }
    out += "};\n\n/** Attributes, and the properties that reflect them. */\nexport const PROPERTIES = {\n";
    for (attribute, property) in ATTRIBUTES {
        if let Some(property) = property {
            let key = if attribute.contains('-') { format!("'{attribute}'") } else { (*attribute).to_owned() };
            out += &format!("  {key}: '{property}',\n");
        }
    }
    let attributes: Vec<&str> = ATTRIBUTES.iter().map(|(attribute, _)| *attribute).collect();
    out += &format!("}};\n\n/** Every observed attribute. */\nexport const ATTRIBUTES = [{}];\n\n", list(&attributes));
    out += &format!(
        "/** The events the element dispatches (bubbling, composed). */\nexport const EVENTS = [{}];\n",
        list(EVENTS)
    );
    out += &format!(
        "\n/** The most JSON text a host's dataset may have, in bytes. */\nexport const MAX_DATASET_BYTES = {MAX_DATASET_BYTES};\n"
    );
    out
}

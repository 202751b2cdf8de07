//! The host contract, declared once: what a hospital's web team can rely on (attributes, events
//! and their details, error codes, theming), and the configuration the element passes to the
//! core. Pure data. Every file that repeats a part of it is generated from here by
//! `make generate` (the `mrcc-generate` command, `tools/generate`): the element's constants,
//! the core's typed entry points, the typings, `custom-elements.json` and the web teams'
//! guide's tables. `tests/contract.rs` fails, with that command, when one is not current.

/// An attribute the element observes.
pub struct Attribute {
    pub name: &'static str,
    /// The property that reflects it (a string, or null when absent), if it has one.
    pub property: Option<&'static str>,
    /// Its value, as TypeScript writes it.
    pub value: &'static str,
    pub doc: &'static str,
}

/// Observed attributes, in the order the docs list them.
pub const ATTRIBUTES: &[Attribute] = &[
    Attribute {
        name: "appointment-url",
        property: Some("appointmentUrl"),
        value: "string",
        doc: "The hospital's appointment page: https, mailto or tel (others are left out).",
    },
    Attribute {
        name: "support-url",
        property: Some("supportUrl"),
        value: "string",
        doc: "The hospital's kidney cancer support group page (the same rule).",
    },
    Attribute {
        name: "data-src",
        property: Some("dataSrc"),
        value: "string",
        doc: "URL of the hospital's own dataset (JSON) instead of the built-in content. An inline `<script type=\"application/json\">` child is the alternative.",
    },
    Attribute {
        name: "situation",
        property: Some("situation"),
        value: "string",
        doc: "Answers to start with, as a query string, e.g. `histology=clear-cell&risk=favorable` (`MrccSituationChoices`). Unknown parts are ignored, with one console warning.",
    },
    Attribute {
        name: "resize-parent",
        property: Some("resizeParent"),
        value: "string",
        doc: "Inside an iframe: the parent page's origin, to which the widget posts its height (`{ type: 'mrcc:height', height }`).",
    },
    Attribute {
        name: "share-answers",
        property: None,
        value: "boolean | ''",
        doc: "Present: `mrcc-change` and `results` carry the reader's answers (`situation`) and each option's reasons, for a host that acts on them on the page itself. Health information: never send it to analytics, tag managers or session replay. Absent (the default): each option's id and fit only.",
    },
    Attribute {
        name: "share-link",
        property: Some("shareLink"),
        value: "'off' | string",
        doc: "`off`: no \"Continue later, or share\" in the summary and no field for a code, and the widget never reads or removes a `#mrcc1=` fragment. Otherwise (the default) the reader can make a link or a code to their answers, only by pressing a button, and the page opened from one fills them in and removes the fragment from the address.",
    },
    Attribute {
        name: "care-team-lang",
        property: Some("careTeamLang"),
        value: "string",
        doc: "`en` or `es`: the language of the summary's page for the care team and its chart note, when it is not the reader's (a Spanish-speaking reader, an English-speaking team). Otherwise that page is in the reader's language.",
    },
    Attribute {
        name: "lang",
        property: None,
        value: "string",
        doc: "`en` or `es`; otherwise the nearest ancestor's `lang`, then the document's. Other languages give English.",
    },
];

/// A field of an event's detail.
pub struct Field {
    pub name: &'static str,
    /// TypeScript's type of it.
    pub value: &'static str,
    pub optional: bool,
    pub doc: &'static str,
}

/// An event the element dispatches (bubbling and composed).
pub struct Event {
    pub name: &'static str,
    /// The TypeScript interface of its detail.
    pub detail: &'static str,
    pub fields: &'static [Field],
    /// When it is sent.
    pub doc: &'static str,
}

/// Events the element dispatches.
pub const EVENTS: &[Event] = &[
    Event {
        name: "mrcc-ready",
        detail: "MrccReadyDetail",
        fields: &[
            Field { name: "version", value: "string", optional: false, doc: "The package version." },
            Field { name: "language", value: "string", optional: false, doc: "The content's language." },
            Field { name: "reviewed", value: "string", optional: false, doc: "The content's review date." },
            Field { name: "optionCount", value: "number", optional: false, doc: "How many options it shows." },
        ],
        doc: "Once, when the widget has rendered.",
    },
    Event {
        name: "mrcc-change",
        detail: "MrccChangeDetail",
        fields: &[
            Field {
                name: "situation",
                value: "string",
                optional: true,
                doc: "The reader's answers, as the `situation` attribute writes them: only with `share-answers`.",
            },
            Field {
                name: "results",
                value: "MrccResult[]",
                optional: false,
                doc: "Every option's id and fit, in display order.",
            },
        ],
        doc: "After the first render (its `situation` empty: not an interaction) and after each change of the answers. Never text the reader typed.",
    },
    Event {
        name: "mrcc-activity",
        detail: "MrccActivityDetail",
        fields: &[
            Field {
                name: "action",
                value: "'step' | 'option-opened' | 'compared' | 'sure' | 'leaning' | 'summary-shown' | 'summary-printed' | 'summary-downloaded' | 'link-made' | 'knowledge'",
                optional: false,
                doc: "What the reader did.",
            },
            Field {
                name: "step",
                value: "'situation' | 'options' | 'compare' | 'values' | 'leaning' | 'questions' | 'knowledge' | 'share'",
                optional: true,
                doc: "`step`: the section the reader first acted in.",
            },
            Field { name: "option", value: "string", optional: true, doc: "`option-opened`: the option's id." },
            Field { name: "count", value: "number", optional: true, doc: "`compared`: how many options are compared (2 or 3)." },
            Field { name: "score", value: "number", optional: true, doc: "`sure`: how many of the 4 SURE answers are yes, once all 4 are answered; `knowledge`: how many answers of the knowledge check were right, once every question is checked." },
            Field { name: "total", value: "number", optional: true, doc: "`knowledge`: how many questions the knowledge check has." },
            Field { name: "bucket", value: "'option' | 'unsure'", optional: true, doc: "`leaning`: toward an option, or not sure yet (never which)." },
        ],
        doc: "Once per reader action, from after the first render: for a hospital's own counts of use. Never text the reader typed, their answers or an identifier.",
    },
    Event {
        name: "mrcc-error",
        detail: "MrccErrorDetail",
        fields: &[
            Field { name: "code", value: "MrccErrorCode", optional: false, doc: "One of the error codes." },
            Field { name: "message", value: "string", optional: false, doc: "Details, for the console and logs." },
        ],
        doc: "When the widget cannot start, or stops; it then shows a message and its fallback.",
    },
];

/// The fields of each result in `mrcc-change` and the `results` property.
pub const RESULT_FIELDS: &[Field] = &[
    Field { name: "id", value: "string", optional: false, doc: "The option's id." },
    Field { name: "fit", value: "MrccFit", optional: false, doc: "How it fits the reader's situation." },
    Field {
        name: "reasons",
        value: "string[]",
        optional: true,
        doc: "Why, in the reader's words of their situation: only with `share-answers`.",
    },
];

/// The fits an option can have, as results name them.
pub const FITS: &[&str] = &["likely", "possible", "unlikely"];

/// An `mrcc-error` code, and what the reader sees then, in each built-in language.
pub struct ErrorCode {
    pub code: &'static str,
    /// What happened, for the host.
    pub doc: &'static str,
    /// The message above the fallback, per built-in language (in `BUILT_IN_LANGUAGES` order).
    pub messages: [&'static str; 2],
}

/// The `code` of an `mrcc-error` event.
pub const ERROR_CODES: &[ErrorCode] = &[
    ErrorCode {
        code: "wasm-unavailable",
        doc: "The WebAssembly could not load: blocked by the page's CSP (add `'wasm-unsafe-eval'`), a network error, a file that is not the package's.",
        messages: [
            "The treatment options explorer could not be loaded.",
            "No se pudo cargar el explorador de opciones de tratamiento.",
        ],
    },
    ErrorCode {
        code: "data-unavailable",
        doc: "A content file or the `data-src` dataset could not load (network, HTTP status, a stale or changed file).",
        messages: [
            "The treatment information could not be loaded.",
            "No se pudo cargar la información sobre los tratamientos.",
        ],
    },
    ErrorCode {
        code: "invalid-data",
        doc: "The host's dataset has errors: the message names each JSON path and what was expected.",
        messages: [
            "The treatment information has errors, so it is not shown.",
            "La información sobre los tratamientos tiene errores, así que no se muestra.",
        ],
    },
    ErrorCode {
        code: "start-failed",
        doc: "Anything else that stopped the start, such as a stylesheet that could not load.",
        messages: [
            "The treatment options explorer could not start.",
            "No se pudo iniciar el explorador de opciones de tratamiento.",
        ],
    },
    ErrorCode {
        code: "internal-error",
        doc: "The widget stopped (a bug): every instance on the page shows its fallback.",
        messages: [
            "The treatment options explorer stopped working. Please reload the page.",
            "El explorador de opciones de tratamiento dejó de funcionar. Vuelva a cargar la página.",
        ],
    },
];

/// Languages with built-in content and interface strings; the first is the fallback. Each has
/// two packs in the package (`mrcc-explorer-<language>.bin` and `-details.bin`).
pub const BUILT_IN_LANGUAGES: &[&str] = &["en", "es"];

/// A shadow part a host may style with `::part()`.
pub struct Part {
    pub name: &'static str,
    pub doc: &'static str,
}

pub const CSS_PARTS: &[Part] = &[
    Part { name: "card", doc: "Each treatment option's card." },
    Part { name: "status", doc: "The line that counts the options by fit (a live region)." },
    Part { name: "action", doc: "The call-to-action links." },
    Part { name: "error", doc: "The message shown when the widget cannot start." },
];

/// A custom property a host may set to theme the widget, with the stylesheets' default.
pub struct Property {
    pub name: &'static str,
    pub default: &'static str,
    pub doc: &'static str,
}

pub const CSS_PROPERTIES: &[Property] = &[
    Property { name: "--mrcc-accent", default: "#0b5cad", doc: "Buttons, links and highlights." },
    Property { name: "--mrcc-accent-text", default: "#ffffff", doc: "Text on the accent colour." },
    Property { name: "--mrcc-text", default: "#1b1f24", doc: "Body text." },
    Property { name: "--mrcc-muted-text", default: "#454d57", doc: "Secondary text." },
    Property { name: "--mrcc-background", default: "#ffffff", doc: "The widget's background." },
    Property { name: "--mrcc-card-background", default: "#f7f9fb", doc: "Cards and panels." },
    Property { name: "--mrcc-border", default: "#c5ccd6", doc: "Borders." },
    Property { name: "--mrcc-border-strong", default: "#5b6573", doc: "Borders of the answer boxes." },
    Property { name: "--mrcc-focus", default: "#b35900", doc: "The keyboard focus outline." },
    Property { name: "--mrcc-likely", default: "#1d7a46", doc: "\"Often used\" marks." },
    Property { name: "--mrcc-possible", default: "#8a5300", doc: "\"Sometimes used\" marks." },
    Property { name: "--mrcc-unlikely", default: "#454d57", doc: "\"Usually not used\" marks." },
    Property { name: "--mrcc-benefit", default: "#1d7a46", doc: "Left edge of benefit figures." },
    Property {
        name: "--mrcc-harm",
        default: "#b3261e",
        doc: "Left edge of harm figures, and the frame of warning signs and urgent help.",
    },
    Property { name: "--mrcc-highlight", default: "#fff4d6", doc: "Background of an open glossary word." },
    Property {
        name: "--mrcc-icon-marked",
        default: "var(--mrcc-accent, #0b5cad)",
        doc: "The marked people of an icon array (a figure pictured as 100 people).",
    },
    Property { name: "--mrcc-icon-unmarked", default: "#c3cad3", doc: "The other people of an icon array." },
    Property {
        name: "--mrcc-font-family",
        default: "system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif",
        doc: "The typeface.",
    },
    Property {
        name: "--mrcc-font-size",
        default: "max(18px, 1em)",
        doc: "Base text size; at least 16px. By default the reader's own default font size, and at least 18px.",
    },
    Property { name: "--mrcc-radius", default: "8px", doc: "Corner rounding." },
    Property { name: "--mrcc-spacing", default: "16px", doc: "The base spacing." },
];

/// What a host's `situation` criterion means, for the docs; its choices are
/// `crate::FIXED_CRITERIA`'s.
pub const CRITERIA_DOCS: &[(&str, &str)] = &[
    ("histology", "the cancer's cell type"),
    ("risk", "the risk level (IMDC)"),
    ("primary", "whether the kidney with the cancer is still in place"),
    ("sites", "how many spots outside the kidney"),
    ("locations", "where those spots are, comma-separated"),
    ("prior-systemic", "medicine for the cancer so far"),
    ("symptoms", "symptoms that affect daily life"),
    ("sarcomatoid", "sarcomatoid features on the lab report"),
];

/// The answers of earlier versions that hosts' situation strings still use.
pub const SITUATION_NOTE: &str = "`non-clear-cell` means a non-clear cell subtype not known, `prior-systemic=yes` medicine of a kind not known, and `sites=three-or-more` three or more spots, how many not known: the vaguer answers of earlier versions, which keep working.";

/// One value the element passes to the core's `mount` and `update`, as typed parameters (no
/// object read by string key): the generator writes the core's entry points
/// (`src/core/embed/config.rs`) and the element's argument list (`coreArguments` in
/// `src/element/contract.js`) in this order.
pub struct ConfigField {
    /// The element's name for it (camelCase).
    pub name: &'static str,
    /// The core's name for it (snake_case).
    pub rust: &'static str,
    /// Its Rust parameter type; `Option` where JavaScript may pass null.
    pub rust_type: &'static str,
    pub doc: &'static str,
}

pub const CORE_CONFIG: &[ConfigField] = &[
    ConfigField {
        name: "appointmentUrl",
        rust: "appointment_url",
        rust_type: "Option<String>",
        doc: "The `appointment-url` attribute.",
    },
    ConfigField {
        name: "supportUrl",
        rust: "support_url",
        rust_type: "Option<String>",
        doc: "The `support-url` attribute.",
    },
    ConfigField {
        name: "situation",
        rust: "situation",
        rust_type: "Option<String>",
        doc: "The `situation` attribute: answers to start with, as a query string.",
    },
    ConfigField {
        name: "language",
        rust: "language",
        rust_type: "Option<String>",
        doc: "The resolved language (`lang` attribute, nearest `[lang]`, document), e.g. \"en\".",
    },
    ConfigField {
        name: "dataset",
        rust: "dataset",
        rust_type: "Option<Vec<u8>>",
        doc: "A host's own dataset (from `data-src` or an inline JSON child), packed by the validator module.",
    },
    ConfigField {
        name: "shareOff",
        rust: "share_off",
        rust_type: "bool",
        doc: "`share-link=\"off\"`: no links or codes to the reader's answers.",
    },
    ConfigField {
        name: "reloadDataset",
        rust: "reload_dataset",
        rust_type: "bool",
        doc: "On update: the dataset's source changed (another `data-src`, or another language for the built-in content), so take `dataset`, or the built-in one when it is null.",
    },
];

/// The most JSON text a host's dataset may have, in bytes: 13 times the built-in Spanish one.
/// The validator refuses more before parsing, and the element before handing the text to the
/// validator (copying 50 MB into the wasm alone held a page up for 0.3 s).
pub const MAX_DATASET_BYTES: usize = 2_000_000;

/// How long (ms) a removed element keeps its app by default (`destroyDelay`).
pub const DESTROY_DELAY_MS: u32 = 2000;

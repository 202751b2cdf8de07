//! Every file that repeats the host contract (`mrcc_model::contract`), generated from it:
//! `make generate` writes them (`mrcc-generate`, this crate's command; apart from the
//! CLI and the core so that it builds while the core's generated entry points are stale), and `tests/contract.rs` fails, naming
//! that command, when a committed one differs from what the contract gives today. So adding an
//! attribute is one entry in `contract.rs`, `make generate`, and the code that acts on it.
//!
//! Whole files are generated where the contract is all they say (the element's constants, the
//! core's typed entry points, the typings, the manifest); in documents, only the regions between
//! `generated: NAME` and `/generated: NAME` marker lines.

use std::fmt::Write;
use std::path::Path;

use mrcc_model::contract::{
    Field, ATTRIBUTES, BUILT_IN_LANGUAGES, CORE_CONFIG, CRITERIA_DOCS, CSS_PARTS, CSS_PROPERTIES, DESTROY_DELAY_MS,
    ERROR_CODES, EVENTS, FITS, MAX_DATASET_BYTES, RESULT_FIELDS, SITUATION_NOTE,
};
use mrcc_model::FIXED_CRITERIA;
use serde_json::{json, Value};

const VERSION: &str = env!("CARGO_PKG_VERSION");
const NOTE: &str = "Generated from src/model/contract.rs by `make generate`: edit that file, not this one.";

/// Each generated file, as a path under the repository's root and its text. Documents with
/// generated regions are read from `root` and returned with the regions filled in; one that does
/// not exist is left out.
pub fn files(root: &Path) -> Result<Vec<(String, String)>, String> {
    let mut files = vec![
        ("src/element/contract.js".to_owned(), javascript()),
        ("src/core/embed/config.rs".to_owned(), core_entry_points()),
        ("pkg-config/mrcc-explorer.d.ts".to_owned(), typings()),
        ("pkg-config/vue.d.ts".to_owned(), vue_typings()),
        ("pkg-config/custom-elements.json".to_owned(), manifest()),
        ("content/dataset.schema.json".to_owned(), schema()),
    ];
    for (path, comment) in [("docs/web-teams.md", Comment::Html), ("Makefile", Comment::Hash)] {
        let Ok(text) = std::fs::read_to_string(root.join(path)) else { continue };
        files.push((path.to_owned(), fill_regions(&text, comment).map_err(|e| format!("{path}: {e}"))?));
    }
    Ok(files)
}

fn quoted(items: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    items.into_iter().map(|item| format!("'{}'", item.as_ref())).collect::<Vec<_>>().join(", ")
}

fn union(items: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    items.into_iter().map(|item| format!("'{}'", item.as_ref())).collect::<Vec<_>>().join(" | ")
}

/// A JavaScript string literal in single quotes.
fn js_string(text: &str) -> String {
    format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// `src/element/contract.js`: the contract as the element's constants. The packs' URLs are
/// written out, one `new URL('./file', import.meta.url)` each, so that bundlers and the
/// packaging script see every file the element may load.
pub fn javascript() -> String {
    let mut out = format!("// {NOTE}\n\n");
    let _ = writeln!(out, "/** The package version. */\nexport const VERSION = '{VERSION}';\n");
    let _ = writeln!(
        out,
        "/** The `code` of an `mrcc-error` event. */\nexport const ERROR_CODES = [{}];\n",
        quoted(ERROR_CODES.iter().map(|e| e.code))
    );
    out += "/** What the reader sees above the fallback, per language and error code. */\nexport const MESSAGES = {\n";
    for (index, language) in BUILT_IN_LANGUAGES.iter().enumerate() {
        let _ = writeln!(out, "  {language}: {{");
        for error in ERROR_CODES {
            let _ = writeln!(out, "    '{}': {},", error.code, js_string(error.messages[index]));
        }
        out += "  },\n";
    }
    out += "};\n\n/** The built-in languages' packs: the first screen's part and the details. */\nexport const BUILT_IN = {\n";
    for language in BUILT_IN_LANGUAGES {
        let _ = writeln!(
            out,
            "  {language}: {{\n    start: new URL('./mrcc-explorer-{language}.bin', import.meta.url),\n    details: new URL('./mrcc-explorer-{language}-details.bin', import.meta.url),\n  }},"
        );
    }
    out += "};\n\n/** Attributes, and the properties that reflect them. */\nexport const PROPERTIES = {\n";
    for attribute in ATTRIBUTES {
        if let Some(property) = attribute.property {
            let key =
                if attribute.name.contains('-') { format!("'{}'", attribute.name) } else { attribute.name.to_owned() };
            let _ = writeln!(out, "  {key}: '{property}',");
        }
    }
    let _ = writeln!(
        out,
        "}};\n\n/** Every observed attribute. */\nexport const ATTRIBUTES = [{}];\n",
        quoted(ATTRIBUTES.iter().map(|a| a.name))
    );
    let _ = writeln!(
        out,
        "/** The events the element dispatches (bubbling, composed). */\nexport const EVENTS = [{}];\n",
        quoted(EVENTS.iter().map(|e| e.name))
    );
    let _ = writeln!(
        out,
        "/** The most JSON text a host's dataset may have, in bytes. */\nexport const MAX_DATASET_BYTES = {MAX_DATASET_BYTES};\n"
    );
    let _ = writeln!(
        out,
        "/** How long (ms) a removed element keeps its app by default. */\nexport const DESTROY_DELAY_MS = {DESTROY_DELAY_MS};\n"
    );
    let names: Vec<&str> = CORE_CONFIG.iter().map(|field| field.name).collect();
    let arguments: Vec<String> =
        CORE_CONFIG
            .iter()
            .map(|field| {
                if field.rust_type == "bool" {
                    format!("!!{}", field.name)
                } else {
                    format!("{} ?? null", field.name)
                }
            })
            .collect();
    let _ = writeln!(
        out,
        "/** The names of the configuration the element passes to the core, in the core's order. */\nexport const CORE_CONFIG = [{}];\n",
        quoted(&names)
    );
    let _ = writeln!(
        out,
        "/**\n * The configuration as the core's `configure` takes it, just before a `mount` or `update`: typed\n * values in a fixed order (src/core/embed/config.rs), not an object read by key.\n */\nexport const coreArguments = ({{ {} }}) => [{}];",
        names.join(", "),
        arguments.join(", ")
    );
    out
}

/// `src/core/embed/config.rs`: the core's `configure`, which takes the configuration as typed
/// parameters in `CORE_CONFIG`'s order, for the `mount` or `update` that follows. (One entry
/// point with them, not two: wasm-bindgen's code for each parameter is 0.1 KB of the start.)
pub fn core_entry_points() -> String {
    let mut out = format!("//! {NOTE}\n//!\n//! The element's configuration (`CORE_CONFIG`), as typed parameters in its order: wasm-bindgen\n//! checks each value's type, and the element passes them with `coreArguments` from\n//! `src/element/contract.js`, just before the `mount` or `update` that takes them.\n\n");
    out += "use std::cell::RefCell;\n\nuse wasm_bindgen::prelude::*;\n\n";
    out += "/// What the element passes in. Every field is optional: an absent or malformed value means\n/// \"use the default\", never an error.\n#[derive(Default)]\npub(super) struct HostConfig {\n";
    for field in CORE_CONFIG {
        let _ = writeln!(out, "    /// {}\n    pub {}: {},", field.doc, field.rust, field.rust_type);
    }
    out += "}\n\nthread_local! {\n    static NEXT: RefCell<HostConfig> = RefCell::default();\n}\n\n";
    let parameters: String =
        CORE_CONFIG.iter().map(|field| format!("    {}: {},\n", field.rust, field.rust_type)).collect();
    let fields: Vec<&str> = CORE_CONFIG.iter().map(|field| field.rust).collect();
    let _ = write!(
        out,
        "/// Sets the configuration for the next `mount` or `update`.\n#[wasm_bindgen]\npub fn configure(\n{parameters}) {{\n    NEXT.with(|next| next.replace(HostConfig {{ {} }}));\n}}\n\n/// The configuration `configure` set (the default if none), for `mount` or `update`.\npub(super) fn take() -> HostConfig {{\n    NEXT.with(|next| next.take())\n}}\n",
        fields.join(", ")
    );
    out
}

fn doc_comment(out: &mut String, indent: &str, text: &str) {
    let _ = writeln!(out, "{indent}/** {text} */");
}

fn interface(out: &mut String, name: &str, doc: &str, fields: &[Field]) {
    doc_comment(out, "", doc);
    let _ = writeln!(out, "export interface {name} {{");
    for field in fields {
        doc_comment(out, "  ", field.doc);
        let _ = writeln!(out, "  {}{}: {};", field.name, if field.optional { "?" } else { "" }, field.value);
    }
    out.push_str("}\n\n");
}

/// `pkg-config/mrcc-explorer.d.ts`: the element, its attributes, events and details.
pub fn typings() -> String {
    let mut out = format!("// {NOTE}\n\n");
    let attributes: Vec<String> = ATTRIBUTES
        .iter()
        .map(|a| match a.property {
            Some(property) if property != a.name => format!("`{}` ({property})", a.name),
            _ => format!("`{}`", a.name),
        })
        .collect();
    let _ = writeln!(
        out,
        "/**\n * The `<mrcc-explorer>` element. Attributes (and the properties that reflect them): {}.\n * Its shadow root is closed: `shadowRoot` is null.\n */\nexport declare class MrccExplorerElement extends HTMLElement {{",
        attributes.join(", ")
    );
    out += "  static readonly observedAttributes: string[];\n";
    let _ = writeln!(
        out,
        "  /** The package version, e.g. to check which one a live page runs. */\n  static readonly version: string;"
    );
    let _ = writeln!(out, "  /**\n   * How long (ms) a removed element keeps its app before it is destroyed (default {DESTROY_DELAY_MS}), so\n   * that a CMS or single-page app that moves or re-adds it does not rebuild it.\n   */\n  static destroyDelay: number;");
    out += "  /** The last `mrcc-change` results, in display order; null before the first render. */\n  readonly results: MrccResult[] | null;\n";
    for attribute in ATTRIBUTES {
        if let Some(property) = attribute.property {
            doc_comment(&mut out, "  ", &format!("The `{}` attribute.", attribute.name));
            let _ = writeln!(out, "  {property}: string | null;");
        }
    }
    out += "}\n\n";
    let _ = writeln!(
        out,
        "/**\n * The built-in criteria and their choices, as the `situation` attribute and `mrcc-change` write\n * them: `criterion=choice` joined by `&`, several `locations` separated by commas. {}\n */\nexport interface MrccSituationChoices {{",
        SITUATION_NOTE
    );
    for (criterion, _, choices) in FIXED_CRITERIA {
        let doc = CRITERIA_DOCS.iter().find(|(name, _)| name == criterion).map_or("", |(_, doc)| doc);
        doc_comment(&mut out, "  ", &capitalised(doc));
        let key = if criterion.contains('-') { format!("'{criterion}'") } else { (*criterion).to_owned() };
        let _ = writeln!(out, "  {key}: {};", union(choices.iter()));
    }
    out += "}\n\n";
    let _ = writeln!(out, "export type MrccFit = {};\n", union(FITS));
    let _ = writeln!(out, "export type MrccErrorCode = {};\n", union(ERROR_CODES.iter().map(|e| e.code)));
    interface(&mut out, "MrccResult", "One option's place in the reader's situation.", RESULT_FIELDS);
    for event in EVENTS {
        interface(&mut out, event.detail, &format!("Detail of `{}`: {}", event.name, event.doc), event.fields);
    }
    out += "/**\n * The element's attributes, as markup and JSX write them (see also `MrccExplorerElement`'s\n * properties). All optional and live.\n */\nexport interface MrccExplorerAttributes {\n";
    for attribute in ATTRIBUTES {
        doc_comment(&mut out, "  ", attribute.doc);
        let key =
            if attribute.name.contains('-') { format!("'{}'", attribute.name) } else { attribute.name.to_owned() };
        let _ = writeln!(out, "  {key}?: {};", attribute.value);
    }
    out += "}\n\n/**\n * The element's events as listener props, the way React 19 and Svelte 5 attach them to a custom\n * element (`onmrcc-change={...}` listens to `mrcc-change`). Under server rendering React 19 does\n * not attach them on hydration: use a ref and `addEventListener` (docs/frameworks.md).\n */\nexport interface MrccExplorerEventProps {\n";
    for event in EVENTS {
        let _ = writeln!(out, "  'on{}'?: (event: CustomEvent<{}>) => void;", event.name, event.detail);
    }
    out += "}\n\n/**\n * Registers the element under `tag` (default `mrcc-explorer`). Calling it again, or after\n * another copy of the module registered the name, does not throw; outside a browser it does\n * nothing. Returns the registered class.\n */\nexport declare function define(\n  tag?: string,\n  registry?: CustomElementRegistry,\n): CustomElementConstructor | undefined;\n\ndeclare global {\n  interface HTMLElementTagNameMap {\n    'mrcc-explorer': MrccExplorerElement;\n  }\n  interface HTMLElementEventMap {\n";
    for event in EVENTS {
        let _ = writeln!(out, "    '{}': CustomEvent<{}>;", event.name, event.detail);
    }
    out += "  }\n}\n";
    out
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// `pkg-config/vue.d.ts`: Vue writes event listeners `onMrcc-change`.
pub fn vue_typings() -> String {
    let mut out = format!(
        "// {NOTE}\n// mrcc-explorer/vue: defines <mrcc-explorer> (as the main entry does) and declares it to Vue's\n// template type-checking (vue-tsc, Volar). Vue must also be told it is a custom element:\n// `compilerOptions.isCustomElement: (tag) => tag === 'mrcc-explorer'` (docs/frameworks.md).\n//   <mrcc-explorer situation=\"risk=poor\" @mrcc-ready=\"(event) => console.log(event.detail.version)\" />\n"
    );
    let details: Vec<&str> = EVENTS.iter().map(|e| e.detail).collect();
    let _ = writeln!(
        out,
        "import type {{ DefineComponent }} from 'vue';\nimport type {{ {}, MrccExplorerAttributes }} from './mrcc-explorer.js';\n\nexport * from './mrcc-explorer.js';\n\ndeclare module 'vue' {{\n  interface GlobalComponents {{\n    'mrcc-explorer': DefineComponent<\n      MrccExplorerAttributes & {{",
        details.join(", ")
    );
    for event in EVENTS {
        let (first, rest) = event.name.split_at(1);
        let _ = writeln!(
            out,
            "        'on{}{rest}'?: (event: CustomEvent<{}>) => void;",
            first.to_uppercase(),
            event.detail
        );
    }
    out += "      }\n    >;\n  }\n}\n";
    out
}

fn field_text(fields: &[Field]) -> String {
    let fields: Vec<String> =
        fields.iter().map(|f| format!("{}{}: {}", f.name, if f.optional { "?" } else { "" }, f.value)).collect();
    format!("{{ {} }}", fields.join(", "))
}

/// `pkg-config/custom-elements.json`: the Custom Elements Manifest (schema 1.0.0).
pub fn manifest() -> String {
    let situation = ATTRIBUTES.iter().find(|a| a.name == "situation").map_or("", |a| a.doc);
    let criteria: Vec<String> = FIXED_CRITERIA
        .iter()
        .map(|(criterion, _, choices)| {
            let doc = CRITERIA_DOCS.iter().find(|(name, _)| name == criterion).map_or("", |(_, doc)| doc);
            format!("{criterion}, {doc} ({})", choices.join(", "))
        })
        .collect();
    let attributes: Vec<Value> = ATTRIBUTES
        .iter()
        .map(|a| {
            let doc = if a.name == "situation" {
                format!("{situation} Criteria and choices: {}. {SITUATION_NOTE}", criteria.join("; "))
            } else {
                a.doc.to_owned()
            };
            let mut attribute = json!({ "name": a.name, "type": { "text": a.value }, "description": doc });
            if let Some(property) = a.property {
                attribute["fieldName"] = json!(property);
            }
            attribute
        })
        .collect();
    let mut members = vec![json!({
        "kind": "field", "name": "results", "readonly": true,
        "type": { "text": "MrccResult[] | null" },
        "description": format!("The last mrcc-change results, in display order: {}.", field_text(RESULT_FIELDS)),
    })];
    for a in ATTRIBUTES {
        if let Some(property) = a.property {
            members.push(
                json!({ "kind": "field", "name": property, "type": { "text": "string | null" }, "attribute": a.name }),
            );
        }
    }
    members.push(json!({ "kind": "field", "name": "version", "static": true, "readonly": true, "type": { "text": "string" }, "default": format!("'{VERSION}'"), "description": "The package version." }));
    members.push(json!({ "kind": "field", "name": "destroyDelay", "static": true, "type": { "text": "number" }, "default": DESTROY_DELAY_MS.to_string(), "description": "How long (ms) a removed element keeps its app before it is destroyed." }));
    let events: Vec<Value> = EVENTS
        .iter()
        .map(|e| json!({ "name": e.name, "type": { "text": format!("CustomEvent<{}>", field_text(e.fields)) }, "description": e.doc }))
        .collect();
    let properties: Vec<Value> =
        CSS_PROPERTIES.iter().map(|p| json!({ "name": p.name, "default": p.default, "description": p.doc })).collect();
    let parts: Vec<Value> = CSS_PARTS.iter().map(|p| json!({ "name": p.name, "description": p.doc })).collect();
    let manifest = json!({
        "schemaVersion": "1.0.0",
        "readme": "README.md",
        "modules": [
            {
                "kind": "javascript-module",
                "path": "mrcc-explorer.js",
                "declarations": [{
                    "kind": "class", "customElement": true, "tagName": "mrcc-explorer", "name": "MrccExplorerElement",
                    "description": "Helps people with metastatic kidney cancer understand their treatment options. Light-DOM children are the fallback shown until the widget has started, and again if it cannot start.",
                    "superclass": { "name": "HTMLElement" },
                    "attributes": attributes, "members": members, "events": events,
                    "cssProperties": properties, "cssParts": parts,
                    "slots": [{ "name": "", "description": "Fallback content, shown until the widget has started and if it cannot start." }],
                }],
                "exports": [
                    { "kind": "js", "name": "MrccExplorerElement", "declaration": { "name": "MrccExplorerElement", "module": "mrcc-explorer.js" } },
                    { "kind": "js", "name": "define", "declaration": { "name": "define", "module": "define.js" } },
                    { "kind": "custom-element-definition", "name": "mrcc-explorer", "declaration": { "name": "MrccExplorerElement", "module": "mrcc-explorer.js" } },
                ],
            },
            {
                "kind": "javascript-module",
                "path": "define.js",
                "declarations": [{
                    "kind": "function", "name": "define",
                    "description": "Registers the element under `tag` (default `mrcc-explorer`); safe to call again, and a no-op outside a browser. The whole widget, like mrcc-explorer.js, without defining a tag itself: import one module or the other.",
                    "parameters": [
                        { "name": "tag", "type": { "text": "string" }, "optional": true },
                        { "name": "registry", "type": { "text": "CustomElementRegistry" }, "optional": true },
                    ],
                }],
                "exports": [
                    { "kind": "js", "name": "define", "declaration": { "name": "define", "module": "define.js" } },
                    { "kind": "js", "name": "MrccExplorerElement", "declaration": { "name": "MrccExplorerElement", "module": "mrcc-explorer.js" } },
                ],
            },
        ],
    });
    let mut text = serde_json::to_string_pretty(&manifest).unwrap_or_default();
    text.push('\n');
    text
}

/// `content/dataset.schema.json`: the dataset format, for editors' tools.
pub fn schema() -> String {
    let mut text = serde_json::to_string_pretty(&schemars::schema_for!(mrcc_model::Dataset)).unwrap_or_default();
    text.push('\n');
    text
}

#[derive(Clone, Copy)]
enum Comment {
    Html,
    Hash,
}

/// The generated regions of a document: each `generated: NAME` marker line is followed by
/// NAME's text, up to its `/generated: NAME` line.
fn fill_regions(text: &str, comment: Comment) -> Result<String, String> {
    let mut out = String::new();
    let mut lines = text.split_inclusive('\n');
    while let Some(line) = lines.next() {
        out.push_str(line);
        let Some(name) = marker(line, "generated: ") else { continue };
        let region = region(name, comment).ok_or_else(|| format!("no generated region named {name}"))?;
        loop {
            let Some(line) = lines.next() else { return Err(format!("`generated: {name}` has no end marker")) };
            if marker(line, "/generated: ") == Some(name) {
                out.push_str(&region);
                out.push_str(line);
                break;
            }
        }
    }
    Ok(out)
}

/// NAME in a line `<!-- generated: NAME -->` or `# generated: NAME`.
fn marker<'a>(line: &'a str, kind: &str) -> Option<&'a str> {
    let line = line.trim();
    let inner = line.strip_prefix("<!-- ").and_then(|l| l.strip_suffix(" -->")).or_else(|| line.strip_prefix("# "))?;
    inner.strip_prefix(kind).map(str::trim)
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

fn region(name: &str, comment: Comment) -> Option<String> {
    let mut out = String::new();
    match (name, comment) {
        ("languages", Comment::Hash) => {
            let _ = writeln!(out, "LANGUAGES := {}", BUILT_IN_LANGUAGES.join(" "));
        }
        ("attributes", Comment::Html) => {
            out += "| attribute | property | what it does |\n|---|---|---|\n";
            for a in ATTRIBUTES {
                let property = a.property.map_or("—".to_owned(), |p| format!("`{p}`"));
                let _ = writeln!(out, "| `{}` | {property} | {} |", a.name, cell(a.doc));
            }
        }
        ("events", Comment::Html) => {
            out += "| event | when | `detail` |\n|---|---|---|\n";
            for e in EVENTS {
                let fields: Vec<String> = e
                    .fields
                    .iter()
                    .map(|f| format!("`{}{}`: {}", f.name, if f.optional { "?" } else { "" }, cell(f.doc)))
                    .collect();
                let _ = writeln!(out, "| `{}` | {} | {} |", e.name, cell(e.doc), fields.join("<br>"));
            }
            let fields: Vec<String> = RESULT_FIELDS
                .iter()
                .map(|f| {
                    let doc = f.doc.trim_end_matches('.');
                    let mut chars = doc.chars();
                    let doc: String = chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default();
                    format!("`{}{}` ({})", f.name, if f.optional { "?" } else { "" }, cell(&doc))
                })
                .collect();
            let _ = writeln!(out, "\nEach result: {}. Fits: {}.", fields.join(", "), quoted_code(FITS));
        }
        ("errors", Comment::Html) => {
            out += "| `code` | what happened | the reader sees |\n|---|---|---|\n";
            for e in ERROR_CODES {
                let _ = writeln!(out, "| `{}` | {} | {} |", e.code, cell(e.doc), cell(e.messages[0]));
            }
        }
        ("parts", Comment::Html) => {
            out += "| part | what |\n|---|---|\n";
            for p in CSS_PARTS {
                let _ = writeln!(out, "| `{}` | {} |", p.name, cell(p.doc));
            }
        }
        ("properties", Comment::Html) => {
            out += "| custom property | default | what |\n|---|---|---|\n";
            for p in CSS_PROPERTIES {
                let _ = writeln!(out, "| `{}` | `{}` | {} |", p.name, cell(p.default), cell(p.doc));
            }
        }
        ("criteria", Comment::Html) => {
            out += "| criterion | what | choices |\n|---|---|---|\n";
            for (criterion, several, choices) in FIXED_CRITERIA {
                let doc = CRITERIA_DOCS.iter().find(|(name, _)| name == criterion).map_or("", |(_, doc)| doc);
                let several = if *several { " (several)" } else { "" };
                let _ = writeln!(out, "| `{criterion}`{several} | {} | {} |", cell(doc), quoted_code(choices));
            }
            let _ = writeln!(out, "\n{SITUATION_NOTE}");
        }
        ("wordpress-filter", Comment::Html) => {
            let attributes: Vec<&str> = ATTRIBUTES.iter().map(|a| a.name).chain(["class", "id"]).collect();
            let _ = write!(
                out,
                "```php\n<?php\nadd_filter('wp_kses_allowed_html', function ($tags, $context) {{\n    if ($context === 'post') {{\n        $tags['mrcc-explorer'] = array_fill_keys(\n            [{}], true);\n    }}\n    return $tags;\n}}, 10, 2);\n```\n",
                quoted(&attributes)
            );
        }
        _ => return None,
    }
    Some(out)
}

fn quoted_code(items: &[&str]) -> String {
    items.iter().map(|item| format!("`{item}`")).collect::<Vec<_>>().join(", ")
}

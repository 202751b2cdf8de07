//! The host contract (`src/model/contract.rs`) is declared once; every file that repeats a part of it
//! is checked here, and a failure names the file to bring back in line.
#![cfg(not(target_arch = "wasm32"))]

use mrcc_model::contract::{ATTRIBUTES, BUILT_IN_LANGUAGES, CSS_PARTS, CSS_PROPERTIES, ERROR_CODES, EVENTS};

const ELEMENT: &str = include_str!("../src/element/mrcc-explorer-element.js");
const TYPINGS: &str = include_str!("../pkg-config/mrcc-explorer.d.ts");
const MANIFEST: &str = include_str!("../pkg-config/custom-elements.json");
const PACKAGE: &str = include_str!("../pkg-config/package.json");
const README: &str = include_str!("../README.md");
const MAKEFILE: &str = include_str!("../Makefile");
const PACKAGING: &str = include_str!("../tools/package.mjs");
const STYLES: &str = include_str!("../src/core/ui/styles.css");

/// The keys written `'key':` in `text` after `start`, up to the next `end`.
fn keys_after(text: &str, start: &str, end: &str) -> Vec<String> {
    let from = text.find(start).unwrap_or_else(|| panic!("{start:?} not found")) + start.len();
    let block = &text[from..from + text[from..].find(end).unwrap_or(text.len() - from)];
    block.split("'").collect::<Vec<_>>().windows(2).filter(|w| w[1].starts_with(':')).map(|w| w[0].to_owned()).collect()
}

fn manifest_names(list: &str) -> Vec<String> {
    let manifest: serde_json::Value = serde_json::from_str(MANIFEST).unwrap();
    let element = &manifest["modules"].as_array().unwrap().iter().find_map(|m| m["declarations"].get(0)).unwrap();
    element[list].as_array().unwrap().iter().map(|item| item["name"].as_str().unwrap().to_owned()).collect()
}

fn sorted<T: AsRef<str>>(items: &[T]) -> Vec<String> {
    let mut items: Vec<String> = items.iter().map(|s| s.as_ref().to_owned()).collect();
    items.sort();
    items
}

/// The first file that disagrees with `codes`, named in the message.
fn check_error_codes(codes: &[&str]) -> Result<(), String> {
    let messages = &ELEMENT[ELEMENT.find("const MESSAGES = {").ok_or("mrcc-explorer-element.js: no MESSAGES")?..];
    for language in BUILT_IN_LANGUAGES {
        let keys = keys_after(messages, &format!("  {language}: {{"), "\n  },");
        if sorted(&keys) != sorted(codes) {
            return Err(format!("mrcc-explorer-element.js: MESSAGES.{language} has {keys:?}"));
        }
    }
    for (at, _) in ELEMENT.match_indices("WidgetError('") {
        let used = &ELEMENT[at + 13..][..ELEMENT[at + 13..].find('\'').unwrap_or(0)];
        if !codes.contains(&used) {
            return Err(format!("mrcc-explorer-element.js: unknown error code {used}"));
        }
    }
    for source in [include_str!("../src/core/embed/mod.rs"), include_str!("../src/core/embed/js_value.rs")] {
        for (at, _) in source.match_indices("error(\"") {
            let used = &source[at + 7..][..source[at + 7..].find('"').unwrap_or(0)];
            if !codes.contains(&used) {
                return Err(format!("src/core/embed: unknown error code {used}"));
            }
        }
    }
    let union = codes.iter().map(|c| format!("'{c}'")).collect::<Vec<_>>().join(" | ");
    if !TYPINGS.contains(&format!("code: {union};")) {
        return Err("pkg-config/mrcc-explorer.d.ts: MrccErrorDetail.code".into());
    }
    match codes.iter().find(|code| !README.contains(&format!("`{code}`"))) {
        Some(code) => Err(format!("README.md: the mrcc-error codes lack {code}")),
        None => Ok(()),
    }
}

/// The first file that disagrees with `languages`, named in the message.
fn check_languages(languages: &[&str]) -> Result<(), String> {
    for (i, language) in languages.iter().enumerate() {
        let urls = format!("  {language}: {{ start: new URL('./mrcc-explorer-{language}.bin', import.meta.url), details: new URL('./mrcc-explorer-{language}-details.bin', import.meta.url) }},");
        if !ELEMENT.contains(&urls) {
            return Err(format!("mrcc-explorer-element.js: BUILT_IN lacks {language}"));
        }
        for (part, file) in [
            ("start", format!("mrcc-explorer-{language}.bin")),
            ("details", format!("mrcc-explorer-{language}-details.bin")),
        ] {
            if !MAKEFILE.contains(&format!("pack {language} {part} > pkg/{file}")) {
                return Err(format!("Makefile: no `pack {language} {part}`"));
            }
            if !PACKAGE.contains(&format!("\"{file}\"")) {
                return Err(format!("pkg-config/package.json: files lacks {file}"));
            }
            // What a page loads at start is found by following its imports; the rest is listed.
            if !(i == 0 && part == "start") && !PACKAGING.contains(&format!("'{file}'")) {
                return Err(format!("tools/package.mjs: {file} is in no size list"));
            }
        }
        if !MAKEFILE.contains(&format!("fallback {language} >")) {
            return Err(format!("Makefile: no fallback for {language}"));
        }
        if !mrcc_model::interface::has_built_in_table(language) {
            return Err(format!("src/model/interface.rs: no built-in table for {language}"));
        }
    }
    if ELEMENT.matches(".bin', import.meta.url)").count() != 2 * languages.len() {
        return Err("mrcc-explorer-element.js: BUILT_IN has other languages".into());
    }
    Ok(())
}

#[test]
fn error_codes() {
    check_error_codes(ERROR_CODES).unwrap();
}

#[test]
fn built_in_languages() {
    check_languages(BUILT_IN_LANGUAGES).unwrap();
}

/// Adding a language or an error code in `src/model/contract.rs` alone fails, naming the file.
#[test]
fn a_change_in_one_place_names_the_file_to_follow() {
    let mut codes = ERROR_CODES.to_vec();
    codes.push("quota-exceeded");
    assert_eq!(
        check_error_codes(&codes).unwrap_err(),
        format!("mrcc-explorer-element.js: MESSAGES.en has {:?}", {
            let messages = &ELEMENT[ELEMENT.find("const MESSAGES = {").unwrap()..];
            keys_after(messages, "  en: {", "\n  },")
        })
    );
    let mut languages = BUILT_IN_LANGUAGES.to_vec();
    languages.push("fr");
    assert_eq!(check_languages(&languages).unwrap_err(), "mrcc-explorer-element.js: BUILT_IN lacks fr");
}

#[test]
fn attributes_and_properties() {
    let observed: Vec<&str> = ATTRIBUTES.iter().map(|(attribute, _)| *attribute).collect();
    let properties = &ELEMENT[ELEMENT.find("const PROPERTIES = {").expect("mrcc-explorer-element.js: PROPERTIES")..];
    let properties = &properties[..properties.find("};").unwrap()];
    assert_eq!(
        properties.matches(": '").count(),
        ATTRIBUTES.iter().filter(|(_, p)| p.is_some()).count(),
        "mrcc-explorer-element.js: PROPERTIES has other attributes"
    );
    // The map's keys are the attributes (quoted or bare), its values the properties.
    for (attribute, property) in ATTRIBUTES {
        if let Some(property) = property {
            let line = format!(
                "{}: '{property}',",
                if attribute.contains('-') { format!("'{attribute}'") } else { attribute.to_string() }
            );
            assert!(ELEMENT.contains(&line), "mrcc-explorer-element.js: PROPERTIES lacks {line}");
            assert!(
                TYPINGS.contains(&format!("  {property}: string | null;")),
                "pkg-config/mrcc-explorer.d.ts: lacks {property}"
            );
            assert!(
                README.contains(&format!("| `{attribute}` | `{property}` |")),
                "README.md: the attribute table lacks {attribute}"
            );
        }
    }
    assert!(
        ELEMENT.contains("const ATTRIBUTES = [...Object.keys(PROPERTIES), 'lang'];"),
        "mrcc-explorer-element.js: ATTRIBUTES"
    );
    assert_eq!(manifest_names("attributes"), observed, "pkg-config/custom-elements.json: attributes");
    assert!(TYPINGS.contains("static destroyDelay: number;"), "pkg-config/mrcc-explorer.d.ts: destroyDelay");
}

#[test]
fn events() {
    assert_eq!(manifest_names("events"), EVENTS, "pkg-config/custom-elements.json: events");
    for event in EVENTS {
        assert!(TYPINGS.contains(&format!("    '{event}': CustomEvent<")), "pkg-config/mrcc-explorer.d.ts: {event}");
        assert!(README.contains(&format!("| `{event}` |")), "README.md: the events table lacks {event}");
        assert!(ELEMENT.contains(&format!("@fires {event}")), "mrcc-explorer-element.js: no @fires {event}");
    }
}

#[test]
fn css_parts_and_properties() {
    let mut parts: Vec<String> = Vec::new();
    for source in [
        include_str!("../src/core/ui/option_card.rs"),
        include_str!("../src/core/ui/results.rs"),
        include_str!("../src/core/ui/next_steps.rs"),
    ] {
        parts.extend(source.split("part=\"").skip(1).map(|rest| rest[..rest.find('"').unwrap()].to_owned()));
    }
    parts.extend(
        ELEMENT.split("setAttribute('part', '").skip(1).map(|rest| rest[..rest.find('\'').unwrap()].to_owned()),
    );
    assert_eq!(sorted(&parts), sorted(CSS_PARTS), "src/core/ui/*.rs and the element's part attributes");
    assert_eq!(manifest_names("cssParts"), CSS_PARTS, "pkg-config/custom-elements.json: cssParts");

    let mut used: Vec<String> =
        STYLES.split("var(").skip(1).map(|rest| rest[..rest.find([',', ')']).unwrap()].to_owned()).collect();
    used.sort();
    used.dedup();
    assert_eq!(used, sorted(CSS_PROPERTIES), "src/core/ui/styles.css: the custom properties it reads");
    assert_eq!(manifest_names("cssProperties"), CSS_PROPERTIES, "pkg-config/custom-elements.json: cssProperties");
    for property in CSS_PROPERTIES {
        assert!(README.contains(&format!("`{property}`")), "README.md: theming lacks {property}");
    }
}

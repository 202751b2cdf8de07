//! The element, the core and the stylesheets do what the host contract
//! (`src/model/contract.rs`) declares: every error code they raise is declared, every declared
//! part and custom property is used with its declared default, and every built-in language has
//! its content. (That the files repeating the contract are current is `tests/contract.rs`.)
#![cfg(not(target_arch = "wasm32"))]

use mrcc_model::contract::{BUILT_IN_LANGUAGES, CSS_PARTS, CSS_PROPERTIES, ERROR_CODES};

/// Every module of the element, by file name.
const ELEMENT_SOURCES: &[(&str, &str)] = &[
    ("mrcc-explorer-element.js", include_str!("../src/element/mrcc-explorer-element.js")),
    ("messages.js", include_str!("../src/element/messages.js")),
    ("loading.js", include_str!("../src/element/loading.js")),
    ("summary.js", include_str!("../src/element/summary.js")),
    ("styles.js", include_str!("../src/element/styles.js")),
    ("integrity.js", include_str!("../src/element/integrity.js")),
    ("mrcc-explorer-height.js", include_str!("../src/element/mrcc-explorer-height.js")),
    ("mrcc-explorer-download.js", include_str!("../src/element/mrcc-explorer-download.js")),
];
/// The widget's stylesheets: the first screen's and the details'.
const STYLES: [&str; 2] = [include_str!("../src/element/styles.css"), include_str!("../src/element/details.css")];

fn sorted<T: AsRef<str>>(items: impl IntoIterator<Item = T>) -> Vec<String> {
    let mut items: Vec<String> = items.into_iter().map(|s| s.as_ref().to_owned()).collect();
    items.sort();
    items.dedup();
    items
}

#[test]
fn every_error_code_raised_is_declared() {
    let codes: Vec<&str> = ERROR_CODES.iter().map(|e| e.code).collect();
    let mut raised = 0;
    for (file, source) in ELEMENT_SOURCES {
        for (at, _) in source.match_indices("WidgetError('") {
            let used = &source[at + 13..][..source[at + 13..].find('\'').unwrap_or(0)];
            assert!(codes.contains(&used), "src/element/{file}: unknown error code {used}");
            raised += 1;
        }
    }
    for source in [include_str!("../src/core/embed/mod.rs"), include_str!("../src/core/embed/js_value.rs")] {
        for (at, _) in source.match_indices("error(\"") {
            let used = &source[at + 7..][..source[at + 7..].find('"').unwrap_or(0)];
            assert!(codes.contains(&used), "src/core/embed: unknown error code {used}");
            raised += 1;
        }
    }
    assert!(raised >= 5, "only {raised} places found: is the check still reading the sources?");
}

#[test]
fn every_built_in_language_has_its_content_and_strings() {
    for language in BUILT_IN_LANGUAGES {
        assert!(mrcc_check::built_in(language).is_some(), "src/check/lib.rs: no built-in dataset for {language}");
        assert!(
            mrcc_model::interface::has_built_in_table(language),
            "src/model/interface.rs: no built-in table for {language}"
        );
    }
    // That the package's `files` has each language's packs, tools/package.mjs checks at every
    // build: every file the modules load must be listed.
}

#[test]
fn every_part_is_used_and_no_other() {
    let mut parts: Vec<String> = Vec::new();
    for source in [
        include_str!("../src/core/ui/option_card.rs"),
        include_str!("../src/core/ui/results.rs"),
        include_str!("../src/core/ui/next_steps.rs"),
    ] {
        parts.extend(source.split("part=\"").skip(1).map(|rest| rest[..rest.find('"').unwrap()].to_owned()));
    }
    let element = ELEMENT_SOURCES[0].1;
    parts.extend(
        element.split("setAttribute('part', '").skip(1).map(|rest| rest[..rest.find('\'').unwrap()].to_owned()),
    );
    assert_eq!(sorted(&parts), sorted(CSS_PARTS.iter().map(|p| p.name)), "src/core/ui/*.rs and the element's parts");
}

/// The stylesheets read every declared custom property and no other `--mrcc-` one, each with
/// its declared default (a host that sets none gets what the docs say).
#[test]
fn every_custom_property_is_read_with_its_declared_default() {
    let mut read = Vec::new();
    for sheet in STYLES {
        for (at, _) in sheet.match_indices("var(") {
            let rest = &sheet[at + 4..];
            let Some(name_end) = rest.find([',', ')']) else { continue };
            let name = &rest[..name_end];
            if !name.starts_with("--mrcc-") {
                continue; // the stylesheet's own (the icon arrays' drawing)
            }
            let declared = CSS_PROPERTIES.iter().find(|p| p.name == name);
            let declared = declared.unwrap_or_else(|| panic!("the stylesheets read {name}, which the contract lacks"));
            if rest[name_end..].starts_with(',') {
                let default = rest[name_end + 1..].trim_start();
                assert!(
                    default.starts_with(declared.default),
                    "the stylesheets' default of {name} is {:?}, the contract's {:?}",
                    &default[..default.len().min(40)],
                    declared.default
                );
            }
            read.push(name.to_owned());
        }
    }
    assert_eq!(sorted(&read), sorted(CSS_PROPERTIES.iter().map(|p| p.name)));
}

//! The host contract (`src/model/contract.rs`) is declared once; every file that repeats a part of it
//! is checked here, and a failure names the file to bring back in line.
#![cfg(not(target_arch = "wasm32"))]

use mrcc_model::contract::{ATTRIBUTES, BUILT_IN_LANGUAGES, CSS_PARTS, CSS_PROPERTIES, ERROR_CODES, EVENTS};

const ELEMENT: &str = include_str!("../src/element/mrcc-explorer-element.js");
const MESSAGES: &str = include_str!("../src/element/messages.js");
const GENERATED: &str = include_str!("../src/element/contract.js");
/// Every module of the element, by file name.
const ELEMENT_SOURCES: &[(&str, &str)] = &[
    ("mrcc-explorer-element.js", ELEMENT),
    ("messages.js", MESSAGES),
    ("loading.js", include_str!("../src/element/loading.js")),
    ("summary.js", include_str!("../src/element/summary.js")),
    ("mrcc-explorer-height.js", include_str!("../src/element/mrcc-explorer-height.js")),
    ("mrcc-explorer-download.js", include_str!("../src/element/mrcc-explorer-download.js")),
    ("styles.js", include_str!("../src/element/styles.js")),
];
const TYPINGS: &str = include_str!("../pkg-config/mrcc-explorer.d.ts");
const MANIFEST: &str = include_str!("../pkg-config/custom-elements.json");
const PACKAGE: &str = include_str!("../pkg-config/package.json");
const README: &str = include_str!("../README.md");
const MAKEFILE: &str = include_str!("../Makefile");
/// The widget's stylesheets: the first screen's and the details'.
const STYLES: [&str; 2] = [include_str!("../src/element/styles.css"), include_str!("../src/element/details.css")];

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
    let messages = &MESSAGES[MESSAGES.find("const MESSAGES = {").ok_or("src/element/messages.js: no MESSAGES")?..];
    for language in BUILT_IN_LANGUAGES {
        let keys = keys_after(messages, &format!("  {language}: {{"), "\n  },");
        if sorted(&keys) != sorted(codes) {
            return Err(format!("src/element/messages.js: MESSAGES.{language} has {keys:?}"));
        }
    }
    for (file, source) in ELEMENT_SOURCES {
        for (at, _) in source.match_indices("WidgetError('") {
            let used = &source[at + 13..][..source[at + 13..].find('\'').unwrap_or(0)];
            if !codes.contains(&used) {
                return Err(format!("src/element/{file}: unknown error code {used}"));
            }
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
    let messages = &MESSAGES[MESSAGES.find("const MESSAGES = {").ok_or("src/element/messages.js: no MESSAGES")?..];
    for language in languages {
        if !messages.contains(&format!("\n  {language}: {{")) {
            return Err(format!("src/element/messages.js: MESSAGES lacks {language}"));
        }
        for file in [format!("mrcc-explorer-{language}.bin"), format!("mrcc-explorer-{language}-details.bin")] {
            if !PACKAGE.contains(&format!("\"{file}\"")) {
                return Err(format!("pkg-config/package.json: files lacks {file}"));
            }
        }
        if mrcc_check::built_in(language).is_none() {
            return Err(format!("src/check/lib.rs: no built-in dataset for {language}"));
        }
        if !mrcc_model::interface::has_built_in_table(language) {
            return Err(format!("src/model/interface.rs: no built-in table for {language}"));
        }
    }
    if !MAKEFILE.contains(&format!("\nLANGUAGES := {}\n", languages.join(" "))) {
        return Err("Makefile: LANGUAGES".into());
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

/// The element's constants are generated from the contract (`make contract`); the committed
/// file must be what the contract generates today.
#[test]
fn the_generated_javascript_is_current() {
    assert!(GENERATED == mrcc_model::contract::javascript(), "src/element/contract.js is stale: run `make contract`");
    for language in BUILT_IN_LANGUAGES {
        assert!(GENERATED.contains(&format!("new URL('./mrcc-explorer-{language}.bin', import.meta.url)")));
    }
    for code in ERROR_CODES {
        assert!(GENERATED.contains(&format!("'{code}'")));
    }
}

/// Adding a language or an error code in `src/model/contract.rs` alone fails, naming the file
/// to bring in line (and `src/element/contract.js`, by the test above, until regenerated).
#[test]
fn a_change_in_one_place_names_the_file_to_follow() {
    let mut codes = ERROR_CODES.to_vec();
    codes.push("quota-exceeded");
    assert_eq!(
        check_error_codes(&codes).unwrap_err(),
        format!("src/element/messages.js: MESSAGES.en has {:?}", {
            let messages = &MESSAGES[MESSAGES.find("const MESSAGES = {").unwrap()..];
            keys_after(messages, "  en: {", "\n  },")
        })
    );
    let mut languages = BUILT_IN_LANGUAGES.to_vec();
    languages.push("fr");
    assert_eq!(check_languages(&languages).unwrap_err(), "src/element/messages.js: MESSAGES lacks fr");
    assert_eq!(check_languages(&BUILT_IN_LANGUAGES[..1]).unwrap_err(), "Makefile: LANGUAGES");
}

#[test]
fn attributes_and_properties() {
    let observed: Vec<&str> = ATTRIBUTES.iter().map(|(attribute, _)| *attribute).collect();
    for (attribute, property) in ATTRIBUTES {
        if let Some(property) = property {
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
        ELEMENT.contains("static observedAttributes = ATTRIBUTES;"),
        "mrcc-explorer-element.js: observedAttributes"
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

    // Names without the `--mrcc-` prefix are the stylesheet's own (the icon arrays' drawing).
    let mut used: Vec<String> = STYLES
        .iter()
        .flat_map(|sheet| sheet.split("var(").skip(1))
        .map(|rest| rest[..rest.find([',', ')']).unwrap()].to_owned())
        .filter(|name| name.starts_with("--mrcc-"))
        .collect();
    used.sort();
    used.dedup();
    assert_eq!(used, sorted(CSS_PROPERTIES), "src/element/styles.css and details.css: the custom properties they read");
    assert_eq!(manifest_names("cssProperties"), CSS_PROPERTIES, "pkg-config/custom-elements.json: cssProperties");
    for property in CSS_PROPERTIES {
        assert!(README.contains(&format!("`{property}`")), "README.md: theming lacks {property}");
    }
}

/// The build's own tool installs (the security review of 2026-12-07, F9), in the Makefile and
/// tools/setup.sh: every `cargo install` is `--locked` (the tool's own lockfile, not the newest
/// semver-compatible crates of the day) and names its `--version`, or builds a `--path` whose
/// version is fixed; every `npm ci` runs no install scripts (`--ignore-scripts`). Comment lines
/// are prose; a command ends at `; `, `||`, `&&` or the line's end, so the hints printed on
/// failure ("run by hand: ...") are held to the same rule. Returns the installs read and the
/// problems, each naming the file and line.
fn install_problems(file: &str, text: &str) -> (usize, Vec<String>) {
    let (mut found, mut problems) = (0, Vec::new());
    for (number, line) in text.lines().enumerate().filter(|(_, line)| !line.trim_start().starts_with('#')) {
        for (command, needs) in [
            ("cargo install", &[&["--locked"][..], &["--version ", "--path "][..]][..]),
            ("npm ci", &[&["--ignore-scripts"][..]][..]),
        ] {
            for (at, _) in line.match_indices(command) {
                let rest = &line[at..];
                if !rest[command.len()..].is_empty() && !rest[command.len()..].starts_with([' ', '"', '\'']) {
                    continue; // another word (`npm cit`)
                }
                found += 1;
                let end = ["; ", "||", "&&"].iter().filter_map(|stop| rest.find(stop)).min().unwrap_or(rest.len());
                let invocation = rest[..end].trim_end();
                for any_of in needs.iter().filter(|any_of| !any_of.iter().any(|flag| invocation.contains(flag))) {
                    let flags: Vec<&str> = any_of.iter().map(|flag| flag.trim()).collect();
                    problems.push(format!("{file}:{}: `{invocation}` lacks {}", number + 1, flags.join(" or ")));
                }
            }
        }
    }
    (found, problems)
}

#[test]
fn tool_installs_are_locked_pinned_and_run_no_install_scripts() {
    let setup = include_str!("../tools/setup.sh");
    let mut problems = Vec::new();
    for (file, text) in [("Makefile", MAKEFILE), ("tools/setup.sh", setup)] {
        let (found, mut more) = install_problems(file, text);
        assert!(found >= 3, "{file}: only {found} installs found; is the check still reading the commands?");
        problems.append(&mut more);
    }
    assert!(problems.is_empty(), "unlocked or scripted installs:\n{}", problems.join("\n"));

    // The check itself: it catches each omission, and reads past quotes and variables.
    let bad = [
        ("\tcargo install twiggy --version 0.8.0 --root $(DIR); }", "--locked"),
        ("  cargo install --locked cargo-fuzz --root \"$DIR\" || fail", "--version or --path"),
        ("  npm ci --no-audit --no-fund || fail \"run by hand: npm ci --ignore-scripts\"", "--ignore-scripts"),
        ("\t@cd tests/app && { npm ci --no-audit && touch x; }", "--ignore-scripts"),
    ];
    for (line, lacks) in bad {
        let (found, problems) = install_problems("x", line);
        assert_eq!(found, 1 + usize::from(line.contains("hand: npm")), "{line}");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].ends_with(&format!("lacks {lacks}")), "{}", problems[0]);
    }
    let good = "  cargo install --locked wasm-bindgen-cli --version \"$V\" --root \"$D\" || fail \"run by hand: cargo install --locked wasm-bindgen-cli --version $V --root $D\"";
    assert_eq!(install_problems("x", good), (2, vec![]));
    assert_eq!(install_problems("x", "# cargo install anything, in prose\nnpm ci --ignore-scripts"), (1, vec![]));
}

/// The security review of 2026-12-07, F5: the README's own examples sent `mrcc-change` details,
/// the reader's health answers, to `track()`. No example forwards an event's detail to anything
/// that looks like analytics, and the privacy paragraph for hosts is there.
#[test]
fn the_readme_never_sends_the_answers_to_analytics() {
    let readme = include_str!("../README.md");
    let package_readme = include_str!("../pkg-config/README.md");
    for (file, text) in [("README.md", readme), ("pkg-config/README.md", package_readme)] {
        for line in text.lines() {
            let lower = line.to_lowercase();
            let forwards = ["track(", "gtag(", "datalayer.push", "analytics.", "sendbeacon(", "posthog.", "mixpanel."]
                .iter()
                .any(|call| lower.contains(call));
            assert!(!(forwards && lower.contains("detail")), "{file}: {line}");
        }
    }
    assert!(
        readme.contains("**Privacy for hosts.**") && readme.contains("share-answers"),
        "README.md: privacy for hosts"
    );
}

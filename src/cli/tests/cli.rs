//! The editors' CLI, run as a real process.
#![cfg(not(target_arch = "wasm32"))]

// The helpers the workspace's own tests share.
#[path = "../../../tests/common/mod.rs"]
mod common;

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::json;

/// Runs the CLI from the repository's root, as the Makefile does.
fn run(args: &[&str]) -> Output {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    Command::new(env!("CARGO_BIN_EXE_mrcc-content")).args(args).current_dir(root).output().expect("the CLI runs")
}

fn temp_file(name: &str, contents: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mrcc-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn validates_the_built_in_dataset() {
    let output = run(&["validate", "content/en.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).contains("valid (11 options, 8 criteria"));
}

#[test]
fn rejects_each_bad_example_with_its_path() {
    let full = common::built_in_value();
    let mut wrong_type = full.clone();
    wrong_type["criteria"][1]["multiple"] = json!("yes");
    let mut bad_rule = full.clone();
    bad_rule["rules"][3]["when"] = json!({ "prior-systemic": ["maybe"] });
    let mut bad_link = full.clone();
    bad_link["links"][0]["url"] = json!("javascript:alert(document.cookie)");
    let text = full.to_string();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("truncated.json", text.as_bytes()[..text.len() / 3].to_vec(), "error: "),
        ("wrong-type.json", wrong_type.to_string().into_bytes(), "error: criteria[1].multiple: invalid type"),
        (
            "bad-rule.json",
            bad_rule.to_string().into_bytes(),
            "error: rules[3].when.prior-systemic[0]: expected a choice",
        ),
        (
            "bad-link.json",
            bad_link.to_string().into_bytes(),
            "error: links[0].url: expected an https, mailto or tel link",
        ),
        ("not-utf8.json", vec![b'{', 0xff, 0xfe, b'}'], "error: dataset: expected UTF-8 text"),
        ("empty.json", Vec::new(), "error: dataset: unexpected end of the text at line 1 column 1"),
    ];
    for (name, contents, expected) in cases {
        let path = temp_file(name, &contents);
        let output = run(&["validate", path.to_str().unwrap()]);
        let all = stdout(&output) + &String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{name}: {all}");
        assert!(all.contains(expected), "{name}: wanted {expected:?} in {all}");
        assert!(!all.contains("panicked"), "{name}: {all}");
    }
}

#[test]
fn prints_the_json_schema() {
    let output = run(&["schema"]);
    assert_eq!(output.status.code(), Some(0));
    let schema: serde_json::Value = serde_json::from_slice(&output.stdout).expect("the schema is JSON");
    assert_eq!(schema["title"], "Dataset");
    assert!(schema["$defs"]["TreatmentOption"]["properties"]["harms"].is_object());
}

#[test]
fn usage_errors_and_missing_files() {
    assert_eq!(run(&[]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    let missing = run(&["validate", "/nonexistent/dataset.json"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read the file"));
}

/// Editors' tools read the committed schema file: it must be exactly what the model generates
/// (`make generate` rewrites it).
#[test]
/// `mrcc-content schema` prints what `make generate` commits (tests/contract.rs checks that).
fn the_schema_command_prints_the_committed_schema() {
    let output = run(&["schema"]);
    let committed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../content/dataset.schema.json"))
        .expect("content/dataset.schema.json exists");
    assert!(committed == stdout(&output), "content/dataset.schema.json differs: run `make generate`");
}

#[test]
fn packs_what_the_widget_core_reads_after_validating() {
    use mrcc_core::ui::strings::Strings;
    use mrcc_model::interface::KEYS;
    use mrcc_model::unpack;

    // Every interface string travels with the content, English too: the wasm has none.
    for (language, plain) in [("en", common::built_in()), ("es", common::built_in_es())] {
        let output = run(&["pack", language]);
        assert_eq!(output.status.code(), Some(0));
        let packed = unpack(&output.stdout).expect("the pack unpacks");
        let mut without_strings = packed.clone();
        without_strings.ui = Default::default();
        // What each figure measures and from which analysis, and what kind each source is, are
        // for editors and the validator: not packed.
        let mut plain = plain;
        plain.options.iter_mut().flat_map(|o| &mut o.figures).for_each(|f| (f.measure, f.analysis) = (None, None));
        plain.sources.iter_mut().for_each(|s| s.kind = None);
        // The knowledge check and the care team's page travel as one JSON text with the
        // interface strings (`mrcc_model::extras`), not as fields: the same sections.
        let extras: serde_json::Value =
            serde_json::from_str(packed.ui.get(mrcc_model::extras::KEY).expect("the extras are packed")).expect("JSON");
        assert_eq!(extras["knowledge"], serde_json::to_value(&plain.knowledge).unwrap(), "{language}");
        assert_eq!(extras["care_team"], serde_json::to_value(&plain.care_team).unwrap(), "{language}");
        (plain.knowledge, plain.care_team) = (None, None);
        assert_eq!(without_strings, plain);
        assert_eq!(packed.ui.len(), KEYS.len() + 1, "{language}: every interface string, and the extras");
        let widget = Strings::for_widget(language, &packed.ui);
        assert_eq!(widget, Strings::for_dataset(language, &Default::default()), "{language}");
        // The first screen's part lacks only the strings its details bring.
        let start = unpack(&run(&["pack", language, "start"]).stdout).expect("the first part unpacks");
        let mut missing: Vec<&str> = KEYS.iter().copied().filter(|key| !start.ui.contains_key(*key)).collect();
        let mut details_only = mrcc_model::interface::DETAILS_ONLY_KEYS.to_vec();
        (missing.sort(), details_only.sort());
        assert_eq!(missing, details_only, "{language}");
    }

    let mut broken = common::built_in_value();
    broken["options"][0]["id"] = json!("Bad Id");
    let file = temp_file("broken-pack.json", broken.to_string().as_bytes());
    let output = run(&["pack", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty(), "no pack for an invalid dataset");
    assert!(String::from_utf8_lossy(&output.stderr).contains("options[0].id: expected an id"));
}

/// A hospital's own text gets the reading-level check the built-in content meets, as a warning
/// with the field's path (the design review of 2026-12-07: only the built-in content had it).
#[test]
fn warns_on_hard_reading_in_a_hospitals_dataset() {
    let output = run(&["validate", "content/en.json"]);
    assert!(!stdout(&output).contains("reading level"), "{}", stdout(&output));
    let mut dataset = common::built_in_value();
    dataset["options"][0]["summary"] = json!(
        "Pharmacological immunomodulatory interventions characteristically potentiate endogenous antineoplastic immunological surveillance mechanisms."
    );
    let file = temp_file("hard.json", dataset.to_string().as_bytes());
    let output = run(&["validate", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "a warning, not an error: {}", stdout(&output));
    assert!(stdout(&output).contains("warning: options[0].summary: reading level: grade"), "{}", stdout(&output));
}

#[test]
fn validate_names_each_problems_line_and_column() {
    let mut value = common::built_in_value();
    value["rules"][3]["fit"] = json!("maybe");
    let text = serde_json::to_string_pretty(&value).unwrap();
    let file = temp_file("positions.json", text.as_bytes());
    let output = run(&["validate", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    let line = out.lines().find(|l| l.contains("error: rules[3].fit")).unwrap();
    // `FILE:LINE:COLUMN: error: ...`, pointing at the value.
    let rest = line.strip_prefix(&format!("{}:", file.display())).unwrap();
    let mut parts = rest.splitn(3, ':');
    let (row, column): (usize, usize) =
        (parts.next().unwrap().parse().unwrap(), parts.next().unwrap().parse().unwrap());
    let at = text.lines().nth(row - 1).unwrap();
    assert!(at[column - 1..].starts_with("\"maybe\""), "{line}: {at}");
}

#[test]
fn review_diff_and_merge_from_the_command_line() {
    // The review document of the built-in content, with the changes since an older version.
    let mut old = common::built_in_value();
    old["options"][0]["harms"][0] = json!("An older harm text.");
    let old_file = temp_file("old.json", old.to_string().as_bytes());
    let output = run(&["review", "en", "--since", old_file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let html = stdout(&output);
    assert!(html.starts_with("<!doctype html><html lang=\"en\">"));
    assert_eq!(html.matches("<tr class=\"changed\">").count(), 1);
    assert!(html.contains("<del>An older harm text.</del>"));
    let spanish = stdout(&run(&["review", "es"]));
    assert!(spanish.contains("<h1>Documento de revisión: "));
    assert!(stdout(&run(&["review", "es", "--lang", "en"])).contains("<h1>Review document: "));

    // The diff: one sentence.
    let output = run(&["diff", old_file.to_str().unwrap(), "content/en.json"]);
    assert_eq!(output.status.code(), Some(0));
    let out = stdout(&output);
    assert!(
        out.starts_with("sentence changed: options[immunotherapy].harms[0]\n  - An older harm text.\n  + "),
        "{out}"
    );
    assert!(out.ends_with("1 changes\n"), "{out}");

    // An overlay merged into a whole dataset, which validates on its own.
    let output = run(&["merge", "content/overlay-example.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let merged = temp_file("merged.json", &output.stdout);
    let output = run(&["validate", merged.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let value: serde_json::Value = serde_json::from_slice(&std::fs::read(&merged).unwrap()).unwrap();
    assert_eq!(value["meta"]["hospital"], "Example Cancer Center");

    // An overlay with an error: its path and place in the overlay's file.
    let bad = temp_file(
        "bad-overlay.json",
        b"{\n  \"overlay\": 1,\n  \"language\": \"en\",\n  \"options\": { \"nothing\": {} }\n}",
    );
    let output = run(&["validate", bad.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains(&format!(
            "{}:4:27: error: options.nothing: expected the id of one of the base's options",
            bad.display()
        )),
        "{}",
        stdout(&output)
    );
    assert_eq!(run(&["review", "en", "--unknown", "x"]).status.code(), Some(2));
}

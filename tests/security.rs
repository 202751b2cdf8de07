//! The security review of 2026-12-07 (`shared/reviews/security-review-2026-12-07.md`), natively:
//! each finding that the validator closes, with the input that showed it. The browser's side
//! of the same findings is in tests/e2e/security.test.mjs.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::built_in_value;
use mrcc_check::check_json;
use serde_json::{json, Value};

/// The errors (not warnings) of `value`, as `path: message`.
fn errors(value: &Value) -> Vec<String> {
    check_json(&value.to_string(), Some("2026-11-26"))
        .problems
        .iter()
        .filter(|problem| problem.severity == mrcc_model::Severity::Error)
        .map(|problem| format!("{}: {}", problem.path, problem.message))
        .collect()
}

/// F1: a language tag that the browser's `Intl` refuses made the core throw through the wasm,
/// which froze every instance on the page. The validator never takes such a tag: checked
/// against a list of tags and node's `Intl.getCanonicalLocales` verdict on each
/// (tests/data/language-tags.json, written by tools/gen-language-tags.mjs).
#[test]
fn the_validator_refuses_every_language_tag_that_intl_refuses() {
    let list: Value = serde_json::from_str(include_str!("data/language-tags.json")).expect("the committed list");
    let tags: Vec<(&str, bool)> = list
        .as_array()
        .expect("a list")
        .iter()
        .map(|entry| (entry["tag"].as_str().expect("a tag"), entry["intl"].as_bool().expect("Intl's verdict")))
        .collect();
    assert!(tags.len() > 500 && tags.iter().any(|t| t.1) && tags.iter().any(|t| !t.1));
    let mut value = built_in_value();
    let mut taken = 0;
    for &(tag, intl) in &tags {
        value["meta"]["language"] = json!(tag);
        let refused = errors(&value).iter().any(|error| error.starts_with("meta.language: expected a language tag"));
        assert!(intl || refused, "the validator takes {tag:?}, which Intl refuses");
        taken += usize::from(!refused);
    }
    // Not so strict that a real dataset's language is refused.
    for tag in ["en", "es-MX", "es-419", "zh-Hant-TW", "sr-Latn", "de-DE-1996", "EN"] {
        value["meta"]["language"] = json!(tag);
        assert!(!errors(&value).iter().any(|error| error.starts_with("meta.language")), "{tag} refused");
    }
    assert!(taken >= 20, "only {taken} tags taken");
}

/// F3: the summary's download took its file name from the dataset, so `summary.html` saved a
/// page that ran the dataset's script next to the reader's answers. Only plain `.txt` names.
#[test]
fn the_download_file_name_is_a_plain_text_file() {
    let mut value = built_in_value();
    for name in [
        "summary.html",
        "../x.txt",
        "a\u{0}.txt",
        "x.exe",
        "summary.txt.html",
        "/etc/summary.txt",
        "C:\\x.txt",
        ".txt",
        "a/b.txt",
        "x.TXT.svg",
        "summary\u{202e}txt.exe.txt",
        "a\u{a0}b.txt",
        "¿qué?.txt",
    ] {
        value["ui"]["download_file_name"] = json!(name);
        assert!(
            errors(&value).iter().any(|error| error.starts_with("ui.download_file_name: expected a file name")),
            "{name:?} taken"
        );
    }
    for name in
        ["my-summary.txt", "resumen de la cita.txt", "zusammenfassung_2026.txt", "résumé.v2.txt", "我的总结.txt"]
    {
        value["ui"]["download_file_name"] = json!(name);
        assert!(!errors(&value).iter().any(|error| error.starts_with("ui.download_file_name")), "{name:?} refused");
    }
}

/// F2: the reader compared each key with every earlier one and listed every problem, with no
/// limit on size: 20,000 unknown keys (0.27 MB) blocked a page for 6.8 s. Now each limit is an
/// error with its path, found before the work it bounds, and the list stops at 100 problems.
#[test]
fn a_dataset_beyond_the_limits_is_refused_with_its_path() {
    let keys = |n: usize| (0..n).map(|i| (format!("k{i}"), json!(["x"]))).collect::<serde_json::Map<_, _>>();
    let cases: Vec<(Box<dyn Fn(&mut Value)>, &str)> = vec![
        (
            Box::new(|v| v["rules"][0]["when"] = Value::Object(keys(50_000))),
            "rules[0].when: expected an object of at most 500 fields, found 50000",
        ),
        (
            Box::new(|v| v["meta"]["disclaimer"] = json!("a".repeat(5_000_000))),
            "dataset: expected at most 2000000 bytes of JSON text",
        ),
        (
            Box::new(|v| v["meta"]["disclaimer"] = json!("á".repeat(20_001))),
            "meta.disclaimer: expected text of at most 20000 characters",
        ),
        (
            Box::new(|v| v["glossary"] = json!(vec![json!({}); 2_001])),
            "glossary: expected a list of at most 2000 items, found 2001",
        ),
    ];
    for (change, expected) in cases {
        let mut value = built_in_value();
        change(&mut value);
        let found = errors(&value);
        assert!(found.iter().any(|error| error.starts_with(expected)), "{expected}: {found:?}");
        assert!(found.len() <= 101, "{} problems listed", found.len());
    }
    // Just under the limits is fine: they bound hostile input, not a hospital's content.
    let mut value = built_in_value();
    value["meta"]["disclaimer"] = json!("á".repeat(20_000));
    assert!(!errors(&value).iter().any(|error| error.starts_with("meta.disclaimer")));
}

/// F2: 20,000 unknown fields give the first 100 problems and one line for the rest; a repeated
/// key is still found among many (by sorting, no longer by comparing every pair).
#[test]
fn problems_stop_at_one_hundred_and_repeats_are_found_among_many_keys() {
    let mut value = built_in_value();
    for i in 0..20_000 {
        value["sources"][i % 76][format!("unknown-{i}")] = json!(1);
    }
    let report = check_json(&value.to_string(), None);
    assert_eq!(report.problems.len(), 101);
    assert_eq!(report.problems[100].to_string(), "error: dataset: more problems than these 100: fix these first");
    let mut text = built_in_value().to_string();
    let many: String = (0..400).map(|i| format!("\"c{i}\":[\"x\"],")).collect();
    text = text.replacen("\"when\":{", &format!("\"when\":{{{many}\"c7\":[\"y\"],"), 1);
    let found: Vec<String> = check_json(&text, None).problems.iter().map(ToString::to_string).collect();
    assert!(found.iter().any(|p| p.contains(".when.c7: duplicate field `c7`")), "{found:?}");
}

/// The second reading of the change: a key of 20,000 characters repeated in every problem's path
/// under it, and rules of 2,000 choices checked against a criterion of 2,000, could exhaust the
/// validator's memory within the size limit. Keys are short, choices a set, problems past the
/// hundredth only counted.
#[test]
fn long_keys_and_many_choices_stay_bounded() {
    let mut value = built_in_value();
    let long = "c".repeat(20_000);
    value["rules"][0]["when"] = json!({ long.clone(): ["x"] });
    assert!(errors(&value).iter().any(|e| e.starts_with("rules[0].when: expected keys of at most 200 characters")));
    let mut value = built_in_value();
    value["criteria"][0]["choices"] =
        json!((0..2000).map(|i| json!({ "id": format!("c{i}"), "label": "x" })).collect::<Vec<_>>());
    let criterion = value["criteria"][0]["id"].as_str().expect("an id").to_owned();
    for rule in value["rules"].as_array_mut().expect("rules") {
        rule["when"] = json!({ criterion.clone(): (0..2000).map(|i| format!("z{i}")).collect::<Vec<_>>() });
    }
    let found = errors(&value);
    assert!(found.len() <= 101, "{} listed", found.len());
    assert!(
        found.last().is_some_and(|e| e.starts_with("dataset: ") && e.ends_with("more problems: fix these first")),
        "{:?}",
        found.last()
    );
}

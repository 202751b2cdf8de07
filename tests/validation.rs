//! Every kind of dataset error is reported with its JSON path and what was expected; random
//! input never panics; the generated JSON Schema agrees with the built-in dataset.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{built_in_value, Rng};
use mrcc_check::check_json;
use mrcc_model::{Dataset, Severity};
use serde_json::{json, Value};

/// The built-in dataset as a hospital adopts it: with its clinicians' review filled in, so that
/// it has no problems at all and each case below shows only its own.
fn reviewed_built_in() -> Value {
    let mut value = built_in_value();
    value["meta"]["hospital"] = json!("Example Hospital");
    value["meta"]["hospital_reviewers"] = json!(["A. Oncologist, MD"]);
    value["meta"]["hospital_reviewed"] = json!("2026-11-20");
    value
}

/// Applies `change` to the reviewed built-in dataset and returns the problems, as
/// `severity: path: message`.
fn problems_after(change: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut value = reviewed_built_in();
    change(&mut value);
    check_json(&value.to_string(), Some("2026-11-26")).problems.iter().map(ToString::to_string).collect()
}

#[test]
fn each_error_kind_names_its_path() {
    type Change = Box<dyn FnOnce(&mut Value)>;
    // One case a line: a table reads better than rustfmt's layout.
    #[rustfmt::skip]
    let cases: Vec<(&str, Change, &str)> = vec![
        ("wrong type", Box::new(|v| v["options"][2]["name"] = json!(42)), "error: options[2].name: invalid type: integer `42`, expected a string"),
        ("unknown field", Box::new(|v| v["options"][0]["summray"] = json!("x")), "error: options[0].summray: unknown field `summray`, expected one of `id`"),
        ("missing field", Box::new(|v| { v["meta"].as_object_mut().unwrap().remove("reviewed"); }), "error: meta: missing field `reviewed`"),
        ("wrong enum value", Box::new(|v| v["rules"][0]["fit"] = json!("maybe")), "error: rules[0].fit: unknown variant `maybe`"),
        ("duplicate option id", Box::new(|v| v["options"][1]["id"] = v["options"][0]["id"].clone()), "error: options[1].id: expected a unique id"),
        ("malformed id", Box::new(|v| v["options"][3]["id"] = json!("Meta Stasectomy")), "error: options[3].id: expected an id of lowercase letters"),
        ("rule names an unknown option", Box::new(|v| v["rules"][0]["option"] = json!("magic")), "error: rules[0].option: expected the id of an option"),
        ("rule names an unknown criterion", Box::new(|v| v["rules"][0]["when"] = json!({ "colour": ["blue"] })), "error: rules[0].when.colour: expected the id of a criterion"),
        ("rule names an unknown choice", Box::new(|v| v["rules"][0]["when"] = json!({ "histology": ["purple"] })), "error: rules[0].when.histology[0]: expected a choice of \"histology\""),
        ("unknown rules an option out", Box::new(|v| v["rules"][17]["when"] = json!({ "primary": ["unknown"] })), "error: rules[17].when.primary[0]: an unknown answer must never make an option unlikely"),
        ("supportive care made unlikely", Box::new(|v| v["rules"].as_array_mut().unwrap().push(json!({"id": "x", "option": "supportive-care", "when": {"risk": ["poor"]}, "fit": "unlikely", "reason": "No.", "sources": ["asco-2022"]}))), "error: rules[40].fit: expected \"likely\": supportive care fits everyone"),
        ("option without sources", Box::new(|v| v["options"][4]["sources"] = json!([])), "error: options[4].sources: expected at least one source id"),
        ("unknown source id", Box::new(|v| v["options"][4]["figures"][0]["source"] = json!("rumour")), "error: options[4].figures[0].source: expected the id of an entry in sources"),
        ("javascript link", Box::new(|v| v["links"][0]["url"] = json!("javascript:alert(1)")), "error: links[0].url: expected an https, mailto or tel link"),
        ("plain http link", Box::new(|v| v["links"][0]["url"] = json!("http://hospital.example/appointments")), "error: links[0].url: expected an https, mailto or tel link"),
        ("source link not web", Box::new(|v| v["sources"][1]["url"] = json!("tel:123")), "error: sources[1].url: expected an https link"),
        // The sources policy: every dataset's, a hospital's too.
        ("source over plain http", Box::new(|v| v["sources"][1]["url"] = json!("http://pubmed.ncbi.nlm.nih.gov/30779529/")), "error: sources[1].url: expected an https link"),
        ("source at an IP address", Box::new(|v| v["sources"][1]["url"] = json!("https://47.251.13.51:8081/30543350")), "error: sources[1].url: expected a host name, not an IP address"),
        ("source of no kind", Box::new(|v| { v["sources"][1].as_object_mut().unwrap().remove("kind"); }), "error: sources[1]: missing field `kind`"),
        ("unknown kind of source", Box::new(|v| v["sources"][1]["kind"] = json!("blog")), "error: sources[1].kind: unknown variant `blog`, expected one of `guideline`"),
        ("source without a year", Box::new(|v| { v["sources"][1].as_object_mut().unwrap().remove("year"); }), "error: sources[1].year: expected the year the source was published"),
        ("figure resting on news", Box::new(|v| news_behind_figure(v, 0, 0)), "error: options[0].figures[0].source: expected a study, label, guideline or review: a figure never rests on a news item alone"),
        ("severe side effects of two definitions", Box::new(|v| { v["options"][0]["figures"][0]["measure"] = json!("severe-side-effects-any-cause"); v["options"][0]["figures"][1]["measure"] = json!("severe-side-effects-from-treatment"); }), "error: options[0].figures[1].measure: expected the same measure of severe side effects as figures[0]"),
        ("figure without a measure", Box::new(|v| { v["options"][0]["figures"][0].as_object_mut().unwrap().remove("measure"); }), "warning: options[0].figures[0]: missing field `measure`"),
        ("figure without its analysis", Box::new(|v| { v["options"][0]["figures"][0].as_object_mut().unwrap().remove("analysis"); }), "warning: options[0].figures[0]: missing field `analysis`"),
        ("analysis of no year", Box::new(|v| v["options"][0]["figures"][0]["analysis"] = json!({"stage": "interim", "year": 20})), "error: options[0].figures[0].analysis.year: expected the year of the analysis"),
        ("empty required text", Box::new(|v| v["options"][5]["harms"][1] = json!("  ")), "error: options[5].harms[1]: expected non-empty text"),
        ("no harms", Box::new(|v| v["options"][5]["harms"] = json!([])), "error: options[5].harms: expected at least one entry"),
        ("missing unknown choice", Box::new(|v| { v["criteria"][0]["choices"].as_array_mut().unwrap().pop(); }), "error: criteria[0].choices: expected a choice with id \"unknown\""),
        ("fixed criterion missing", Box::new(|v| { v["criteria"].as_array_mut().unwrap().remove(3); }), "error: criteria: expected a criterion with id \"sites\""),
        ("bad date", Box::new(|v| v["meta"]["reviewed"] = json!("26/11/2026")), "error: meta.reviewed: expected a date written YYYY-MM-DD"),
        ("schema version", Box::new(|v| v["schema_version"] = json!(2)), "error: schema_version: expected 1"),
        ("medicine without warning signs", Box::new(|v| v["options"][1]["warning_signs"] = json!([])), "error: options[1].warning_signs: expected at least one entry"),
        ("unknown kind of study", Box::new(|v| v["options"][0]["figures"][0]["evidence"] = json!("anecdote")), "error: options[0].figures[0].evidence: unknown variant `anecdote`, expected one of `randomized-trial`"),
        ("nobody studied", Box::new(|v| v["options"][0]["figures"][0]["people"] = json!(0)), "error: options[0].figures[0].people: expected the number of people studied"),
        ("picture of a number the text lacks", Box::new(|v| v["options"][0]["figures"][1]["out_of_100"][0]["count"] = json!(57)), "error: options[0].figures[1].out_of_100[0].count: expected a number the figure's text gives; 57 is not in it"),
        ("picture of more than 100", Box::new(|v| v["options"][0]["figures"][1]["out_of_100"][1]["count"] = json!(158)), "error: options[0].figures[1].out_of_100[1].count: expected a number of people out of 100"),
        ("picture without its group", Box::new(|v| v["options"][0]["figures"][1]["out_of_100"][1]["who"] = json!(" ")), "error: options[0].figures[1].out_of_100[1].who: expected non-empty text"),
        ("empty uncertainty", Box::new(|v| v["options"][0]["figures"][3]["uncertainty"] = json!("")), "error: options[0].figures[3].uncertainty: expected non-empty text"),
        ("no urgent help", Box::new(|v| v["meta"]["urgent_help"] = json!(" ")), "error: meta.urgent_help: expected non-empty text"),
        ("new criterion missing", Box::new(|v| { v["criteria"].as_array_mut().unwrap().remove(5); }), "error: criteria: expected a criterion with id \"symptoms\""),
        ("old choice removed", Box::new(|v| { v["criteria"][6]["choices"].as_array_mut().unwrap().remove(4); }), "error: criteria[6].choices: expected a choice with id \"yes\"; hosts rely on it"),
        ("hospital review date", Box::new(|v| v["meta"]["hospital_reviewed"] = json!("soon")), "error: meta.hospital_reviewed: expected a date written YYYY-MM-DD"),
        ("no hospital review", Box::new(|v| v["meta"]["hospital_reviewers"] = json!([])), "warning: meta: not yet reviewed by the adopting hospital's clinicians (missing: hospital_reviewers)"),
        ("overdue review", Box::new(|v| { v["meta"]["reviewed"] = json!("2024-01-01"); v["meta"]["next_review"] = json!("2025-01-01"); }), "warning: meta.next_review: the planned review date 2025-01-01 has passed"),
        ("uncited source", Box::new(|v| v["sources"].as_array_mut().unwrap().push(json!({"id": "lonely", "title": "T", "publisher": "P", "year": 2024, "kind": "study"}))), "warning: sources[76]: source \"lonely\" is not cited anywhere"),
    ];
    for (name, change, expected) in cases {
        let problems = problems_after(change);
        assert!(problems.iter().any(|p| p.starts_with(expected)), "{name}: wanted {expected:?}, got {problems:#?}");
    }
}

/// Marks the source of `options[option].figures[figure]` as a news item.
fn news_behind_figure(value: &mut Value, option: usize, figure: usize) {
    let id = value["options"][option]["figures"][figure]["source"].clone();
    let sources = value["sources"].as_array_mut().unwrap();
    let source = sources.iter_mut().find(|s| s["id"] == id).unwrap();
    source["kind"] = json!("news");
}

#[test]
fn broken_json_is_reported_not_panicked() {
    let full = mrcc_check::BUILT_IN_EN;
    // Cut inside a string value, half way: the text ends before the value does.
    let cut = full[..full.len() / 2].rfind(": \"").unwrap() + 4;
    let truncated = check_json(&full[..cut], None);
    assert!(truncated.dataset.is_none());
    assert!(truncated.problems[0].message.contains("unexpected end of the text"), "{:?}", truncated.problems);
    let trailing = check_json(&format!("{full} {{}}"), None);
    assert!(trailing.problems[0].message.starts_with("unexpected text after the JSON value"));
    assert_eq!(check_json("[]", None).problems[0].path, "dataset");
}

#[test]
fn all_semantic_problems_are_reported_at_once() {
    let problems = problems_after(|v| {
        v["meta"]["title"] = json!("");
        v["options"][0]["name"] = json!("");
        v["links"][1]["url"] = json!("ftp://example.org");
    });
    assert_eq!(problems.len(), 3, "{problems:#?}");
}

#[test]
fn warnings_do_not_make_a_dataset_unusable() {
    let mut value = reviewed_built_in();
    value["meta"]["reviewed"] = json!("2024-01-01");
    value["meta"]["next_review"] = json!("2025-01-01");
    let report = check_json(&value.to_string(), Some("2026-11-26"));
    assert_eq!(report.problems.len(), 1);
    assert_eq!(report.problems[0].severity, Severity::Warning);
    assert!(report.usable().is_ok());
}

#[test]
fn the_json_schema_accepts_the_built_in_dataset_and_rejects_bad_ones() {
    let schema = serde_json::to_value(schemars::schema_for!(Dataset)).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the generated schema compiles");
    let good = built_in_value();
    let errors: Vec<String> = validator.iter_errors(&good).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    for bad in [
        {
            let mut v = good.clone();
            v["options"][0]["summray"] = json!("x");
            v
        },
        {
            let mut v = good.clone();
            v["rules"][0]["fit"] = json!("maybe");
            v
        },
        {
            let mut v = good.clone();
            v["options"][0]["benefits"] = json!("one");
            v
        },
    ] {
        assert!(!validator.is_valid(&bad));
    }
}

/// Fuzzing by mutation: thousands of corrupted versions of the real dataset (bytes flipped,
/// cut, duplicated; values replaced by other JSON types) must give a report, never a panic.
#[test]
fn random_corruptions_never_panic() {
    let original = mrcc_check::BUILT_IN_EN.as_bytes();
    let mut rng = Rng::with_seed(0x9E37_79B9_7F4A_7C15);
    let junk: &[&[u8]] =
        &[b"{", b"}", b"[", b"]", b"\"", b",", b":", b"null", b"-1e999", b"\\u0000", b"\xff", b"\"unknown\""];
    for _ in 0..3000 {
        let mut bytes = original.to_vec();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(bytes.len());
            match rng.below(4) {
                0 => bytes.truncate(at),
                1 => {
                    let j = junk[rng.below(junk.len())];
                    bytes.splice(at..at, j.iter().copied());
                }
                2 => {
                    let end = (at + rng.below(64)).min(bytes.len());
                    bytes.drain(at..end);
                }
                _ => {
                    if let Some(b) = bytes.get_mut(at) {
                        *b = rng.byte();
                    }
                }
            }
        }
        let text = String::from_utf8_lossy(&bytes);
        let _ = check_json(&text, Some("2026-11-26"));
    }
    let mut values = 0;
    for _ in 0..1000 {
        let mut value = reviewed_built_in();
        replace_random_node(&mut value, &mut rng);
        let report = check_json(&value.to_string(), None);
        values += usize::from(report.dataset.is_none() || !report.problems.is_empty());
    }
    assert!(values > 500, "most random replacements should be reported ({values})");
}

fn replace_random_node(value: &mut Value, rng: &mut Rng) {
    let descend = rng.below(3) > 0;
    match value {
        Value::Object(map) if descend && !map.is_empty() => {
            let key = map.keys().nth(rng.below(map.len())).cloned().unwrap_or_default();
            if let Some(child) = map.get_mut(&key) {
                return replace_random_node(child, rng);
            }
        }
        Value::Array(items) if descend && !items.is_empty() => {
            let i = rng.below(items.len());
            return replace_random_node(&mut items[i], rng);
        }
        _ => {}
    }
    let replacements =
        [json!(null), json!(7), json!(-1.5), json!(""), json!([]), json!({}), json!("unknown"), json!([1, "a"])];
    *value = replacements[rng.below(replacements.len())].clone();
}

/// The hand-written reader (used everywhere, because serde's derived code was the largest part
/// of the wasm) accepts exactly the JSON the serde model accepts, and reads the same dataset.
#[test]
fn the_reader_agrees_with_the_serde_model() {
    let mut rng = Rng::with_seed(0x2545_F491_4F6C_DD1D);
    let mut rejected = 0;
    for round in 0..2000 {
        let mut value = built_in_value();
        if round > 0 {
            for _ in 0..1 + rng.below(3) {
                replace_random_node(&mut value, &mut rng);
            }
        }
        let text = value.to_string();
        let by_serde = serde_json::from_str::<Dataset>(&text);
        let Some(by_reader) = check_json(&text, None).dataset else {
            rejected += 1;
            assert!(by_serde.is_err(), "round {round}: only the reader rejects {text}");
            continue;
        };
        assert_eq!(by_serde.ok().as_ref(), Some(&by_reader), "round {round}: only serde rejects, or they differ");
    }
    assert!(rejected > 1000, "most random replacements break the structure ({rejected})");
}

#[test]
fn every_structural_problem_is_reported_at_once() {
    let problems = problems_after(|v| {
        v["options"][2]["name"] = json!(42);
        v["options"][0]["summray"] = json!("x");
        v["meta"].as_object_mut().unwrap().remove("reviewed");
        v["sources"][3]["year"] = json!(20.5);
        v["rules"][1]["fit"] = json!("maybe");
    });
    let expected = [
        "error: options[2].name: invalid type: integer `42`, expected a string",
        "error: options[0].summray: unknown field `summray`",
        "error: meta: missing field `reviewed`",
        "error: sources[3].year: invalid type: a number with a fraction, expected a whole number from 0 to 65535",
        "error: rules[1].fit: unknown variant `maybe`, expected one of `likely`, `possible`, `unlikely`",
    ];
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
    for wanted in expected {
        assert!(problems.iter().any(|p| p.starts_with(wanted)), "wanted {wanted:?} in {problems:#?}");
    }
}

#[test]
fn a_repeated_key_is_an_error() {
    let text = mrcc_check::BUILT_IN_EN.replacen("\"title\":", "\"title\": \"Twice\", \"title\":", 1);
    let problems: Vec<String> = check_json(&text, None).problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems, ["error: meta.title: duplicate field `title`"]);
}

/// The one JSON parser the CLI and the validator module share: standard JSON in, every
/// malformed text refused with its line and column, a repeated key reported (where the
/// browser's `JSON.parse` would silently keep the last one).
#[test]
fn the_shared_json_parser_reads_standard_json_and_names_where_it_stops() {
    use mrcc_check::{parse_json, Json};
    let parsed =
        parse_json(" {\"a\": [1, -2.5e3, 0, true, false, null], \"b\": \"\\u00e9\\ud83d\\ude00\\n\\\"\"} ").unwrap();
    assert_eq!(
        parsed,
        Json::Object(vec![
            (
                "a".into(),
                Json::Array(vec![
                    Json::Number(1.0),
                    Json::Number(-2500.0),
                    Json::Number(0.0),
                    Json::Bool(true),
                    Json::Bool(false),
                    Json::Null
                ])
            ),
            ("b".into(), Json::String("é😀\n\"".into())),
        ])
    );
    // The parser agrees with serde_json on what is JSON.
    for text in [
        "",
        "{",
        "[1,]",
        "{\"a\" 1}",
        "012",
        "1.",
        "1e",
        "-",
        "\"\\x\"",
        "\"a\nb\"",
        "\"\\ud800\"",
        "nul",
        "[1] 2",
        "{\"a\":1,}",
        "1e999",
        "\"\\u12\"",
        "{1:2}",
        "[",
        "[[[[]]]]",
        "0.5",
        "-0",
        "\"\"",
        "{}",
        "[]",
    ] {
        let ours = parse_json(text).is_ok();
        let theirs = serde_json::from_str::<serde_json::Value>(text).is_ok();
        assert_eq!(ours, theirs, "{text:?}");
    }
    let error = parse_json("{\n  \"a\": [1,\n  2,,]\n}").unwrap_err();
    assert_eq!(error, "expected a JSON value at line 3 column 5");
    let deep = "[".repeat(100) + &"]".repeat(100);
    assert!(parse_json(&deep).unwrap_err().starts_with("expected JSON nested at most 64 levels deep"));
    // A repeated key reaches the reader, which reports it with its path.
    let mut text = mrcc_check::BUILT_IN_EN.to_owned();
    text = text.replacen("\"title\": \"Treatment options", "\"title\": \"Lost\", \"title\": \"Treatment options", 1);
    let report = check_json(&text, None);
    assert!(
        report.problems.iter().any(|p| p.to_string().starts_with("error: meta.title: duplicate field `title`")),
        "{:#?}",
        report.problems
    );
}

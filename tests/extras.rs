//! The knowledge check and the care team's page (`knowledge`, `care_team`): every question is
//! validated (its answer among its choices, an explanation and sources), the care team's terms
//! cover the dataset and nothing else, both languages ask the same questions with the same
//! answers, and the packer carries both to the widget as the JSON text its modules read.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::built_in_value;
use mrcc_check::check_json;
use mrcc_model::{extras, merge, pack, split, unpack, CareTeam, Dataset, Knowledge};
use serde_json::{json, Value};

fn reviewed(language: &str) -> Value {
    let text = mrcc_check::built_in(language).expect("a built-in language");
    let mut value: Value = serde_json::from_str(text).expect("the built-in dataset is JSON");
    value["meta"]["hospital"] = json!("Example Hospital");
    value["meta"]["hospital_reviewers"] = json!(["A. Oncologist, MD"]);
    value["meta"]["hospital_reviewed"] = json!("2026-11-20");
    value
}

fn errors_after(change: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut value = reviewed("en");
    change(&mut value);
    check_json(&value.to_string(), Some("2026-11-26"))
        .problems
        .iter()
        .filter(|p| p.is_error())
        .map(ToString::to_string)
        .collect()
}

fn dataset(language: &str) -> Dataset {
    let (dataset, _) = check_json(mrcc_check::built_in(language).unwrap(), None).usable().expect("valid");
    dataset
}

#[test]
fn the_built_in_content_has_both_sections_in_both_languages() {
    for language in ["en", "es"] {
        let value = reviewed(language);
        let errors = check_json(&value.to_string(), Some("2026-11-26")).problems;
        assert!(errors.iter().all(|p| !p.is_error()), "{language}: {errors:?}");
        let dataset = dataset(language);
        let knowledge = dataset.knowledge.as_ref().expect("a knowledge check");
        assert!((3..=5).contains(&knowledge.questions.len()));
        assert!(dataset.care_team.is_some(), "{language}: a page for the care team");
    }
    assert_eq!(built_in_value()["knowledge"], reviewed("en")["knowledge"]);
}

#[test]
fn each_question_is_checked_and_each_term_is_required() {
    #[rustfmt::skip]
    let cases: Vec<(Box<dyn FnOnce(&mut Value)>, &str)> = vec![
        (Box::new(|v| v["knowledge"]["questions"][0]["answer"] = json!("maybe")), "error: knowledge.questions[0].answer: expected the id of one of its choices, found \"maybe\""),
        (Box::new(|v| v["knowledge"]["questions"][1]["explanation"] = json!(" ")), "error: knowledge.questions[1].explanation: expected non-empty text"),
        (Box::new(|v| v["knowledge"]["questions"][2]["sources"] = json!(["nowhere"])), "error: knowledge.questions[2].sources[0]: expected the id of an entry in sources, found \"nowhere\""),
        (Box::new(|v| v["knowledge"]["questions"][3]["sources"] = json!([])), "error: knowledge.questions[3].sources: expected at least one source id"),
        (Box::new(|v| { v["knowledge"]["questions"].as_array_mut().unwrap().truncate(2); }), "error: knowledge.questions: expected 3 to 5 questions, found 2"),
        (Box::new(|v| { v["knowledge"]["questions"][0]["choices"].as_array_mut().unwrap().truncate(1); }), "error: knowledge.questions[0].choices: expected 2 to 4 answers to choose from, found 1"),
        (Box::new(|v| v["knowledge"]["questions"][1]["id"] = v["knowledge"]["questions"][0]["id"].clone()), "error: knowledge.questions[1].id: expected a unique id"),
        (Box::new(|v| v["knowledge"]["labels"]["score"] = json!("Well done")), "error: knowledge.labels.score: expected the text to contain {right}"),
        (Box::new(|v| { v["knowledge"]["labels"].as_object_mut().unwrap().remove("check"); }), "error: knowledge.labels: expected the label \"check\""),
        (Box::new(|v| { v["care_team"]["imdc"].as_object_mut().unwrap().remove("calcium"); }), "error: care_team.imdc: expected a term for the risk sign (imdc.factors) \"calcium\""),
        (Box::new(|v| { v["care_team"]["criteria"]["histology"]["choices"].as_object_mut().unwrap().remove("papillary"); }), "error: care_team.criteria.histology.choices: expected a term for the choice \"papillary\""),
        (Box::new(|v| v["care_team"]["options"]["homeopathy"] = json!("Homeopathy")), "error: care_team.options.homeopathy: expected the id of a option of the dataset"),
        (Box::new(|v| { v["care_team"]["criteria"].as_object_mut().unwrap().remove("risk"); }), "error: care_team.criteria: expected the criterion \"risk\""),
        (Box::new(|v| v["care_team"]["labels"]["sure_score"] = json!("SURE")), "error: care_team.labels.sure_score: expected the text to contain {score}"),
        (Box::new(|v| v["care_team"]["values"]["few-side-effects"] = json!("")), "error: care_team.values.few-side-effects: expected non-empty text"),
    ];
    for (change, expected) in cases {
        let errors = errors_after(change);
        assert!(errors.iter().any(|e| e.starts_with(expected)), "expected {expected:?}, got {errors:#?}");
    }
    // Neither section is required: a hospital's own content may leave them out.
    let errors = errors_after(|v| {
        let object = v.as_object_mut().unwrap();
        object.remove("knowledge");
        object.remove("care_team");
    });
    assert_eq!(errors, Vec::<String>::new());
}

#[test]
fn both_languages_ask_the_same_questions_with_the_same_answers() {
    let shape = |k: &Knowledge| -> Vec<(String, Vec<String>, String, Vec<String>)> {
        k.questions
            .iter()
            .map(|q| {
                (q.id.clone(), q.choices.iter().map(|c| c.id.clone()).collect(), q.answer.clone(), q.sources.clone())
            })
            .collect()
    };
    let (en, es) = (dataset("en"), dataset("es"));
    assert_eq!(shape(en.knowledge.as_ref().unwrap()), shape(es.knowledge.as_ref().unwrap()));
    let keys = |c: &CareTeam| {
        (c.labels.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>(), c.options.len(), c.imdc.len(), c.values.len())
    };
    assert_eq!(keys(en.care_team.as_ref().unwrap()), keys(es.care_team.as_ref().unwrap()));
}

#[test]
fn the_packer_carries_both_sections_as_json_text_in_the_details() {
    for language in ["en", "es"] {
        let mut dataset = dataset(language);
        extras::carry(&mut dataset);
        let carried = dataset.ui.get(extras::KEY).cloned().expect("the extras in the interface table");
        let text: Value = serde_json::from_str(&carried).expect("the extras are JSON");
        let knowledge: Knowledge = serde_json::from_value(text["knowledge"].clone()).expect("the knowledge check");
        let care: CareTeam = serde_json::from_value(text["care_team"].clone()).expect("the care team's page");
        assert_eq!(Some(&knowledge), dataset.knowledge.as_ref());
        assert_eq!(Some(&care), dataset.care_team.as_ref());
        // After the first render, with the details: not in the first screen's pack.
        let (start, details) = split(&dataset);
        let details_bytes = pack(&details);
        let (start, details) = (unpack(&pack(&start)).unwrap(), unpack(&details_bytes).unwrap());
        assert_eq!(start.ui.get(extras::KEY), None);
        let whole = merge(start, details).expect("the two parts merge");
        assert_eq!(whole.ui.get(extras::KEY), Some(&carried));
        // The typed sections are the validator's: never packed.
        assert!(whole.knowledge.is_none() && whole.care_team.is_none());
        // The last text of the details pack, where the knowledge module reads another
        // language's (`lastText` in mrcc-explorer-knowledge.js): its UTF-8 between the 0 byte
        // that ends the text before and its own.
        let end = details_bytes.len() - 1;
        assert_eq!(details_bytes[end], 0);
        let start = details_bytes[..end].iter().rposition(|&b| b == 0).unwrap() + 1;
        assert_eq!(std::str::from_utf8(&details_bytes[start..end]).unwrap(), carried);
    }
}

#[test]
fn text_is_escaped_as_json_and_a_dataset_cannot_set_the_extras() {
    let mut dataset = Dataset {
        knowledge: Some(Knowledge { title: "A \"quoted\" \\ line\nand a tab\t".into(), ..Knowledge::default() }),
        ..Dataset::default()
    };
    extras::carry(&mut dataset);
    let text: Value = serde_json::from_str(dataset.ui.get(extras::KEY).unwrap()).expect("JSON");
    assert_eq!(text["knowledge"]["title"], "A \"quoted\" \\ line\nand a tab\t");
    // Without either section the table is left as it is (a dataset unpacked from a pack).
    let mut unpacked = Dataset::default();
    unpacked.ui.insert(extras::KEY.to_owned(), "{\"knowledge\":{}}".to_owned());
    extras::carry(&mut unpacked);
    assert_eq!(unpacked.ui.get(extras::KEY).map(String::as_str), Some("{\"knowledge\":{}}"));
    // A dataset's own `ui` cannot put text there unchecked.
    let errors = errors_after(|v| v["ui"]["extras"] = json!("{\"knowledge\":{}}"));
    assert!(errors.iter().any(|e| e.starts_with("error: ui.extras: expected one of the interface keys")), "{errors:?}");
}

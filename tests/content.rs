//! The built-in dataset and the checks editors rely on.
#![cfg(not(target_arch = "wasm32"))]

use mrcc_explorer::content::{safe_href, validate, Dataset, BUILT_IN_EN};

const SEED: &str = include_str!("../content/seed-metastatic-kidney-cancer.txt");

/// Spelling and grammar fixed on the way from the seed to the dataset; nothing else may differ.
const SEED_CORRECTIONS: &[(&str, &str)] = &[
    ("interleuken-2", "interleukin-2"),
    ("from what those used as first line treatment", "from those used as first line treatment."),
    ("stage and address physical", "stage and addresses physical"),
];

fn built_in() -> Dataset {
    serde_json::from_str(BUILT_IN_EN).expect("the built-in dataset parses")
}

fn corrected_seed() -> String {
    let mut text = SEED.split_whitespace().collect::<Vec<_>>().join(" ");
    for (from, to) in SEED_CORRECTIONS {
        assert!(text.contains(from), "correction {from:?} no longer matches the seed");
        text = text.replace(from, to);
    }
    text
}

#[test]
fn built_in_dataset_is_valid() {
    let problems = validate(&built_in());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn built_in_dataset_has_the_seven_seed_options_in_seed_order() {
    let ids: Vec<_> = built_in().options.iter().map(|o| o.id.clone()).collect();
    assert_eq!(
        ids,
        [
            "cytoreductive-nephrectomy",
            "metastasectomy",
            "clinical-trial",
            "targeted-therapy",
            "high-dose-il2",
            "sbrt",
            "supportive-care",
        ]
    );
}

#[test]
fn option_texts_and_intro_are_the_seed_words() {
    let seed = corrected_seed();
    let dataset = built_in();
    for option in &dataset.options {
        let name = option.name.to_lowercase();
        assert!(seed.to_lowercase().contains(&name), "name not in seed: {}", option.name);
        assert!(seed.contains(&option.text), "text of {} not in seed: {}", option.id, option.text);
    }
    for paragraph in &dataset.intro {
        assert!(seed.contains(paragraph.as_str()), "intro not in seed: {paragraph}");
    }
    assert!(seed.contains(&dataset.options_heading));
    for link in &dataset.links {
        assert!(seed.contains(&link.label), "link label not in seed: {}", link.label);
    }
}

#[test]
fn unknown_fields_are_rejected_not_dropped() {
    let mut value: serde_json::Value = serde_json::from_str(BUILT_IN_EN).unwrap();
    value["options"][0]["summray"] = "typo".into();
    let error = serde_json::from_value::<Dataset>(value).unwrap_err().to_string();
    assert!(error.contains("unknown field `summray`"), "{error}");
}

fn problems_after(change: impl FnOnce(&mut Dataset)) -> Vec<String> {
    let mut dataset = built_in();
    change(&mut dataset);
    validate(&dataset).iter().map(ToString::to_string).collect()
}

#[test]
fn each_semantic_problem_names_its_path() {
    let cases: Vec<(Box<dyn FnOnce(&mut Dataset)>, &str)> = vec![
        (Box::new(|d| d.options[1].id = d.options[0].id.clone()), "options[1].id: expected an id not used by another option"),
        (Box::new(|d| d.options[2].id = "Clinical Trial".into()), "options[2].id: expected an id of lowercase letters"),
        (Box::new(|d| d.options[3].text = "  ".into()), "options[3].text: expected non-empty text"),
        (Box::new(|d| d.options.clear()), "options: expected at least one treatment option"),
        (Box::new(|d| d.links[0].url = Some("javascript:alert(1)".into())), "links[0].url: expected an http(s), mailto or tel link"),
        (Box::new(|d| d.source.url = Some("data:text/html,x".into())), "source.url: expected an http(s), mailto or tel link"),
        (Box::new(|d| d.reviewed = "26/11/2026".into()), "reviewed: expected a date written YYYY-MM-DD"),
        (Box::new(|d| d.schema_version = 99), "schema_version: expected 1"),
        (Box::new(|d| d.intro[1] = String::new()), "intro[1]: expected non-empty text"),
        (Box::new(|d| d.title = String::new()), "title: expected non-empty text"),
    ];
    for (change, expected) in cases {
        let problems = problems_after(change);
        assert!(problems.iter().any(|p| p.starts_with(expected)), "wanted {expected:?}, got {problems:?}");
    }
}

#[test]
fn all_problems_are_reported_at_once() {
    let problems = problems_after(|d| {
        d.title.clear();
        d.options[0].name.clear();
        d.links[1].url = Some("ftp://example.org".into());
    });
    assert_eq!(problems.len(), 3, "{problems:?}");
}

#[test]
fn only_web_mail_and_phone_links_are_safe() {
    let safe = ["https://example.org/a", "http://example.org", "mailto:care@example.org", "tel:+15551234567", " HTTPS://EXAMPLE.ORG "];
    for url in safe {
        assert_eq!(safe_href(url), Some(url.trim()), "{url}");
    }
    let unsafe_ = ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>", "vbscript:x", "/relative", "example.org", "https:", ""];
    for url in unsafe_ {
        assert_eq!(safe_href(url), None, "{url}");
    }
}

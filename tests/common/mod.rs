//! Helpers shared by the native test files.
#![allow(dead_code)]

use mrcc_check::{BUILT_IN_EN, BUILT_IN_ES};
use mrcc_model::Dataset;

pub fn built_in() -> Dataset {
    serde_json::from_str(BUILT_IN_EN).expect("the built-in dataset parses")
}

pub fn built_in_es() -> Dataset {
    serde_json::from_str(BUILT_IN_ES).expect("the built-in Spanish dataset parses")
}

pub fn built_in_value() -> serde_json::Value {
    serde_json::from_str(BUILT_IN_EN).expect("the built-in dataset parses")
}

/// Every reader-facing prose field with its JSON path: what the readability test reads.
/// Names, labels of choices and source titles are left out: they are names, not sentences.
pub fn prose(dataset: &Dataset) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |path: String, text: &str| out.push((path, text.to_owned()));
    let meta = &dataset.meta;
    for (field, text) in [
        ("decision", &meta.decision),
        ("disclaimer", &meta.disclaimer),
        ("update_policy", &meta.update_policy),
        ("funding", &meta.funding),
        ("conflicts", &meta.conflicts),
        ("authors", &meta.authors),
        ("urgent_help", &meta.urgent_help),
    ] {
        add(format!("meta.{field}"), text);
    }
    for (i, p) in dataset.condition.paragraphs.iter().enumerate() {
        add(format!("condition.paragraphs[{i}]"), p);
    }
    for (i, c) in dataset.criteria.iter().enumerate() {
        add(format!("criteria[{i}].label"), &c.label);
        add(format!("criteria[{i}].help"), &c.help);
    }
    for (i, o) in dataset.options.iter().enumerate() {
        let p = format!("options[{i}]");
        for (field, text) in [
            ("summary", &o.summary),
            ("what_it_is", &o.what_it_is),
            ("goal", &o.goal),
            ("what_it_involves", &o.what_it_involves),
            ("time_and_recovery", &o.time_and_recovery),
            ("living_with", &o.living_with),
            ("usually_for", &o.usually_for),
            ("default_reason", &o.default_reason),
        ] {
            add(format!("{p}.{field}"), text);
        }
        for (field, list) in [
            ("benefits", &o.benefits),
            ("harms", &o.harms),
            ("warning_signs", &o.warning_signs),
            ("questions", &o.questions),
        ] {
            for (j, text) in list.iter().enumerate() {
                add(format!("{p}.{field}[{j}]"), text);
            }
        }
        for (j, f) in o.figures.iter().enumerate() {
            add(format!("{p}.figures[{j}].text"), &f.text);
            if let Some(uncertainty) = &f.uncertainty {
                add(format!("{p}.figures[{j}].uncertainty"), uncertainty);
            }
        }
    }
    for (i, r) in dataset.rules.iter().enumerate() {
        add(format!("rules[{i}].reason"), &r.reason);
    }
    let imdc = &dataset.imdc;
    add("imdc.intro".into(), &imdc.intro);
    add("imdc.note".into(), &imdc.note);
    for (i, f) in imdc.factors.iter().enumerate() {
        add(format!("imdc.factors[{i}].detail"), &f.detail);
    }
    for (i, g) in dataset.glossary.iter().enumerate() {
        add(format!("glossary[{i}].definition"), &g.definition);
    }
    for (i, source) in dataset.sources.iter().enumerate() {
        if let Some(about) = &source.about {
            add(format!("sources[{i}].about"), about);
        }
    }
    out
}

/// The tests' one random generator: seeded, so that a failure reproduces.
pub struct Rng(fastrand::Rng);

impl Rng {
    pub fn with_seed(seed: u64) -> Rng {
        Rng(fastrand::Rng::with_seed(seed))
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        self.0.usize(..n.max(1))
    }

    pub fn byte(&mut self) -> u8 {
        self.0.u8(..)
    }
}

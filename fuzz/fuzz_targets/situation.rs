//! Any text as a `situation` attribute: parsed against the built-in dataset and evaluated,
//! never a panic, and every option always present.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use mrcc_check::BUILT_IN_EN;
use mrcc_core::rules::{evaluate, Situation};
use mrcc_model::Dataset;

fn dataset() -> &'static Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    DATASET.get_or_init(|| serde_json::from_str(BUILT_IN_EN).expect("the built-in dataset parses"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (situation, _) = Situation::parse(&text, dataset());
    assert_eq!(evaluate(dataset(), &situation).len(), dataset().options.len());
    let (again, warnings) = Situation::parse(&situation.to_query(dataset()), dataset());
    assert!(warnings.is_empty());
    assert_eq!(again, situation);
});

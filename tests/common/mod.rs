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

/// Every reader-facing prose field with its JSON path: what the readability tests read, from
/// the model's one declaration of prose fields (`Dataset::prose_fields`), which the validator
/// reads too.
pub fn prose(dataset: &Dataset) -> Vec<(String, String)> {
    let mut out = Vec::new();
    dataset.prose_fields(&mut |path, text| out.push((path.render(), text.to_owned())));
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

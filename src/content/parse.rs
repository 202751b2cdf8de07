//! Turning JSON into a [`Dataset`]: the structural problems first, from the
//! [reader](super::read), then, when the structure is sound, every semantic problem from
//! [`validate`](super::validate).

use super::json::Json;
use super::{read, validate, Dataset, Problem};

/// Everything known about a dataset text: the dataset when it parsed, and every problem.
#[derive(Debug)]
pub struct Report {
    pub dataset: Option<Dataset>,
    pub problems: Vec<Problem>,
}

impl Report {
    /// The dataset, if it parsed and has no errors (warnings allowed).
    pub fn usable(self) -> Result<(Dataset, Vec<Problem>), Vec<Problem>> {
        match self.dataset {
            Some(dataset) if !self.problems.iter().any(Problem::is_error) => Ok((dataset, self.problems)),
            _ => Err(self.problems),
        }
    }
}

/// Parses and validates `text`. `today` (YYYY-MM-DD) enables the overdue-review warning.
#[cfg(not(target_arch = "wasm32"))]
pub fn check_json(text: &str, today: Option<&str>) -> Report {
    use serde::Deserialize;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let json = Json::deserialize(&mut deserializer)
        .map_err(|error| Problem::error("dataset", error.to_string()))
        .and_then(|json| {
            deserializer
                .end()
                .map(|()| json)
                .map_err(|error| Problem::error("dataset", format!("unexpected text after the JSON value ({error})")))
        });
    match json {
        Ok(json) => check(&json, today),
        Err(problem) => Report { dataset: None, problems: vec![problem] },
    }
}

/// Reads and validates a JSON tree.
pub fn check(json: &Json, today: Option<&str>) -> Report {
    match read::dataset(json) {
        Ok(dataset) => Report { problems: validate(&dataset, today), dataset: Some(dataset) },
        Err(problems) => Report { dataset: None, problems },
    }
}

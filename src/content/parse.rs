//! Turning JSON into a [`Dataset`], with the path of the first structural error.
//!
//! serde stops at the first structural error (a wrong type, an unknown field, a missing field),
//! so that one is reported with its path; the semantic checks in [`validate`](super::validate)
//! then report every remaining problem at once. Natively serde_path_to_error finds the path;
//! the browser uses its own path-tracking tree (`embed::tree`), which is far smaller in wasm.

use super::{validate, Dataset, Problem};

/// Deserializes a dataset from any serde deserializer, naming the JSON path of a structural
/// error.
#[cfg(not(target_arch = "wasm32"))]
pub fn from_deserializer<'de, D>(deserializer: D) -> Result<Dataset, Problem>
where
    D: serde::Deserializer<'de>,
    D::Error: std::fmt::Display,
{
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let path = error.path().to_string();
        let path = if path == "." { "dataset".to_owned() } else { path };
        Problem::error(path, error.inner().to_string())
    })
}

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
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let parsed = from_deserializer(&mut deserializer).and_then(|dataset| {
        deserializer
            .end()
            .map(|()| dataset)
            .map_err(|error| Problem::error("dataset", format!("unexpected text after the JSON value ({error})")))
    });
    report(parsed, today)
}

/// Validates the result of a parse.
pub fn report(parsed: Result<Dataset, Problem>, today: Option<&str>) -> Report {
    match parsed {
        Ok(dataset) => Report { problems: validate(&dataset, today), dataset: Some(dataset) },
        Err(problem) => Report { dataset: None, problems: vec![problem] },
    }
}

//! The reader's answers, and the `situation` query string hosts use to pre-set them, e.g.
//! `histology=clear-cell&risk=favorable&primary=removed&sites=one-or-two&locations=lung,bone`.

use std::fmt;

use mrcc_model::small_map::SmallMap;
use mrcc_model::text::join;
use mrcc_model::Dataset;

/// The choices picked for each criterion. A criterion that is absent is unanswered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Situation {
    answers: SmallMap<String, Vec<String>>,
}

/// A part of a `situation` string that was ignored. Never an error: hosts' strings may be
/// older or newer than the dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SituationWarning {
    UnknownCriterion(String),
    UnknownChoice { criterion: String, choice: String },
    SeveralChoices { criterion: String },
}

impl fmt::Display for SituationWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SituationWarning::UnknownCriterion(id) => write!(f, "unknown criterion \"{id}\" ignored"),
            SituationWarning::UnknownChoice { criterion, choice } => {
                write!(f, "unknown choice \"{choice}\" for \"{criterion}\" ignored")
            }
            SituationWarning::SeveralChoices { criterion } => {
                write!(f, "\"{criterion}\" takes one choice; only the first was kept")
            }
        }
    }
}

impl Situation {
    /// The choices picked for `criterion`; empty when unanswered.
    pub fn chosen(&self, criterion: &str) -> &[String] {
        self.answers.get(criterion).map_or(&[], Vec::as_slice)
    }

    /// Whether the reader has answered nothing yet.
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty()
    }

    /// Replaces the answer to `criterion`. An empty list makes it unanswered.
    pub fn set(&mut self, criterion: &str, choices: Vec<String>) {
        if choices.is_empty() {
            self.answers.remove(criterion);
        } else {
            self.answers.insert(criterion.to_owned(), choices);
        }
    }

    /// Parses a query string against `dataset`'s criteria, keeping what is valid and
    /// reporting what was ignored.
    pub fn parse(query: &str, dataset: &Dataset) -> (Situation, Vec<SituationWarning>) {
        let mut situation = Situation::default();
        let mut warnings = Vec::new();
        let query = query.trim().trim_start_matches('?');
        for pair in query.split('&').filter(|pair| !pair.trim().is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = key.trim();
            let Some(criterion) = dataset.criterion(key) else {
                warnings.push(SituationWarning::UnknownCriterion(key.to_owned()));
                continue;
            };
            let mut picked = Vec::new();
            for choice in value.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                if !criterion.choices.iter().any(|c| c.id == choice) {
                    warnings
                        .push(SituationWarning::UnknownChoice { criterion: key.to_owned(), choice: choice.to_owned() });
                } else if !picked.iter().any(|p| p == choice) {
                    picked.push(choice.to_owned());
                }
            }
            if !criterion.multiple && picked.len() > 1 {
                warnings.push(SituationWarning::SeveralChoices { criterion: key.to_owned() });
                picked.truncate(1);
            }
            situation.set(key, picked);
        }
        (situation, warnings)
    }

    /// The query-string form, criteria in dataset order; `parse` reads it back unchanged.
    pub fn to_query(&self, dataset: &Dataset) -> String {
        let pairs: Vec<String> = dataset
            .criteria
            .iter()
            .filter_map(|criterion| {
                let chosen = self.chosen(&criterion.id);
                (!chosen.is_empty()).then(|| format!("{}={}", criterion.id, join(chosen, ",")))
            })
            .collect();
        join(&pairs, "&")
    }
}

//! What the reader's summary lists, worked out from the dataset and the answers. Pure.

use super::state::{ExplorerState, Ratings};
use super::strings::Strings;
use mrcc_model::text::join;
use mrcc_model::{Dataset, Source};

/// Each criterion's label with the reader's answer in words.
pub fn answers<'a>(dataset: &'a Dataset, state: &ExplorerState, s: &Strings) -> Vec<(&'a str, String)> {
    dataset
        .criteria
        .iter()
        .map(|criterion| {
            let chosen: Vec<&str> = state
                .situation
                .chosen(&criterion.id)
                .iter()
                .filter_map(|id| criterion.choices.iter().find(|c| &c.id == id).map(|c| c.label.as_str()))
                .collect();
            let answer = if chosen.is_empty() { s.not_answered().to_owned() } else { join(&chosen, ", ") };
            (criterion.label.as_str(), answer)
        })
        .collect()
}

/// The sources the options cite, each once, in order of first citation.
pub fn cited_sources(dataset: &Dataset) -> Vec<&Source> {
    let mut seen = Vec::new();
    for id in dataset.options.iter().flat_map(|o| &o.sources) {
        if let Some(source) = dataset.source(id) {
            if !seen.iter().any(|s: &&Source| s.id == source.id) {
                seen.push(source);
            }
        }
    }
    seen
}

/// What the SURE answers say, once all four are given.
pub fn sure_result<'a>(ratings: &Ratings, s: &'a Strings) -> Option<&'a str> {
    let yes = ratings.sure_yes_count()?;
    Some(if yes == ratings.sure.len() { s.sure_all_yes() } else { s.sure_some_no() })
}

/// The option the reader leans toward, in words.
pub fn leaning<'a>(dataset: &'a Dataset, state: &ExplorerState, s: &'a Strings) -> &'a str {
    match state.ratings.leaning.as_deref() {
        None => s.not_answered(),
        Some("") => s.leaning_unsure(),
        Some(id) => dataset.options.iter().find(|o| o.id == id).map_or(s.not_answered(), |o| o.name.as_str()),
    }
}

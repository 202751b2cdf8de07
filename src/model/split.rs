//! The built-in content in two packs: what the first screen needs, and what only an opened
//! option, the opened risk checklist, an opened glossary word, the comparison and the summary
//! need (each option's full text, figures and warning signs, the risk checklist's text, the
//! condition's figures on how long people live (shown when the reader asks), the glossary's meanings, the sources and which ones each option and rule cites, the rules' ids, the
//! statements of "What matters to me", who wrote the content and how it is kept current, and the
//! interface strings only those show). The second is about two thirds of the content; the element fetches
//! it after the first render, so the first screen does not wait for text nobody has opened yet.
//!
//! A host's own dataset arrives whole (the validator module packs it in one piece).

use std::mem::{swap, take};

use super::Dataset;

/// Splits `dataset` into its first-screen part and its details. [`merge`] puts them back.
pub fn split(dataset: &Dataset) -> (Dataset, Dataset) {
    let mut start = dataset.clone();
    // The sources (and which ones each option and rule cites) and the risk checklist's text are
    // shown only once opened or in the summary.
    let mut details = Dataset {
        sources: take(&mut start.sources),
        imdc: take(&mut start.imdc),
        // "What matters to me" is far down the page: it appears with the details.
        values: take(&mut start.values),
        ..Dataset::default()
    };
    details.meta.language = start.meta.language.clone();
    // The interface strings that only those parts show, and the extras, which modules loaded
    // later read.
    for key in crate::interface::DETAILS_ONLY_KEYS.iter().chain([&crate::extras::KEY]) {
        if let Some(text) = start.ui.remove(*key) {
            details.ui.insert((*key).to_owned(), text);
        }
    }
    // The condition's figures on how long people live: shown only when the reader asks.
    details.condition.numbers = take(&mut start.condition.numbers);
    // The glossary's meanings: shown when a word is opened, and in the glossary at the end.
    // Its words stay: they mark the text from the first render on.
    for entry in &mut start.glossary {
        let definition = take(&mut entry.definition);
        details.glossary.push(super::GlossaryEntry { term: entry.term.clone(), definition, ..Default::default() });
    }
    // Rules are matched by position: their ids, like the sources they cite, only the details need.
    for rule in &mut start.rules {
        details.rules.push(super::FitRule {
            id: take(&mut rule.id),
            sources: take(&mut rule.sources),
            ..Default::default()
        });
    }
    // Who wrote the content and how it is kept current: the about section at the page's end
    // shows them once the details are there.
    let (meta, moved) = (&mut start.meta, &mut details.meta);
    moved.authors = take(&mut meta.authors);
    moved.publisher = take(&mut meta.publisher);
    moved.update_policy = take(&mut meta.update_policy);
    moved.funding = take(&mut meta.funding);
    moved.conflicts = take(&mut meta.conflicts);
    moved.disclaimer = take(&mut meta.disclaimer);
    for option in &mut start.options {
        let mut moved = super::TreatmentOption { id: option.id.clone(), ..Default::default() };
        move_details(option, &mut moved);
        details.options.push(moved);
    }
    (start, details)
}

/// The whole dataset from its two parts; `None` when they do not belong together (another
/// language or version of the content: not the same options in the same order). Takes both by
/// value and moves the details in: cloning a dataset would put the model's `Clone` code (4 KB)
/// into the widget's wasm, and the core unpacks the first part again instead.
// `#[inline]` compiles it in the core, with the core's copies of the generic code it shares
// (drops, `Vec`), instead of a second set in this crate: 125 bytes brotli for the four.
#[inline]
pub fn merge(mut start: Dataset, mut details: Dataset) -> Option<Dataset> {
    let same_options = start.meta.language == details.meta.language
        && start.options.len() == details.options.len()
        && start.options.iter().zip(&details.options).all(|(a, b)| a.id == b.id)
        && start.rules.len() == details.rules.len()
        && start.rules.iter().all(|rule| rule.id.is_empty())
        && start.glossary.len() == details.glossary.len()
        && start.glossary.iter().zip(&details.glossary).all(|(a, b)| a.term == b.term);
    if !same_options || !start.sources.is_empty() {
        return None;
    }
    // Swapped, not assigned: the first part's fields are empty, and the details, with the empty
    // values, are dropped in one piece (an assignment compiled a drop of each old value).
    swap(&mut start.sources, &mut details.sources);
    for (key, text) in take(&mut details.ui).0 {
        start.ui.insert(key, text);
    }
    swap(&mut start.imdc, &mut details.imdc);
    swap(&mut start.values, &mut details.values);
    swap(&mut start.condition.numbers, &mut details.condition.numbers);
    for (entry, from) in start.glossary.iter_mut().zip(&mut details.glossary) {
        swap(&mut entry.definition, &mut from.definition);
    }
    for (rule, from) in start.rules.iter_mut().zip(&mut details.rules) {
        swap(&mut rule.id, &mut from.id);
        swap(&mut rule.sources, &mut from.sources);
    }
    let (meta, moved) = (&mut start.meta, &mut details.meta);
    swap(&mut meta.authors, &mut moved.authors);
    swap(&mut meta.publisher, &mut moved.publisher);
    swap(&mut meta.update_policy, &mut moved.update_policy);
    swap(&mut meta.funding, &mut moved.funding);
    swap(&mut meta.conflicts, &mut moved.conflicts);
    swap(&mut meta.disclaimer, &mut moved.disclaimer);
    for (option, from) in start.options.iter_mut().zip(&mut details.options) {
        move_details(from, option);
    }
    Some(start)
}

/// Whether an option's full text is there (always, except in a first-screen part).
pub fn has_details(option: &super::TreatmentOption) -> bool {
    !option.what_it_is.is_empty()
}

/// Moves the fields that only the details show from `from` to `to`, whose fields are empty:
/// swapped, so the empty values go to `from`. (An assignment compiled a drop of each old value
/// into the core, where these run when the details arrive.)
fn move_details(from: &mut super::TreatmentOption, to: &mut super::TreatmentOption) {
    swap(&mut to.what_it_is, &mut from.what_it_is);
    swap(&mut to.goal, &mut from.goal);
    swap(&mut to.what_it_involves, &mut from.what_it_involves);
    swap(&mut to.time_and_recovery, &mut from.time_and_recovery);
    swap(&mut to.benefits, &mut from.benefits);
    swap(&mut to.harms, &mut from.harms);
    swap(&mut to.living_with, &mut from.living_with);
    swap(&mut to.warning_signs, &mut from.warning_signs);
    swap(&mut to.usually_for, &mut from.usually_for);
    swap(&mut to.figures, &mut from.figures);
    swap(&mut to.questions, &mut from.questions);
    swap(&mut to.sources, &mut from.sources);
}

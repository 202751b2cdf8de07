//! Which options are often, sometimes or rarely used in situations like the reader's, and why.
//!
//! The rules are data ([`FitRule`]); this module only applies them. It never hides an option:
//! a decision aid shows every option, ordered and explained. Pure Rust, no browser APIs.

mod situation;

pub use situation::{Situation, SituationWarning};

use mrcc_model::small_map::SmallMap;
use mrcc_model::{Dataset, Fit, FitRule, TreatmentOption};

/// The fit of one option for a situation, with the reasons to show.
#[derive(Clone, Debug, PartialEq)]
pub struct OptionFit<'a> {
    pub option: &'a TreatmentOption,
    /// The option's position in `dataset.options`.
    pub index: usize,
    pub fit: Fit,
    pub reasons: Vec<&'a str>,
}

/// Every option of `dataset` with its fit, ordered likely, possible, unlikely (dataset order
/// within each group).
///
/// An option takes the most cautious fit among the rules that match (`unlikely` over
/// `possible` over `likely`), with those rules' reasons; when none matches, its default.
pub fn evaluate<'a>(dataset: &'a Dataset, situation: &Situation) -> Vec<OptionFit<'a>> {
    // Each rule is matched once and filed under its option, found by binary search: linear in
    // the rules, where scanning every rule for every option grew with their product.
    let mut by_id = SmallMap::new();
    for (index, option) in dataset.options.iter().enumerate() {
        by_id.insert(option.id.as_str(), index);
    }
    let mut matching: Vec<Vec<&FitRule>> = vec![Vec::new(); dataset.options.len()];
    for rule in dataset.rules.iter().filter(|rule| matches(rule, situation)) {
        if let Some(&index) = by_id.get(rule.option.as_str()) {
            matching[index].push(rule);
        }
    }
    let fits: Vec<OptionFit> = dataset
        .options
        .iter()
        .zip(matching)
        .enumerate()
        .map(|(index, (option, matching))| match matching.iter().map(|rule| rule.fit).max() {
            Some(fit) => OptionFit {
                option,
                index,
                fit,
                reasons: matching.iter().filter(|rule| rule.fit == fit).map(|rule| rule.reason.as_str()).collect(),
            },
            None => OptionFit { option, index, fit: option.default_fit, reasons: vec![option.default_reason.as_str()] },
        })
        .collect();
    // Grouped by fit, keeping dataset order within each group. Partitioning, not sorting:
    // a sort would add about 6 KB of generic code to the wasm for three groups.
    let (mut ordered, rest): (Vec<_>, Vec<_>) = fits.into_iter().partition(|fit| fit.fit == Fit::Likely);
    let (possible, unlikely): (Vec<_>, Vec<_>) = rest.into_iter().partition(|fit| fit.fit == Fit::Possible);
    ordered.extend(possible);
    ordered.extend(unlikely);
    ordered
}

/// A rule matches when, for every criterion it names, the reader picked one of its choices.
/// An unanswered criterion matches nothing, so it can never make an option unlikely.
pub fn matches(rule: &FitRule, situation: &Situation) -> bool {
    rule.when
        .iter()
        .all(|(criterion, choices)| situation.chosen(criterion).iter().any(|picked| choices.contains(picked)))
}

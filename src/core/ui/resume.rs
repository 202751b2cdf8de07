//! Continue later, or share: the reader's answers as positions in the dataset, and back.
//!
//! A link (`#mrcc1=…`) or a code the reader types is written and read by the element's share
//! module (`src/element/share-codec.js`), loaded only when a reader makes one or opens a page
//! from one: as Rust, the codec made the wasm every reader downloads first 5 KB (brotli)
//! larger. Here is only what must know the dataset and the state: the answers as a list of
//! small numbers ([`positions`]), the dataset's ids the codec names them by ([`structure`]),
//! and the way back ([`actions`]): the reader's own actions that fill them in, from any list,
//! from any link, keeping only what the dataset defines (fuzzed: `fuzz/fuzz_targets/resume.rs`).
//!
//! The list, in this order: for each criterion, a 0 or 1 per choice when several may apply,
//! else 0 (unanswered) or the choice's position plus 1; for each "what matters" statement 0
//! (not rated) or 1 to 3 (not, somewhat, very important); the four SURE answers, 0 (none), 1
//! (yes) or 2 (no); the leaning, 0 (none), 1 (not sure yet) or the option's position plus 2;
//! for each option's each question, 1 when the reader chose it; "none of these signs", then
//! each risk sign, 0 or 1. Never text the reader typed: their own questions are not options'.

use super::state::{Action, ExplorerState, Importance, SURE_ITEMS};
use crate::rules::Situation;
use mrcc_model::Dataset;

/// What a link or code may carry beyond the answers, as the reader ticks it in (bits).
pub const INCLUDE_RATINGS: u8 = 1;
pub const INCLUDE_QUESTIONS: u8 = 2;
pub const INCLUDE_SIGNS: u8 = 4;

/// The ids the codec names the positions by, one line per part: `c <criterion> <1 or +>
/// <choice,...>` for each criterion (`+`: several may apply), then `v <value,...>`, `o
/// <option>:<number of questions>,...`, `f <sign,...>`.
pub fn structure(dataset: &Dataset) -> String {
    let mut out = String::new();
    for criterion in &dataset.criteria {
        out += "c ";
        out += &criterion.id;
        out += if criterion.multiple { " + " } else { " 1 " };
        for (i, choice) in criterion.choices.iter().enumerate() {
            out += if i == 0 { "" } else { "," };
            out += &choice.id;
        }
        out.push('\n');
    }
    out += "v ";
    for (i, value) in dataset.values.iter().enumerate() {
        out += if i == 0 { "" } else { "," };
        out += &value.id;
    }
    out += "\no ";
    for (i, option) in dataset.options.iter().enumerate() {
        out += if i == 0 { "" } else { "," };
        out += &option.id;
        out += ":";
        out += &option.questions.len().to_string();
    }
    out += "\nf ";
    for (i, factor) in dataset.imdc.factors.iter().enumerate() {
        out += if i == 0 { "" } else { "," };
        out += &factor.id;
    }
    out
}

/// The reader's answers as positions (see the module docs), one character each, its code
/// point the number plus 48 (`'0'`): a string crosses to JavaScript in the same glue as every
/// other, where a list of numbers brought its own. All of them: the codec leaves out what the
/// reader did not tick in.
pub fn positions(dataset: &Dataset, state: &ExplorerState) -> String {
    let mut out = String::new();
    let mut put = |n: usize| out.push(char::from_u32(48 + n as u32).unwrap_or('0'));
    for criterion in &dataset.criteria {
        let chosen = state.situation.chosen(&criterion.id);
        if criterion.multiple {
            criterion.choices.iter().for_each(|c| put(usize::from(chosen.contains(&c.id))));
        } else {
            put(chosen.first().and_then(|id| criterion.choices.iter().position(|c| &c.id == id)).map_or(0, |i| i + 1));
        }
    }
    let ratings = &state.ratings;
    dataset.values.iter().for_each(|v| put(ratings.values.get(&v.id).map_or(0, |&i| i as usize + 1)));
    ratings.sure.iter().for_each(|a| put(a.map_or(0, |yes| if yes { 1 } else { 2 })));
    put(match ratings.leaning.as_deref() {
        None => 0,
        Some("") => 1,
        Some(id) => dataset.option_index(id).map_or(0, |i| i + 2),
    });
    for option in &dataset.options {
        option.questions.iter().for_each(|q| put(usize::from(state.questions.contains(q))));
    }
    put(usize::from(state.no_risk_factors));
    dataset.imdc.factors.iter().for_each(|f| put(usize::from(state.risk_factors.contains(f.id.as_str()))));
    out
}

/// The actions that fill in what `positions` (as [`positions`] writes them) give, for the
/// parts `include` names, over the reader's `state`: a number the dataset has no place for is
/// left out, and a list too short ends where it ends. The answers are replaced; the other parts
/// are set where the list sets them, as the reader's own clicks would.
pub fn actions(dataset: &Dataset, positions: &str, include: u8, state: &ExplorerState) -> Vec<Action> {
    let mut next = positions.chars().map(|c| (c as usize).saturating_sub(48));
    let mut take = move || next.next().unwrap_or(0);
    let mut situation = Situation::default();
    for criterion in &dataset.criteria {
        let chosen: Vec<String> = if criterion.multiple {
            criterion.choices.iter().filter(|_| take() == 1).map(|c| c.id.clone()).collect()
        } else {
            take().checked_sub(1).and_then(|i| criterion.choices.get(i)).map(|c| c.id.clone()).into_iter().collect()
        };
        situation.set(&criterion.id, chosen);
    }
    let mut out = vec![Action::SetSituation(situation)];
    let mut then = |wanted: u8, action: Action| {
        if include & wanted != 0 {
            out.push(action);
        }
    };
    for value in &dataset.values {
        if let Some(&importance) = take().checked_sub(1).and_then(|i| Importance::ALL.get(i)) {
            then(INCLUDE_RATINGS, Action::Rate { value: value.id.clone(), importance });
        }
    }
    for item in 0..SURE_ITEMS {
        if let Some(yes) = [None, Some(true), Some(false)].get(take()).copied().flatten() {
            then(INCLUDE_RATINGS, Action::Sure { item, yes });
        }
    }
    let leaning = match take() {
        0 => None,
        1 => Some(String::new()),
        at => dataset.options.get(at - 2).map(|o| o.id.clone()),
    };
    if let Some(leaning) = leaning {
        then(INCLUDE_RATINGS, Action::Lean(leaning));
    }
    for question in dataset.options.iter().flat_map(|o| &o.questions) {
        if take() == 1 && !state.questions.contains(question) {
            then(INCLUDE_QUESTIONS, Action::AddQuestion(question.clone()));
        }
    }
    // The risk signs by the checklist's toggles: "none of these signs" clears the others.
    if take() == 1 {
        if !state.no_risk_factors {
            then(INCLUDE_SIGNS, Action::ToggleNoRiskFactors);
        }
    } else {
        for factor in &dataset.imdc.factors {
            if (take() == 1) != state.risk_factors.contains(factor.id.as_str()) {
                then(INCLUDE_SIGNS, Action::ToggleRiskFactor(factor.id.clone()));
            }
        }
    }
    out
}

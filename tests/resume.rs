//! "Continue later, or share", the core's part (src/core/ui/resume.rs), natively: the answers as
//! positions and back through the reader's own actions, every part or only what was ticked in;
//! a list from any link or code, however odd, never panics and fills in only what the dataset
//! defines. The codec itself is JavaScript (tests/element/share-codec.test.mjs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::Rng;
use mrcc_core::ui::resume::{actions, positions, structure, INCLUDE_QUESTIONS, INCLUDE_RATINGS, INCLUDE_SIGNS};
use mrcc_core::ui::state::{Action, ExplorerState, Importance};
use mrcc_model::Dataset;

/// A reader's state made by clicks: some answers, ratings, SURE answers, a leaning, option
/// questions, one typed question, risk signs.
fn reader(dataset: &Dataset, rng: &mut Rng) -> ExplorerState {
    let mut state = ExplorerState::default();
    for criterion in &dataset.criteria {
        for choice in &criterion.choices {
            if rng.below(3) == 0 {
                let (criterion, choice) = (criterion.id.clone(), choice.id.clone());
                state.apply(Action::Toggle { criterion, choice });
            }
        }
    }
    for value in &dataset.values {
        if let Some(&importance) = Importance::ALL.get(rng.below(4)) {
            state.apply(Action::Rate { value: value.id.clone(), importance });
        }
    }
    for item in 0..4 {
        if rng.below(3) > 0 {
            state.apply(Action::Sure { item, yes: rng.below(2) == 0 });
        }
    }
    match rng.below(dataset.options.len() + 2) {
        0 => {}
        1 => drop(state.apply(Action::Lean(String::new()))),
        n => drop(state.apply(Action::Lean(dataset.options[n - 2].id.clone()))),
    }
    for question in dataset.options.iter().flat_map(|o| &o.questions) {
        if rng.below(4) == 0 {
            state.apply(Action::AddQuestion(question.clone()));
        }
    }
    state.apply(Action::AddQuestion("My own question, never in a link".into()));
    for factor in &dataset.imdc.factors {
        if rng.below(3) == 0 {
            state.apply(Action::ToggleRiskFactor(factor.id.clone()));
        }
    }
    state
}

fn filled(dataset: &Dataset, list: &str, include: u8) -> ExplorerState {
    let mut state = ExplorerState::default();
    for action in actions(dataset, list, include, &state.clone()) {
        state.apply(action);
    }
    state
}

#[test]
fn positions_fill_every_part_back_in_and_only_what_was_ticked() {
    let dataset = common::built_in();
    let mut rng = Rng::with_seed(32);
    for round in 0..200 {
        let state = reader(&dataset, &mut rng);
        let list = positions(&dataset, &state);
        let all = filled(&dataset, &list, INCLUDE_RATINGS | INCLUDE_QUESTIONS | INCLUDE_SIGNS);
        // Several choices of a single-choice criterion keep the first, as the page does.
        let (answers, _) = mrcc_core::rules::Situation::parse(&state.situation.to_query(&dataset), &dataset);
        assert_eq!(all.situation, answers, "round {round}");
        assert_eq!(all.ratings, state.ratings, "round {round}");
        assert_eq!(all.risk_factors, state.risk_factors, "round {round}");
        let chosen: Vec<&String> =
            state.questions.iter().filter(|q| q.as_str() != "My own question, never in a link").collect();
        let mut back: Vec<&String> = all.questions.iter().collect();
        let mut expected = chosen.clone();
        back.sort();
        expected.sort();
        assert_eq!(back, expected, "round {round}: the options' questions, never the typed one");
        assert_eq!(positions(&dataset, &all), list, "round {round}");

        let answers_only = filled(&dataset, &list, 0);
        assert_eq!(answers_only.situation, answers);
        assert_eq!(answers_only.ratings, Default::default());
        assert!(answers_only.questions.is_empty() && answers_only.risk_factors.is_empty());
    }
}

#[test]
fn any_list_fills_in_only_what_the_dataset_defines() {
    let dataset = common::built_in();
    let mut rng = Rng::with_seed(7);
    for _ in 0..2000 {
        let list: String =
            (0..rng.below(90)).map(|_| char::from_u32(48 + rng.below(70) as u32).unwrap_or('0')).collect();
        let state = filled(&dataset, &list, 7);
        for criterion in &dataset.criteria {
            let chosen = state.situation.chosen(&criterion.id);
            assert!(chosen.iter().all(|c| criterion.choices.iter().any(|d| &d.id == c)));
            assert!(criterion.multiple || chosen.len() <= 1);
        }
        assert!(state.ratings.values.iter().all(|(id, _)| dataset.values.iter().any(|v| &v.id == id)));
        let leaning = state.ratings.leaning.as_deref().unwrap_or_default();
        assert!(leaning.is_empty() || dataset.option_index(leaning).is_some());
        assert!(state.questions.iter().all(|q| dataset.options.iter().any(|o| o.questions.contains(q))));
        let known = dataset.imdc.factors.iter().filter(|f| state.risk_factors.contains(f.id.as_str())).count();
        assert_eq!(known, state.risk_factors.len());
        assert!(!(state.no_risk_factors && !state.risk_factors.is_empty()));
    }
    // Characters far outside the numbers' range, and nothing at all.
    let odd = filled(&dataset, "\u{10ffff}\u{0}\u{7f}", 7);
    assert_eq!(positions(&dataset, &odd).len(), positions(&dataset, &ExplorerState::default()).len());
    let empty = filled(&dataset, "", 7);
    assert!(empty.situation.is_empty() && empty.ratings == Default::default() && empty.questions.is_empty());
}

#[test]
fn the_structure_names_every_id_the_positions_stand_for() {
    let dataset = common::built_in();
    let text = structure(&dataset);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), dataset.criteria.len() + 3);
    for (line, criterion) in lines.iter().zip(&dataset.criteria) {
        let choices: Vec<&str> = criterion.choices.iter().map(|c| c.id.as_str()).collect();
        let kind = if criterion.multiple { "+" } else { "1" };
        assert_eq!(*line, format!("c {} {kind} {}", criterion.id, choices.join(",")));
    }
    let options: Vec<String> = dataset.options.iter().map(|o| format!("{}:{}", o.id, o.questions.len())).collect();
    assert_eq!(lines[lines.len() - 2], format!("o {}", options.join(",")));
    // As many positions as the structure has places.
    let places: usize = dataset.criteria.iter().map(|c| if c.multiple { c.choices.len() } else { 1 }).sum::<usize>()
        + dataset.values.len()
        + 5
        + dataset.options.iter().map(|o| o.questions.len()).sum::<usize>()
        + 1
        + dataset.imdc.factors.len();
    assert_eq!(positions(&dataset, &ExplorerState::default()).chars().count(), places);
}

//! The explorer's state changes, its plain-text summary and glossary marking, natively.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use mrcc_core::ui::prose::{split_terms, Segment};
use mrcc_core::ui::state::{Action, ExplorerState, MAX_COMPARED};
use yew::Reducible;

fn apply(actions: Vec<Action>) -> Rc<ExplorerState> {
    actions.into_iter().fold(Rc::new(ExplorerState::default()), |state, action| state.reduce(action))
}

fn answer(criterion: &str, choice: &str) -> Action {
    Action::Answer { criterion: criterion.into(), choice: choice.into() }
}

#[test]
fn answers_toggles_and_start_over() {
    let state = apply(vec![
        answer("risk", "poor"),
        answer("risk", "favorable"),
        Action::Toggle { criterion: "locations".into(), choice: "lung".into() },
        Action::Toggle { criterion: "locations".into(), choice: "bone".into() },
        Action::Toggle { criterion: "locations".into(), choice: "lung".into() },
        Action::AddQuestion("Can I keep working?".into()),
        Action::ToggleCompare("sbrt".into()),
        Action::ToggleRiskFactor("calcium".into()),
    ]);
    assert_eq!(state.situation.chosen("risk"), ["favorable"]);
    assert_eq!(state.situation.chosen("locations"), ["bone"]);
    let reset = state.reduce(Action::StartOver);
    assert_eq!(reset.situation.chosen("risk"), [] as [String; 0]);
    assert!(reset.compared.is_empty() && reset.risk_factors.is_empty());
    assert_eq!(reset.questions, ["Can I keep working?"], "start over keeps the reader's own questions");
}

#[test]
fn comparison_holds_at_most_three() {
    let state = apply(["a", "b", "c", "d"].map(|id| Action::ToggleCompare(id.into())).to_vec());
    assert_eq!(state.compared, ["a", "b", "c"]);
    assert_eq!(state.compared.len(), MAX_COMPARED);
    let state = state.reduce(Action::ToggleCompare("b".into())).reduce(Action::ToggleCompare("d".into()));
    assert_eq!(state.compared, ["a", "c", "d"]);
}

#[test]
fn a_copy_outcome_lasts_until_the_list_changes() {
    let state = apply(vec![Action::AddQuestion("What is next?".into()), Action::Copied(true)]);
    assert_eq!(state.copied, Some(true));
    assert_eq!(state.clone().reduce(Action::StartOver).copied, Some(true), "start over keeps the list");
    assert_eq!(state.clone().reduce(Action::AddQuestion("Who do I call?".into())).copied, None);
    assert_eq!(state.clone().reduce(Action::RemoveQuestion(0)).copied, None);
    assert_eq!(state.reduce(Action::Copied(false)).copied, Some(false));
}

#[test]
fn questions_are_trimmed_unique_and_removable() {
    let state = apply(vec![
        Action::AddQuestion("  What is next?  ".into()),
        Action::AddQuestion("What is next?".into()),
        Action::AddQuestion("   ".into()),
        Action::AddQuestion("Who do I call?".into()),
        Action::RemoveQuestion(7),
    ]);
    assert_eq!(state.questions, ["What is next?", "Who do I call?"]);
    assert_eq!(state.reduce(Action::RemoveQuestion(0)).questions, ["Who do I call?"]);
}

#[test]
fn glossary_terms_are_found_as_whole_words_once() {
    let glossary = common::built_in().glossary;
    let segments = split_terms("Metastatic cancer spread. Metastases again; nonmetastatic not.", &glossary);
    let terms: Vec<&str> = segments
        .iter()
        .filter_map(|s| match s {
            Segment::Term { text, .. } => Some(text.as_str()),
            Segment::Text(_) => None,
        })
        .collect();
    assert_eq!(terms, ["Metastatic"], "first whole-word use only, case kept");
    let rebuilt: String = segments
        .iter()
        .map(|s| match s {
            Segment::Term { text, .. } | Segment::Text(text) => text.as_str(),
        })
        .collect();
    assert_eq!(rebuilt, "Metastatic cancer spread. Metastases again; nonmetastatic not.");
    // Text whose lowercase changes length is left alone rather than cut mid-character.
    assert_eq!(split_terms("İmmunotherapy", &glossary), [Segment::Text("İmmunotherapy".into())]);
}

/// "None of these signs" and a ticked sign exclude each other; start over clears both.
#[test]
fn no_risk_signs_and_a_ticked_sign_exclude_each_other() {
    let state = apply(vec![Action::ToggleRiskFactor("calcium".into()), Action::ToggleNoRiskFactors]);
    assert!(state.no_risk_factors && state.risk_factors.is_empty());
    let state = state.reduce(Action::ToggleRiskFactor("platelets".into()));
    assert!(!state.no_risk_factors && state.risk_factors.contains("platelets"));
    let state = state.reduce(Action::ToggleNoRiskFactors).reduce(Action::StartOver);
    assert!(!state.no_risk_factors && state.risk_factors.is_empty());
}

/// Actions that remove or replace the pressed control say where focus goes, and what to
/// announce, once each.
#[test]
fn focus_moves_to_what_replaces_the_pressed_control() {
    use mrcc_core::ui::state::Said;
    let focus = |state: &ExplorerState| state.moved.as_ref().map(|m| (m.focus.clone(), m.said));
    let state = apply(vec![Action::UseRisk("poor".into())]);
    assert_eq!(state.situation.chosen("risk"), ["poor"]);
    assert_eq!(focus(&state), Some(("details.risk .risk-used".into(), Said::RiskSet)));
    let moves = state.moves;

    let state = state.reduce(Action::AddOptionQuestion { question: "Q1".into(), focus: "#added-sbrt-0".into() });
    assert_eq!(focus(&state), Some(("#added-sbrt-0".into(), Said::QuestionAdded)));
    assert_eq!(state.moves, moves + 1);
    let state = state.reduce(Action::AddQuestion("Q2".into())).reduce(Action::AddQuestion("Q3".into()));
    assert_eq!(state.moved, None, "typing one's own question keeps focus in the field");
    // Removing the middle question focuses the next one's button; the last, the one before.
    let state = state.reduce(Action::RemoveQuestion(1));
    assert_eq!(focus(&state), Some((".question-list li:nth-child(2) button".into(), Said::QuestionRemoved)));
    let state = state.reduce(Action::RemoveQuestion(1));
    assert_eq!(focus(&state).unwrap().0, ".question-list li:nth-child(1) button");
    let state = state.reduce(Action::RemoveQuestion(0));
    assert_eq!(focus(&state).unwrap().0, "#own-question");

    let state = ["a", "b", "c"].into_iter().fold(state, |s, id| s.reduce(Action::ToggleCompare(id.into())));
    let state = state.reduce(Action::RemoveCompared("c".into()));
    assert_eq!(focus(&state), Some((".compare-table thead th:nth-of-type(2) button".into(), Said::ComparisonRemoved)));
    let state = state.reduce(Action::RemoveCompared("a".into()));
    assert_eq!(focus(&state).unwrap().0, "#mrcc-compare", "the table is gone: its heading");
}

/// "Start over" can be undone right after, and only then; questions added since are kept.
#[test]
fn start_over_can_be_undone() {
    use mrcc_core::ui::state::Said;
    let state = apply(vec![
        answer("risk", "poor"),
        Action::ToggleCompare("sbrt".into()),
        Action::AddQuestion("Can I keep working?".into()),
        Action::StartOver,
    ]);
    assert!(state.situation.is_empty() && state.compared.is_empty());
    assert_eq!(state.moved.as_ref().map(|m| m.said), Some(Said::StartedOver));
    let undone = state.clone().reduce(Action::AddQuestion("And travel?".into())).reduce(Action::Undo);
    assert!(undone.situation.is_empty(), "undo is offered right after start over only");
    let undone = state.reduce(Action::Undo);
    assert_eq!(undone.situation.chosen("risk"), ["poor"]);
    assert_eq!(undone.compared, ["sbrt"]);
    assert_eq!(undone.questions, ["Can I keep working?"]);
    assert_eq!(undone.moved.as_ref().map(|m| m.said), Some(Said::Restored));
    assert!(undone.before_start_over.is_none());
}

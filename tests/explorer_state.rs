//! The explorer's state changes, its plain-text summary and glossary marking, natively.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use mrcc_core::ui::prose::{split_terms, Segment};
use mrcc_core::ui::state::{again, Action, ExplorerState, Note, MAX_COMPARED, OPENED_GLOSSARY, OPENED_RISK};

fn apply(actions: Vec<Action>) -> ExplorerState {
    actions.into_iter().fold(ExplorerState::default(), After::after)
}

/// The state after one more action, for chaining in assertions.
trait After {
    fn after(self, action: Action) -> Self;
}

impl After for ExplorerState {
    fn after(mut self, action: Action) -> Self {
        self.apply(action);
        self
    }
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
    let reset = state.after(Action::StartOver);
    assert_eq!(reset.situation.chosen("risk"), [] as [String; 0]);
    assert!(reset.compared.is_empty() && reset.risk_factors.is_empty());
    assert_eq!(reset.questions, ["Can I keep working?"], "start over keeps the reader's own questions");
}

#[test]
fn comparison_holds_at_most_three() {
    let state = apply(["a", "b", "c", "d"].map(|id| Action::ToggleCompare(id.into())).to_vec());
    assert_eq!(state.compared, ["a", "b", "c"]);
    assert_eq!(state.compared.len(), MAX_COMPARED);
    let state = state.after(Action::ToggleCompare("b".into())).after(Action::ToggleCompare("d".into()));
    assert_eq!(state.compared, ["a", "c", "d"]);
}

/// Ticking or unticking Compare leaves focus on the box and says how many are chosen: what it
/// changed (the comparison, the "compare now" button) is out of sight.
#[test]
fn ticking_compare_says_how_many_are_chosen() {
    use mrcc_core::ui::state::Said;
    let said = |state: &ExplorerState| state.moved.as_ref().map(|m| (m.focus.clone(), m.said));
    let state = apply(vec![Action::ToggleCompare("a".into())]);
    assert_eq!(said(&state), Some((String::new(), Said::Compared(1))));
    let state = state.after(Action::ToggleCompare("b".into()));
    assert_eq!(said(&state), Some((String::new(), Said::Compared(2))));
    let state = state.after(Action::ToggleCompare("a".into()));
    assert_eq!(said(&state), Some((String::new(), Said::Compared(1))));
    let full = apply(["a", "b", "c"].map(|id| Action::ToggleCompare(id.into())).to_vec());
    let moves = full.moves;
    let full = full.after(Action::ToggleCompare("d".into()));
    assert_eq!(full.moves, moves, "a fourth is refused, and nothing is said again");
    // The reader asked for the numbers: focus goes to them.
    let shown = apply(vec![Action::ShowNumbers]);
    assert_eq!(said(&shown), Some(("#mrcc-numbers".into(), Said::Jumped)));
    assert!(shown.opened & mrcc_core::ui::state::OPENED_NUMBERS != 0);
}

#[test]
fn a_copy_outcome_lasts_until_the_list_changes() {
    let state = apply(vec![Action::AddQuestion("What is next?".into()), Action::Copied(true)]);
    assert_eq!(state.note, Some(Note::Copied));
    assert_eq!(state.clone().after(Action::StartOver).note, Some(Note::Copied), "start over keeps the list");
    assert_eq!(state.clone().after(Action::AddQuestion("Who do I call?".into())).note, None);
    assert_eq!(state.clone().after(Action::RemoveQuestion(0)).note, None);
    assert_eq!(state.after(Action::Copied(false)).note, Some(Note::CopyFailed));
}

/// "Add" with nothing written, or with a question already listed, says why nothing was added
/// (WCAG 3.3.1) and changes nothing else: the list, and the offer to undo "Start over", stay.
#[test]
fn an_empty_or_repeated_own_question_is_refused_with_a_reason() {
    let mut state = apply(vec![Action::AddQuestion("What is next?".into()), Action::StartOver]);
    let questions = state.questions.clone();
    assert!(state.apply(Action::AddQuestion("   ".into())));
    assert_eq!(state.note, Some(Note::Empty));
    assert!(state.apply(Action::AddQuestion(" What is next? ".into())));
    assert_eq!(state.note, Some(Note::AlreadyListed));
    assert_eq!(state.questions, questions);
    assert!(state.apply(Action::Undo), "undo is still offered");
    assert_eq!(
        state.clone().after(Action::AddQuestion("Who do I call?".into())).note,
        None,
        "a question added clears it"
    );
}

/// The same message twice in a row is not the same text twice: a live region that does not
/// change is not announced again.
#[test]
fn a_message_said_twice_in_a_row_differs_the_second_time() {
    let once = apply(vec![Action::AddQuestion("What is next?".into())]);
    let twice = once.clone().after(Action::AddQuestion("Who do I call?".into()));
    assert_eq!(once.moved.as_ref().map(|m| m.said), twice.moved.as_ref().map(|m| m.said));
    assert_ne!(again(once.moves), again(twice.moves));
    let copied = twice.clone().after(Action::Copied(true));
    assert_ne!(again(copied.notes), again(copied.clone().after(Action::Copied(true)).notes));
    // A note stands still while other messages are said: it is not announced again with them.
    let compared = copied.clone().after(Action::ToggleCompare("sbrt".into()));
    assert_eq!((compared.note, again(compared.notes)), (copied.note, again(copied.notes)));
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
    assert_eq!(state.after(Action::RemoveQuestion(0)).questions, ["Who do I call?"]);
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
    let state = state.after(Action::ToggleRiskFactor("platelets".into()));
    assert!(!state.no_risk_factors && state.risk_factors.contains("platelets"));
    let state = state.after(Action::ToggleNoRiskFactors).after(Action::StartOver);
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

    let state = state.after(Action::AddOptionQuestion { question: "Q1".into(), focus: "#added-sbrt-0".into() });
    assert_eq!(focus(&state), Some(("#added-sbrt-0".into(), Said::QuestionAdded)));
    assert_eq!(state.moves, moves + 1);
    let state = state.after(Action::AddQuestion("Q2".into())).after(Action::AddQuestion("Q3".into()));
    assert_eq!(
        focus(&state),
        Some((String::new(), Said::QuestionAdded)),
        "one's own question is said to be added, and focus stays in the field"
    );
    // Removing the middle question focuses the next one's button; the last, the one before.
    let state = state.after(Action::RemoveQuestion(1));
    assert_eq!(focus(&state), Some((".question-list li:nth-child(2) button".into(), Said::QuestionRemoved)));
    let state = state.after(Action::RemoveQuestion(1));
    assert_eq!(focus(&state).unwrap().0, ".question-list li:nth-child(1) button");
    let state = state.after(Action::RemoveQuestion(0));
    assert_eq!(focus(&state).unwrap().0, "#own-question");

    let state = ["a", "b", "c"].into_iter().fold(state, |s, id| s.after(Action::ToggleCompare(id.into())));
    let state = state.after(Action::RemoveCompared("c".into()));
    assert_eq!(focus(&state), Some((".compare-chosen li:nth-child(2) button".into(), Said::ComparisonRemoved)));
    let state = state.after(Action::RemoveCompared("a".into()));
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
    let undone = state.clone().after(Action::AddQuestion("And travel?".into())).after(Action::Undo);
    assert!(undone.situation.is_empty(), "undo is offered right after start over only");
    let undone = state.after(Action::Undo);
    assert_eq!(undone.situation.chosen("risk"), ["poor"]);
    assert_eq!(undone.compared, ["sbrt"]);
    assert_eq!(undone.questions, ["Can I keep working?"]);
    assert_eq!(undone.moved.as_ref().map(|m| m.said), Some(Said::Restored));
    assert!(undone.before_start_over.is_none());
}

/// An action that changes nothing says so (the explorer then skips its render) and leaves
/// everything as it was, the offer to undo and the last announcement included.
#[test]
fn an_action_that_changes_nothing_reports_it_and_keeps_everything() {
    let mut state = apply(vec![Action::AddQuestion("What is next?".into()), Action::StartOver]);
    let before = state.clone();
    for no_op in [
        Action::RemoveQuestion(5),
        Action::RemoveCompared("sbrt".into()),
        Action::AddOptionQuestion { question: "What is next?".into(), focus: "#x".into() },
    ] {
        assert!(!state.apply(no_op.clone()), "{no_op:?} changed something");
        assert_eq!(state, before, "{no_op:?}");
    }
    assert!(state.apply(Action::Undo), "undo is still offered");
    assert!(!state.apply(Action::Undo), "and only once");
    let mut full = apply(["a", "b", "c"].map(|id| Action::ToggleCompare(id.into())).to_vec());
    assert!(!full.apply(Action::ToggleCompare("d".into())), "a fourth option is not added");
    assert!(full.apply(Action::ToggleCompare("a".into())));
}

/// The risk checklist, once opened, keeps its content: "Start over" and Undo do not close the
/// disclosure, so they must not empty it.
#[test]
fn the_opened_risk_checklist_stays_rendered() {
    let mut state = ExplorerState::default();
    assert_eq!(state.opened & OPENED_RISK, 0);
    assert!(state.apply(Action::Open(OPENED_RISK)));
    assert!(!state.apply(Action::Open(OPENED_RISK)), "opening twice changes nothing");
    let state = state.after(Action::StartOver);
    assert_ne!(state.opened & OPENED_RISK, 0);
    let mut fresh = apply(vec![answer("risk", "poor"), Action::StartOver]);
    fresh.apply(Action::Open(OPENED_GLOSSARY));
    assert_eq!(fresh.after(Action::Undo).opened & OPENED_GLOSSARY, OPENED_GLOSSARY, "undo keeps what was opened since");
}

/// The SURE test scores once all four questions are answered (yes counts 1, as published);
/// "Start over" clears it and the leaning, and Undo brings them back.
#[test]
fn sure_test_and_leaning() {
    let sure = |item, yes| Action::Sure { item, yes };
    let state = apply(vec![sure(0, true), sure(1, true), sure(2, true)]);
    assert_eq!(state.ratings.sure_yes_count(), None, "three of four answered: no result yet");
    let state = state.after(sure(3, false));
    assert_eq!(state.ratings.sure_yes_count(), Some(3));
    let state = state.after(sure(3, true)).after(Action::Lean("sbrt".into()));
    assert_eq!(state.ratings.sure_yes_count(), Some(4), "an answer can be changed");
    assert_eq!(state.ratings.leaning.as_deref(), Some("sbrt"));
    assert!(!state.clone().apply(sure(4, true)), "there is no fifth question");
    let cleared = state.clone().after(Action::StartOver);
    assert_eq!((cleared.ratings.sure, cleared.ratings.leaning.clone()), ([None; 4], None));
    let back = cleared.after(Action::Undo);
    assert_eq!((back.ratings.sure_yes_count(), back.ratings.leaning), (Some(4), Some("sbrt".into())));
}

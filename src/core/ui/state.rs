//! Everything the reader has entered, and how each action changes it. Pure: the reducer is
//! tested natively, and nothing here is stored anywhere (health information on possibly
//! shared computers stays in memory only).

use std::rc::Rc;

use yew::Reducible;

use crate::rules::Situation;
use mrcc_model::small_map::{SmallMap, SmallSet};

/// How much a "what matters to me" statement matters to the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Importance {
    Not,
    Somewhat,
    Very,
}

impl Importance {
    pub const ALL: [Importance; 3] = [Importance::Not, Importance::Somewhat, Importance::Very];

    /// For element ids, such as `value-avoid-surgery-very`.
    pub fn as_str(self) -> &'static str {
        match self {
            Importance::Not => "not",
            Importance::Somewhat => "somewhat",
            Importance::Very => "very",
        }
    }
}

/// What an action said to the reader, in the explorer's status region. Each comes with a move
/// of focus: the control that was pressed is gone or replaced, and focus must not fall to the
/// page's `<body>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Said {
    RiskSet,
    QuestionAdded,
    QuestionRemoved,
    ComparisonRemoved,
    StartedOver,
    Restored,
}

/// Where focus goes after an action, and what is announced.
#[derive(Clone, Debug, PartialEq)]
pub struct Moved {
    /// A CSS selector inside the explorer.
    pub focus: String,
    pub said: Said,
}

/// The most options compared side by side.
pub const MAX_COMPARED: usize = 3;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExplorerState {
    pub situation: Situation,
    /// Option ids picked for comparison, in the order picked.
    pub compared: Vec<String>,
    /// The reader's question list, in order; no duplicates.
    pub questions: Vec<String>,
    pub values: SmallMap<String, Importance>,
    /// IMDC factor ids the reader ticked in the risk checklist.
    pub risk_factors: SmallSet<String>,
    /// Whether the reader ticked "none of these signs". Until a sign or this is ticked, the
    /// checklist names no risk group: an empty list is not an answer.
    pub no_risk_factors: bool,
    /// Whether the summary to print is shown.
    pub summary_open: bool,
    /// Whether copying the question list worked, once tried; cleared when the list changes.
    pub copied: Option<bool>,
    /// The focus move and announcement of the last action, if it made one.
    pub moved: Option<Moved>,
    /// Counts the moves, so that the explorer applies each one once.
    pub moves: u32,
    /// Everything as it was before "Start over", until the next action: Undo restores it.
    pub before_start_over: Option<Rc<ExplorerState>>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Sets a single-choice answer.
    Answer {
        criterion: String,
        choice: String,
    },
    /// Adds or removes one choice of a multiple-choice criterion.
    Toggle {
        criterion: String,
        choice: String,
    },
    /// Replaces all answers (the host's `situation` attribute).
    SetSituation(Situation),
    /// Clears every answer, the comparison, the risk checklist and the ratings; keeps the
    /// reader's own question list, which they may still want. Undo brings it all back.
    StartOver,
    Undo,
    /// The risk checklist's "Use this risk level in my answers".
    UseRisk(String),
    ToggleCompare(String),
    AddQuestion(String),
    /// An option's question, added from its card; `focus` is the selector of what replaces
    /// the button ("In my questions").
    AddOptionQuestion {
        question: String,
        focus: String,
    },
    RemoveQuestion(usize),
    /// "Remove" in the comparison table.
    RemoveCompared(String),
    Rate {
        value: String,
        importance: Importance,
    },
    ToggleRiskFactor(String),
    /// "None of these signs": clears the ticked signs.
    ToggleNoRiskFactors,
    OpenSummary,
    CloseSummary,
    /// The outcome of copying the question list to the clipboard.
    Copied(bool),
}

/// An event handler that sends `action`. Every handler of one event type shares this closure
/// type: a closure written at each control cost wasm for each.
pub fn send<E: 'static>(dispatch: &yew::Callback<Action>, action: Action) -> yew::Callback<E> {
    dispatch.reform(move |_: E| action.clone())
}

impl Reducible for ExplorerState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut state = (*self).clone();
        // Undo is offered right after "Start over" only; a move is announced once.
        let before_start_over = state.before_start_over.take();
        state.moved = None;
        let mut moved = None;
        match action {
            Action::Answer { criterion, choice } => state.situation.set(&criterion, vec![choice]),
            Action::Toggle { criterion, choice } => {
                let mut chosen = state.situation.chosen(&criterion).to_vec();
                match chosen.iter().position(|c| *c == choice) {
                    Some(i) => {
                        chosen.remove(i);
                    }
                    None => chosen.push(choice),
                }
                state.situation.set(&criterion, chosen);
            }
            Action::SetSituation(situation) => state.situation = situation,
            Action::StartOver => {
                let previous = Rc::new(state.clone());
                state = ExplorerState {
                    questions: state.questions,
                    copied: state.copied,
                    moves: state.moves,
                    before_start_over: Some(previous),
                    ..ExplorerState::default()
                };
                moved = Some(Moved { focus: ".undo button".into(), said: Said::StartedOver });
            }
            Action::Undo => {
                let Some(previous) = before_start_over else { return self };
                // The questions as they are now: the reader may have kept adding.
                state = ExplorerState { questions: state.questions, moves: state.moves, ..(*previous).clone() };
                moved = Some(Moved { focus: ".situation > button.secondary".into(), said: Said::Restored });
            }
            Action::UseRisk(choice) => {
                state.situation.set("risk", vec![choice]);
                moved = Some(Moved { focus: "details.risk .risk-used".into(), said: Said::RiskSet });
            }
            Action::AddOptionQuestion { question, focus } => {
                if state.questions.contains(&question) {
                    return self;
                }
                state.questions.push(question);
                state.copied = None;
                moved = Some(Moved { focus, said: Said::QuestionAdded });
            }
            Action::RemoveCompared(id) => {
                let Some(i) = state.compared.iter().position(|c| *c == id) else { return self };
                state.compared.remove(i);
                // The next option's "Remove" (the table's columns follow the order picked), or
                // the section's heading when the table is gone.
                let focus = if state.compared.len() >= 2 {
                    format!(".compare-table thead th:nth-of-type({}) button", i.min(state.compared.len() - 1) + 1)
                } else {
                    "#mrcc-compare".into()
                };
                moved = Some(Moved { focus, said: Said::ComparisonRemoved });
            }
            Action::ToggleCompare(id) => match state.compared.iter().position(|c| *c == id) {
                Some(i) => {
                    state.compared.remove(i);
                }
                None if state.compared.len() < MAX_COMPARED => state.compared.push(id),
                None => return self,
            },
            Action::AddQuestion(question) => {
                let question = question.trim().to_owned();
                if question.is_empty() || state.questions.contains(&question) {
                    return self;
                }
                state.questions.push(question);
                state.copied = None;
            }
            Action::RemoveQuestion(index) => {
                if index >= state.questions.len() {
                    return self;
                }
                state.questions.remove(index);
                state.copied = None;
                // The next question's "Remove", else the last one's, else the text field.
                let focus = match state.questions.len() {
                    0 => "#own-question".to_owned(),
                    len => format!(".question-list li:nth-child({}) button", index.min(len - 1) + 1),
                };
                moved = Some(Moved { focus, said: Said::QuestionRemoved });
            }
            Action::Rate { value, importance } => {
                state.values.insert(value, importance);
            }
            Action::ToggleRiskFactor(id) => {
                if !state.risk_factors.remove(id.as_str()) {
                    state.risk_factors.insert(id);
                }
                state.no_risk_factors = false;
            }
            Action::ToggleNoRiskFactors => {
                state.no_risk_factors = !state.no_risk_factors;
                if state.no_risk_factors {
                    state.risk_factors = SmallSet::new();
                }
            }
            Action::OpenSummary => state.summary_open = true,
            Action::CloseSummary => state.summary_open = false,
            Action::Copied(worked) => state.copied = Some(worked),
        }
        if let Some(moved) = moved {
            state.moves = state.moves.wrapping_add(1);
            state.moved = Some(moved);
        }
        Rc::new(state)
    }
}

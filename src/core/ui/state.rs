//! Everything the reader has entered, and how each action changes it
//! ([`ExplorerState::apply`]). Plain Rust, tested natively. Nothing here is stored anywhere:
//! health information on possibly shared computers stays in memory only.

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
    Comparing,
    /// An option was ticked or unticked for the comparison: how many are chosen now.
    Compared(usize),
    /// Focus moved to a section the reader asked for; its heading says where they are.
    Jumped,
}

/// A no-break space after every other message, by its count ([`ExplorerState::moves`],
/// [`ExplorerState::notes`]): screen readers announce a live region when its text changes, and
/// the same message twice in a row (a second question added, a second copy) is otherwise the
/// same text, and silent.
pub fn again(count: u32) -> &'static str {
    if count % 2 == 1 {
        "\u{a0}"
    } else {
        ""
    }
}

/// What the question list's status line says, under the reader's own question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    Copied,
    CopyFailed,
    /// "Add" with nothing written.
    Empty,
    /// "Add" with a question already in the list.
    AlreadyListed,
}

/// Where focus goes after an action, and what is announced.
#[derive(Clone, Debug, PartialEq)]
pub struct Moved {
    /// A CSS selector inside the explorer.
    pub focus: String,
    pub said: Said,
}

/// The SURE test's questions: Sure of myself, Understand information, Risk-benefit ratio,
/// Encouragement (Légaré and others, 2010).
pub const SURE_ITEMS: usize = 4;

/// The risk checklist, in [`ExplorerState::opened`].
pub const OPENED_RISK: u8 = 1;
/// The glossary's list, in [`ExplorerState::opened`].
pub const OPENED_GLOSSARY: u8 = 2;
/// The condition's figures on how long people live, shown when the reader asks.
pub const OPENED_NUMBERS: u8 = 4;

/// "What matters to me" and "Where am I leaning?": one value, so that the part of the page
/// that shows them is skipped when something else changes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ratings {
    pub values: SmallMap<String, Importance>,
    /// The SURE test's four answers (yes is `true`), in the instrument's order.
    pub sure: [Option<bool>; SURE_ITEMS],
    /// The option the reader leans toward; an empty id for "I am not sure yet".
    pub leaning: Option<String>,
}

impl Ratings {
    /// How many SURE questions the reader answered yes, once all four are answered. Four
    /// means no sign of decisional conflict; fewer, that talking it through may help.
    pub fn sure_yes_count(&self) -> Option<usize> {
        self.sure.iter().try_fold(0, |count, answer| answer.map(|yes| count + usize::from(yes)))
    }
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
    /// What matters to the reader and where they are leaning.
    pub ratings: Ratings,
    /// IMDC factor ids the reader ticked in the risk checklist.
    pub risk_factors: SmallSet<String>,
    /// Whether the reader ticked "none of these signs". Until a sign or this is ticked, the
    /// checklist names no risk group: an empty list is not an answer.
    pub no_risk_factors: bool,
    /// Whether the summary to print is shown.
    pub summary_open: bool,
    /// The day the summary was made (YYYY-MM-DD), printed on it.
    pub summary_date: String,
    /// What the question list's status line says: whether copying it worked, or why the
    /// reader's own question was not added; cleared when the list changes.
    pub note: Option<Note>,
    /// The focus move and announcement of the last action, if it made one.
    pub moved: Option<Moved>,
    /// Counts the moves, so that the explorer applies each one once, and a message said twice
    /// in a row is announced twice ([`again`]).
    pub moves: u32,
    /// Counts the notes, for the same reason: a note is said again only when it is set again,
    /// not whenever another message is said.
    pub notes: u32,
    /// The disclosures the reader has opened, as bits ([`OPENED_RISK`], [`OPENED_GLOSSARY`]):
    /// their content is rendered from then on (see `OptionDetails` for why on first open).
    /// Kept by "Start over" and Undo, which do not close them.
    pub opened: u8,
    /// Everything as it was before "Start over", until the next action: Undo restores it.
    pub before_start_over: Option<Box<ExplorerState>>,
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
    /// To a section's heading (a CSS selector): the first screen's ways in, "Change my answers".
    Jump(String),
    /// "2 chosen: compare now" on a card: to the comparison.
    ShowComparison,
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
    /// An answer to a SURE question.
    Sure {
        item: usize,
        yes: bool,
    },
    /// Where the reader is leaning: an option id, or empty for "not sure yet".
    Lean(String),
    ToggleRiskFactor(String),
    /// "None of these signs": clears the ticked signs.
    ToggleNoRiskFactors,
    /// A disclosure ([`OPENED_RISK`], [`OPENED_GLOSSARY`]) was opened.
    Open(u8),
    /// "Yes, show me the numbers": the condition's figures, with focus on them.
    ShowNumbers,
    /// Opens the summary, made on the given day (YYYY-MM-DD, from the browser's clock).
    OpenSummary(String),
    CloseSummary,
    /// The outcome of copying the question list to the clipboard.
    Copied(bool),
}

/// An event handler that sends `action`. Every handler of one event type shares this closure
/// type: a closure written at each control cost wasm for each.
pub fn send<E: 'static>(dispatch: &yew::Callback<Action>, action: Action) -> yew::Callback<E> {
    dispatch.reform(move |_: E| action.clone())
}

/// What an action did: nothing, a change, a change that moves focus, or one that leaves focus
/// where it is and says what it did.
enum Outcome {
    Unchanged,
    Changed,
    Moved(Moved),
    Said(Said),
    /// A note on the question list: it changes nothing else, so the offer to undo stays.
    Noted(Note),
}

impl ExplorerState {
    /// Applies `action` in place. Returns whether anything changed, so the explorer re-renders
    /// only then; an action that changes nothing leaves everything as it was, the offer to
    /// undo "Start over" and the last announcement included.
    pub fn apply(&mut self, action: Action) -> bool {
        // Undo is offered right after "Start over" only.
        let mut offered_undo = self.before_start_over.take();
        let outcome = match action {
            Action::Answer { criterion, choice } => {
                self.situation.set(&criterion, vec![choice]);
                Outcome::Changed
            }
            Action::Toggle { criterion, choice } => {
                let mut chosen = self.situation.chosen(&criterion).to_vec();
                match chosen.iter().position(|c| *c == choice) {
                    Some(i) => {
                        chosen.remove(i);
                    }
                    None => chosen.push(choice),
                }
                self.situation.set(&criterion, chosen);
                Outcome::Changed
            }
            Action::SetSituation(situation) => {
                self.situation = situation;
                Outcome::Changed
            }
            Action::StartOver => {
                let previous = std::mem::take(self);
                self.questions = previous.questions.clone();
                self.note = previous.note;
                self.moves = previous.moves;
                self.notes = previous.notes;
                self.opened = previous.opened;
                self.before_start_over = Some(Box::new(previous));
                Outcome::Moved(Moved { focus: ".undo button".into(), said: Said::StartedOver })
            }
            Action::Undo => match offered_undo.take() {
                Some(previous) => {
                    // The questions as they are now: the reader may have kept adding.
                    let (questions, moves, opened) = (std::mem::take(&mut self.questions), self.moves, self.opened);
                    *self = ExplorerState { questions, moves, opened, ..*previous };
                    Outcome::Moved(Moved { focus: ".situation > button.secondary".into(), said: Said::Restored })
                }
                None => Outcome::Unchanged,
            },
            Action::UseRisk(choice) => {
                self.situation.set("risk", vec![choice]);
                Outcome::Moved(Moved { focus: "details.risk .risk-used".into(), said: Said::RiskSet })
            }
            Action::AddOptionQuestion { question, focus } => {
                if self.questions.contains(&question) {
                    Outcome::Unchanged
                } else {
                    self.questions.push(question);
                    self.note = None;
                    Outcome::Moved(Moved { focus, said: Said::QuestionAdded })
                }
            }
            Action::RemoveCompared(id) => match self.compared.iter().position(|c| *c == id) {
                Some(i) => {
                    self.compared.remove(i);
                    // The next option's "Remove" (the table's columns follow the order picked),
                    // or the section's heading when the table is gone.
                    let focus = if self.compared.len() >= 2 {
                        format!(".compare-chosen li:nth-child({}) button", i.min(self.compared.len() - 1) + 1)
                    } else {
                        "#mrcc-compare".into()
                    };
                    Outcome::Moved(Moved { focus, said: Said::ComparisonRemoved })
                }
                None => Outcome::Unchanged,
            },
            // Focus stays on the box; what it changed is elsewhere on the page, so it is said.
            Action::ToggleCompare(id) => match self.compared.iter().position(|c| *c == id) {
                Some(i) => {
                    self.compared.remove(i);
                    Outcome::Said(Said::Compared(self.compared.len()))
                }
                None if self.compared.len() < MAX_COMPARED => {
                    self.compared.push(id);
                    Outcome::Said(Said::Compared(self.compared.len()))
                }
                None => Outcome::Unchanged,
            },
            Action::Jump(focus) => Outcome::Moved(Moved { focus, said: Said::Jumped }),
            Action::ShowComparison => Outcome::Moved(Moved { focus: "#mrcc-compare".into(), said: Said::Comparing }),
            Action::AddQuestion(question) => {
                let question = question.trim();
                // Refused with a reason the reader sees and hears (WCAG 3.3.1), never silently.
                if question.is_empty() {
                    Outcome::Noted(Note::Empty)
                } else if self.questions.iter().any(|q| q == question) {
                    Outcome::Noted(Note::AlreadyListed)
                } else {
                    self.questions.push(question.to_owned());
                    self.note = None;
                    // Focus stays in the emptied field, ready for the next one.
                    Outcome::Said(Said::QuestionAdded)
                }
            }
            Action::RemoveQuestion(index) if index < self.questions.len() => {
                self.questions.remove(index);
                self.note = None;
                // The next question's "Remove", else the last one's, else the text field.
                let focus = match self.questions.len() {
                    0 => "#own-question".to_owned(),
                    len => format!(".question-list li:nth-child({}) button", index.min(len - 1) + 1),
                };
                Outcome::Moved(Moved { focus, said: Said::QuestionRemoved })
            }
            Action::RemoveQuestion(_) => Outcome::Unchanged,
            Action::Rate { value, importance } => {
                self.ratings.values.insert(value, importance);
                Outcome::Changed
            }
            Action::Sure { item, yes } if item < SURE_ITEMS => {
                self.ratings.sure[item] = Some(yes);
                Outcome::Changed
            }
            Action::Sure { .. } => Outcome::Unchanged,
            Action::Lean(id) => {
                self.ratings.leaning = Some(id);
                Outcome::Changed
            }
            Action::ToggleRiskFactor(id) => {
                if !self.risk_factors.remove(id.as_str()) {
                    self.risk_factors.insert(id);
                }
                self.no_risk_factors = false;
                Outcome::Changed
            }
            Action::ToggleNoRiskFactors => {
                self.no_risk_factors = !self.no_risk_factors;
                if self.no_risk_factors {
                    self.risk_factors = SmallSet::new();
                }
                Outcome::Changed
            }
            Action::Open(disclosure) if self.opened & disclosure != 0 => Outcome::Unchanged,
            Action::Open(disclosure) => {
                self.opened |= disclosure;
                Outcome::Changed
            }
            Action::ShowNumbers => {
                self.opened |= OPENED_NUMBERS;
                Outcome::Moved(Moved { focus: "#mrcc-numbers".into(), said: Said::Jumped })
            }
            Action::OpenSummary(date) => {
                self.summary_open = true;
                self.summary_date = date;
                Outcome::Changed
            }
            Action::CloseSummary => {
                self.summary_open = false;
                Outcome::Changed
            }
            Action::Copied(worked) => Outcome::Noted(if worked { Note::Copied } else { Note::CopyFailed }),
        };
        match outcome {
            Outcome::Unchanged => {
                self.before_start_over = offered_undo;
                false
            }
            Outcome::Changed => {
                self.moved = None;
                true
            }
            // A move is announced once: the next change clears it.
            Outcome::Moved(moved) => {
                self.moves = self.moves.wrapping_add(1);
                self.moved = Some(moved);
                true
            }
            Outcome::Noted(note) => {
                self.before_start_over = offered_undo;
                self.notes = self.notes.wrapping_add(1);
                self.note = Some(note);
                self.moved = None;
                true
            }
            // An empty selector: the explorer moves nothing.
            Outcome::Said(said) => {
                self.moves = self.moves.wrapping_add(1);
                self.moved = Some(Moved { focus: String::new(), said });
                true
            }
        }
    }
}

use yew::prelude::*;

use super::html::text;
use super::shared::Shared;
use super::state::{send, Action, ExplorerState};
use super::summary_text::answers;
use mrcc_model::text::join;

/// Where the situation form and the options begin, for [`Action::Jump`].
pub const SITUATION_HEADING: &str = "#mrcc-situation";
pub const OPTIONS_HEADING: &str = "#mrcc-options";

/// The first screen's two ways in, so that a phone reader does not scroll past the condition
/// and seven questions to reach the options: "Answer 7 questions" and "See all 10 options".
/// The stylesheet hides them where the answers sit beside the options.
pub fn jumps(shared: &Shared, dispatch: &Callback<Action>) -> Html {
    let s = &*shared.strings;
    let dataset = &shared.dataset;
    html! {
        <p class="jumps">
            <button type="button" onclick={send(dispatch, Action::Jump(SITUATION_HEADING.into()))}>
                { s.jump_questions(dataset.criteria.len()) }
            </button>
            <button type="button" class="secondary" onclick={send(dispatch, Action::Jump(OPTIONS_HEADING.into()))}>
                { s.jump_options(dataset.options.len()) }
            </button>
        </p>
    }
}

/// The reader's answers in one line above the options ("Your situation: Clear cell · Taken
/// out"), with a way back to the questions; nothing until something is answered.
pub fn your_answers(shared: &Shared, state: &ExplorerState, dispatch: &Callback<Action>) -> Html {
    let s = &*shared.strings;
    if state.situation.is_empty() {
        return Html::default();
    }
    let given: Vec<String> = answers(&shared.dataset, state, s)
        .into_iter()
        .filter_map(|(_, answer)| (answer != s.not_answered()).then_some(answer))
        .collect();
    html! {
        <p class="your-answers">
            <strong>{ text(s.situation_heading()) }{ ": " }</strong>{ join(&given, " · ") }{ " " }
            <button type="button" class="small" onclick={send(dispatch, Action::Jump(SITUATION_HEADING.into()))}>
                { text(s.change_answers()) }
            </button>
        </p>
    }
}

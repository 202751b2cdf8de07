use yew::prelude::*;

use super::boxes::code_box;
use super::choice::choice;
use super::html::text;
use super::part::{Part, Piece};
use super::risk_checklist::risk_checklist;
use super::shared::Shared;
use super::state::{send, Action, ExplorerState};

/// "Your situation": one fieldset per criterion, radio buttons for single answers and
/// checkboxes for several. Every change updates the options at once; there is no submit.
pub fn situation_form(shared: &Shared, state: &ExplorerState, dispatch: &Callback<Action>) -> Html {
    let s = &*shared.strings;
    let start_over = send(dispatch, Action::StartOver);
    html! {
        <section class="situation" aria-labelledby="mrcc-situation">
            <h3 id="mrcc-situation" tabindex="-1">{ text(s.situation_heading()) }</h3>
            <p class="hint">{ text(s.situation_intro()) }</p>
            <form class="situation-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { for shared.dataset.criteria.iter().enumerate().map(|(index, criterion)| {
                    let chosen = state.situation.chosen(&criterion.id).to_vec();
                    html! { <Part key={criterion.id.clone()} shared={shared.clone()} piece={Piece::Question { index, chosen }} dispatch={dispatch.clone()} /> }
                }) }
            </form>
            { risk_checklist(shared, state, dispatch) }
            <button type="button" class="secondary" onclick={start_over}>{ text(s.start_over()) }</button>
            if state.before_start_over.is_some() {
                <p class="undo">
                    { text(s.started_over()) }{ " " }
                    <button type="button" class="small" onclick={send(dispatch, Action::Undo)}>{ text(s.undo()) }</button>
                </p>
            }
            { code_box(shared) }
        </section>
    }
}

/// One question: a fieldset of radio buttons, or of checkboxes when several answers may apply.
/// Each answer is a [`Part`] of its own, so that a change re-renders the answers it checked or
/// unchecked, not the whole question.
pub fn criterion_field(shared: &Shared, index: usize, chosen: &[String], dispatch: &Callback<Action>) -> Html {
    let Some(criterion) = shared.dataset.criteria.get(index) else { return Html::default() };
    let help_id = format!("help-{}", criterion.id);
    html! {
        <fieldset class="criterion" key={criterion.id.clone()} aria-describedby={help_id.clone()}>
            <legend>{ text(&criterion.label) }</legend>
            <p class="help" id={help_id}>{ text(&criterion.help) }</p>
            <div class="choices">
                { for criterion.choices.iter().enumerate().map(|(choice, answer)| html! {
                    <Part key={answer.id.clone()} shared={shared.clone()} dispatch={dispatch.clone()}
                        piece={Piece::Answer { criterion: index, choice, checked: chosen.contains(&answer.id) }} />
                }) }
            </div>
        </fieldset>
    }
}

/// One answer to a question, as a radio button or a checkbox.
pub fn answer(
    shared: &Shared,
    criterion: usize,
    choice_index: usize,
    checked: bool,
    dispatch: &Callback<Action>,
) -> Html {
    let Some(criterion) = shared.dataset.criteria.get(criterion) else { return Html::default() };
    let Some(answer) = criterion.choices.get(choice_index) else { return Html::default() };
    let id = format!("choice-{}-{}", criterion.id, answer.id);
    let (kind, action) = if criterion.multiple {
        ("checkbox", Action::Toggle { criterion: criterion.id.clone(), choice: answer.id.clone() })
    } else {
        ("radio", Action::Answer { criterion: criterion.id.clone(), choice: answer.id.clone() })
    };
    choice(kind, criterion.id.clone(), id, &answer.label, checked, send(dispatch, action))
}

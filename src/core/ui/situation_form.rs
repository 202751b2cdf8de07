use yew::prelude::*;

use super::text;

use super::shared::Shared;
use super::state::{send, Action, ExplorerState};
use super::{choice, risk_checklist, Part, Piece};
use mrcc_model::Criterion;

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
        </section>
    }
}

/// One question: a fieldset of radio buttons, or of checkboxes when several answers may apply.
pub fn criterion_field(criterion: &Criterion, chosen: &[String], dispatch: &Callback<Action>) -> Html {
    let help_id = format!("help-{}", criterion.id);
    let kind = if criterion.multiple { "checkbox" } else { "radio" };
    html! {
        <fieldset class="criterion" key={criterion.id.clone()} aria-describedby={help_id.clone()}>
            <legend>{ text(&criterion.label) }</legend>
            <p class="help" id={help_id}>{ text(&criterion.help) }</p>
            <div class="choices">
                { for criterion.choices.iter().map(|answer| {
                    let id = format!("choice-{}-{}", criterion.id, answer.id);
                    let checked = chosen.contains(&answer.id);
                    let action = if criterion.multiple {
                        Action::Toggle { criterion: criterion.id.clone(), choice: answer.id.clone() }
                    } else {
                        Action::Answer { criterion: criterion.id.clone(), choice: answer.id.clone() }
                    };
                    choice(kind, criterion.id.clone(), id, answer.id.clone(), &answer.label, checked, send(dispatch, action))
                }) }
            </div>
        </fieldset>
    }
}

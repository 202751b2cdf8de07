use std::rc::Rc;

use yew::prelude::*;

use super::shared::Shared;
use super::state::{Action, ExplorerState};
use super::RiskChecklist;
use crate::content::Criterion;

#[derive(Properties, PartialEq)]
pub struct SituationFormProps {
    pub state: Rc<ExplorerState>,
    pub dispatch: Callback<Action>,
}

/// "Your situation": one fieldset per criterion, radio buttons for single answers and
/// checkboxes for several. Every change updates the options at once; there is no submit.
#[component]
pub fn SituationForm(props: &SituationFormProps) -> Html {
    let Some(shared) = use_context::<Shared>() else { return Html::default() };
    let s = &*shared.strings;
    let start_over = props.dispatch.reform(|_: MouseEvent| Action::StartOver);
    html! {
        <section class="situation" aria-labelledby="mrcc-situation">
            <h3 id="mrcc-situation">{ &s.situation_heading }</h3>
            <p class="hint">{ &s.situation_intro }</p>
            <form class="situation-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { for shared.dataset.criteria.iter().map(|criterion| html! {
                    <CriterionField
                        key={criterion.id.clone()}
                        criterion={criterion.clone()}
                        chosen={props.state.situation.chosen(&criterion.id).to_vec()}
                        dispatch={props.dispatch.clone()}
                    />
                }) }
            </form>
            <RiskChecklist state={props.state.clone()} dispatch={props.dispatch.clone()} />
            <button type="button" class="secondary" onclick={start_over}>{ &s.start_over }</button>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CriterionFieldProps {
    criterion: Criterion,
    chosen: Vec<String>,
    dispatch: Callback<Action>,
}

#[component]
fn CriterionField(props: &CriterionFieldProps) -> Html {
    let criterion = &props.criterion;
    let help_id = format!("help-{}", criterion.id);
    let kind = if criterion.multiple { "checkbox" } else { "radio" };
    html! {
        <fieldset class="criterion" aria-describedby={help_id.clone()}>
            <legend>{ &criterion.label }</legend>
            <p class="help" id={help_id}>{ &criterion.help }</p>
            <div class="choices">
                { for criterion.choices.iter().map(|choice| {
                    let id = format!("choice-{}-{}", criterion.id, choice.id);
                    let checked = props.chosen.contains(&choice.id);
                    let action = if criterion.multiple {
                        Action::Toggle { criterion: criterion.id.clone(), choice: choice.id.clone() }
                    } else {
                        Action::Answer { criterion: criterion.id.clone(), choice: choice.id.clone() }
                    };
                    let onchange = props.dispatch.reform(move |_: Event| action.clone());
                    html! {
                        <div class="choice" key={choice.id.clone()}>
                            <input type={kind} id={id.clone()} name={criterion.id.clone()} value={choice.id.clone()} {checked} {onchange} />
                            <label for={id}>{ &choice.label }</label>
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    }
}

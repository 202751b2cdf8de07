use std::rc::Rc;

use yew::prelude::*;

use super::html::text;
use super::jumps::your_answers;
use super::option_card::{heading_id, CardActions, CardFit};
use super::part::{Part, Piece};
use super::shared::Shared;
use super::state::{Action, ExplorerState};
use crate::rules::{evaluate, Situation};
use mrcc_model::{Dataset, Fit};

/// One option's place in the results for the reader's answers: computed once per change of
/// the answers (or the dataset) and shared by the option cards, the summary and the host's
/// `mrcc-change`, so that the rules run once per change and a card whose fit and reasons
/// stayed the same is not rendered again.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// The option's position in `dataset.options`.
    pub index: usize,
    pub fit: Fit,
    pub reasons: Rc<[AttrValue]>,
}

/// Every option in display order (likely, possible, unlikely), with its fit and reasons.
pub fn place(dataset: &Dataset, situation: &Situation) -> Rc<[Placed]> {
    evaluate(dataset, situation)
        .into_iter()
        .map(|fit| Placed {
            index: fit.index,
            fit: fit.fit,
            reasons: fit.reasons.iter().map(|reason| AttrValue::from((*reason).to_owned())).collect(),
        })
        .collect()
}

/// Every option, ordered by fit, with a persistent status line that screen readers announce
/// after each change. Options are never hidden: a decision aid shows them all.
pub fn results(shared: &Shared, state: &ExplorerState, fits: &[Placed], dispatch: &Callback<Action>) -> Html {
    let s = &*shared.strings;
    let count = |fit: Fit| fits.iter().filter(|f| f.fit == fit).count();
    let answered = !state.situation.is_empty();
    let status = s.result_count(count(Fit::Likely), count(Fit::Possible), count(Fit::Unlikely), answered);
    html! {
        <section class="results" aria-labelledby="mrcc-options">
            <h3 id="mrcc-options" tabindex="-1">{ text(s.options_heading()) }</h3>
            <p class="hint">{ text(s.options_intro()) }</p>
            <p class="status" part="status" role="status">{ status }</p>
            { your_answers(shared, state, dispatch) }
            <ul class="options" aria-labelledby="mrcc-options">
                { for fits.iter().filter_map(|fit| Some((fit, shared.dataset.options.get(fit.index)?))).map(|(fit, option)| {
                    let compared = state.compared.contains(&option.id);
                    html! {
                        <li key={option.id.clone()}>
                            <article part="card" class="card" data-option={option.id.clone()} data-fit={fit.fit.as_str()}
                                aria-labelledby={heading_id(&option.id)}>
                                <Part shared={shared.clone()} dispatch={dispatch.clone()} piece={Piece::CardTop(fit.index)} />
                                <Part shared={shared.clone()} dispatch={dispatch.clone()} piece={Piece::CardFit(CardFit {
                                    fit: fit.fit,
                                    answered,
                                    reasons: fit.reasons.clone(),
                                })} />
                                <Part shared={shared.clone()} dispatch={dispatch.clone()} piece={Piece::CardActions(CardActions {
                                    index: fit.index,
                                    compared,
                                    compared_count: state.compared.len(),
                                    questions_added: option.questions.iter().map(|q| state.questions.contains(q)).collect(),
                                })} />
                            </article>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

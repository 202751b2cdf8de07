use yew::prelude::*;

use super::text;

use super::shared::Shared;
use super::state::{Action, ExplorerState, MAX_COMPARED};
use super::OptionCard;
use crate::rules::evaluate;
use mrcc_model::Fit;

/// Every option, ordered by fit, with a persistent status line that screen readers announce
/// after each change. Options are never hidden: a decision aid shows them all.
pub fn results(shared: &Shared, state: &ExplorerState, dispatch: &Callback<Action>) -> Html {
    let s = &*shared.strings;
    let fits = evaluate(&shared.dataset, &state.situation);
    let count = |fit: Fit| fits.iter().filter(|f| f.fit == fit).count();
    let compare_full = state.compared.len() >= MAX_COMPARED;
    let answered = !state.situation.is_empty();
    let status = s.result_count(count(Fit::Likely), count(Fit::Possible), count(Fit::Unlikely), answered);
    html! {
        <section class="results" aria-labelledby="mrcc-options">
            <h3 id="mrcc-options">{ text(s.options_heading()) }</h3>
            <p class="hint">{ text(s.options_intro()) }</p>
            <p class="status" part="status" role="status">{ status }</p>
            <ul class="options" aria-labelledby="mrcc-options">
                { for fits.iter().map(|fit| html! {
                    <li key={fit.option.id.clone()}>
                        <OptionCard
                            shared={shared.clone()}
                            index={fit.index}
                            fit={fit.fit}
                            answered={answered}
                            reasons={fit.reasons.iter().map(|r| r.to_string()).collect::<Vec<_>>()}
                            compared={state.compared.contains(&fit.option.id)}
                            compare_disabled={compare_full && !state.compared.contains(&fit.option.id)}
                            questions_added={fit.option.questions.iter().map(|q| state.questions.contains(q)).collect::<Vec<_>>()}
                            dispatch={dispatch.clone()}
                        />
                    </li>
                }) }
            </ul>
        </section>
    }
}

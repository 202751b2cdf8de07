use yew::prelude::*;

use super::html::text;
use super::prose::prose;
use super::shared::Shared;
use super::state::{send, Action, ExplorerState, OPENED_RISK};

/// "Understanding your risk level": the six IMDC signs in plain words, with an optional
/// checklist that shows the matching group (Heng: 0 favorable, 1-2 intermediate, 3+ poor)
/// and can set the risk answer. An explanation to use with the doctor's numbers, not a
/// diagnosis.
pub fn risk_checklist(shared: &Shared, state: &ExplorerState, dispatch: &Callback<Action>) -> Html {
    let s = &*shared.strings;
    let summary =
        html! { <summary onclick={send(dispatch, Action::Open(OPENED_RISK))}>{ text(s.risk_open()) }</summary> };
    // Always the summary and one child after it (see `OptionDetails`).
    let content = if state.opened & OPENED_RISK != 0 || shared.all_details {
        content(shared, state, dispatch)
    } else {
        Html::default()
    };
    html! { <details class="risk" ontoggle={send(dispatch, Action::Open(OPENED_RISK))}>{ summary }{ content }</details> }
}

fn content(shared: &Shared, state: &ExplorerState, dispatch: &Callback<Action>) -> Html {
    let s = &*shared.strings;
    let imdc = &shared.dataset.imdc;
    if imdc.factors.is_empty() {
        // The built-in content's second part, with this text, follows the first render.
        return html! { <p class="loading">{ text(s.details_loading()) }</p> };
    }
    let ticked = imdc.factors.iter().filter(|f| state.risk_factors.contains(f.id.as_str())).count();
    // No group until the reader has said something: nothing ticked is not "no signs".
    let said = ticked > 0 || state.no_risk_factors;
    let group = imdc.groups.iter().rev().find(|g| said && usize::from(g.min_signs) <= ticked);
    let current_risk = state.situation.chosen("risk").first().cloned();
    html! {
        <>
            <h4>{ text(&imdc.title) }</h4>
            <p>{ prose(&imdc.intro, shared, "imdc") }</p>
            <fieldset class="criterion">
                <legend>{ text(s.risk_legend()) }</legend>
                { for imdc.factors.iter().map(|factor| {
                    let id = format!("risk-{}", factor.id);
                    let detail_id = format!("risk-detail-{}", factor.id);
                    let onchange = send(dispatch, Action::ToggleRiskFactor(factor.id.clone()));
                    html! {
                        <div class="choice" key={factor.id.clone()}>
                            <input type="checkbox" id={id.clone()} checked={state.risk_factors.contains(factor.id.as_str())}
                                aria-describedby={detail_id.clone()} {onchange} />
                            <label for={id}>{ text(&factor.label) }</label>
                            <p class="help" id={detail_id}>{ text(&factor.detail) }</p>
                        </div>
                    }
                }) }
                <div class="choice">
                    <input type="checkbox" id="risk-none" checked={state.no_risk_factors}
                        onchange={send(dispatch, Action::ToggleNoRiskFactors)} />
                    <label for="risk-none">{ text(s.risk_none()) }</label>
                </div>
            </fieldset>
            <p class="risk-result" aria-live="polite">
                { text(s.risk_ticked()) }{ ": " }{ s.n_of_total(ticked, imdc.factors.len()) }{ ". " }
                if let Some(group) = group {
                    { text(s.risk_matches()) }{ ": " }<strong>{ text(&group.label) }</strong>{ "." }
                }
            </p>
            if let Some(group) = group {
                if current_risk.as_deref() == Some(group.risk.as_str()) {
                    <p class="hint risk-used" tabindex="-1">{ text(s.risk_used()) }</p>
                } else {
                    <button type="button" class="secondary" onclick={send(dispatch, Action::UseRisk(group.risk.clone()))}>{ text(s.use_risk()) }</button>
                }
            }
            <p class="note">{ text(&imdc.note) }</p>
        </>
    }
}

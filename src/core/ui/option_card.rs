use yew::prelude::*;

use super::{named, text};

use super::shared::Shared;
use super::state::{send, Action, MAX_COMPARED};
use super::{prose, OptionDetails};
use mrcc_model::Fit;

/// One card's data. Small and cheap: the option is named by its position in
/// `shared.dataset`, so that a re-render neither copies nor compares its text.
#[derive(PartialEq)]
pub struct Card {
    /// Position in `dataset.options`.
    pub index: usize,
    pub fit: Fit,
    /// Whether the reader has answered anything (the fit then speaks of "situations like yours").
    pub answered: bool,
    /// Why this fit, for the reader's answers.
    pub reasons: std::rc::Rc<[AttrValue]>,
    pub compared: bool,
    /// How many options the reader has ticked to compare (this one included or not).
    pub compared_count: usize,
    /// For each of the option's questions, whether it is in the reader's list.
    pub questions_added: Vec<bool>,
}

/// One treatment option: its fit (in words, with a shape as well as colour) and why, its
/// summary, and its full content behind a native disclosure ([`OptionDetails`]). A [`Part`](super::Part).
pub fn option_card(shared: &Shared, props: &Card, dispatch: &Callback<Action>) -> Html {
    let s = &*shared.strings;
    let Some(option) = shared.dataset.options.get(props.index) else { return Html::default() };
    // Ids live inside this instance's shadow root, so they cannot clash with the host page.
    let heading_id = format!("option-{}", option.id);
    let compare_id = format!("compare-{}", option.id);
    let toggle_compare = send(dispatch, Action::ToggleCompare(option.id.clone()));
    let full = !props.compared && props.compared_count >= MAX_COMPARED;
    let limit_id = format!("compare-limit-{}", option.id);
    html! {
        <article part="card" class="card" data-option={option.id.clone()} data-fit={props.fit.as_str()}
            aria-labelledby={heading_id.clone()}>
            <p class="category">{ s.category(option.category) }</p>
            <h4 id={heading_id} class="card-title">{ text(&option.name) }</h4>
            <p class="summary">{ prose(&option.summary, shared, &format!("o-{}", option.id)) }</p>
            <div class="fit-box">
                <p class="fit" data-fit={props.fit.as_str()}>
                    <span class="fit-icon" aria-hidden="true"></span>{ s.fit(props.fit, props.answered) }
                </p>
                <div class="reasons">
                    <span class="visually-hidden">{ text(s.why()) }{ ": " }</span>
                    { for props.reasons.iter().map(|reason| html! { <p>{ reason.clone() }</p> }) }
                </div>
            </div>
            <div class="card-actions">
                <div class="choice">
                    <input type="checkbox" id={compare_id.clone()} checked={props.compared}
                        disabled={full} onchange={toggle_compare}
                        aria-label={named(s.compare_this(), &option.name)}
                        aria-describedby={full.then(|| limit_id.clone())} />
                    <label for={compare_id}>{ text(s.compare_this()) }</label>
                </div>
                // What ticking did, where the reader is: the comparison is further down.
                if props.compared && props.compared_count >= 2 {
                    <button type="button" class="small compare-now" onclick={send(dispatch, Action::ShowComparison)}>
                        { s.compare_now_count(props.compared_count) }
                    </button>
                } else if props.compared {
                    <p class="hint compare-note">{ text(s.compare_one_more()) }</p>
                } else if full {
                    <p class="hint compare-note" id={limit_id}>{ text(s.compare_limit()) }</p>
                }
            </div>
            <OptionDetails shared={shared.clone()} index={props.index} questions_added={props.questions_added.clone()} dispatch={dispatch.clone()} />
        </article>
    }
}

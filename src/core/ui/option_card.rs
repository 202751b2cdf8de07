use yew::prelude::*;

use super::html::{named, text};
use super::option_details::OptionDetails;
use super::prose::prose;
use super::shared::Shared;
use super::state::{send, Action, MAX_COMPARED};
use mrcc_model::Fit;

/// The reader's side of one card: whether it is ticked for comparison and which of its
/// questions are in the reader's list. The option is named by its position in
/// `shared.dataset`, so that a re-render neither copies nor compares its text.
#[derive(PartialEq)]
pub struct CardActions {
    /// Position in `dataset.options`.
    pub index: usize,
    pub compared: bool,
    /// How many options the reader has ticked to compare (this one included or not).
    pub compared_count: usize,
    /// For each of the option's questions, whether it is in the reader's list.
    pub questions_added: Vec<bool>,
}

/// An option's fit for the reader's answers, and why.
#[derive(PartialEq)]
pub struct CardFit {
    pub fit: Fit,
    /// Whether the reader has answered anything (the fit then speaks of "situations like yours").
    pub answered: bool,
    pub reasons: std::rc::Rc<[AttrValue]>,
}

/// The id of an option's heading, which names its card. Ids live inside this instance's shadow
/// root, so they cannot clash with the host page.
pub fn heading_id(option_id: &str) -> String {
    format!("option-{option_id}")
}

// One card is three [`Part`](super::part::Part)s in the `<article>` the results list draws (which
// carries the fit for the card's border): what it is, its fit, and what the reader did with it.
// An answer then re-renders the fits it changed, not the cards' text.

/// What the option is: its category, name and summary. Changes with the dataset only.
pub fn card_top(shared: &Shared, index: usize) -> Html {
    let s = &*shared.strings;
    let Some(option) = shared.dataset.options.get(index) else { return Html::default() };
    html! {
        <>
            <p class="category">{ s.category(option.category) }</p>
            <h4 id={heading_id(&option.id)} class="card-title">{ text(&option.name) }</h4>
            <p class="summary">{ prose(&option.summary, shared, &format!("o-{}", option.id)) }</p>
            // The adopting hospital's own note (an overlay's): under its name, on the card, as
            // an option it does not offer must say so where the reader sees the option.
            if !option.local_note.is_empty() {
                <p class="summary local-note"><strong>{ text(&shared.dataset.meta.hospital) }{ ": " }</strong>{ text(&option.local_note) }</p>
            }
        </>
    }
}

/// The fit in words, with a shape as well as colour, and the reasons for it.
pub fn card_fit(shared: &Shared, props: &CardFit) -> Html {
    let s = &*shared.strings;
    html! {
        <div class="fit-box">
            <p class="fit" data-fit={props.fit.as_str()}>
                <span class="fit-icon" aria-hidden="true"></span>{ s.fit(props.fit, props.answered) }
            </p>
            <div class="reasons">
                // A paragraph of its own: as an inline span, AT-SPI's text joined it to the fit
                // ("Often used in situations like yoursWhy:").
                <p class="visually-hidden">{ text(s.why()) }{ ":" }</p>
                { for props.reasons.iter().map(|reason| html! { <p>{ reason.clone() }</p> }) }
            </div>
        </div>
    }
}

/// Compare this, and the option's full content behind a disclosure button ([`OptionDetails`]).
pub fn card_actions(shared: &Shared, props: &CardActions, dispatch: &Callback<Action>) -> Html {
    let s = &*shared.strings;
    let Some(option) = shared.dataset.options.get(props.index) else { return Html::default() };
    let compare_id = format!("compare-{}", option.id);
    let toggle_compare = send(dispatch, Action::ToggleCompare(option.id.clone()));
    let full = !props.compared && props.compared_count >= MAX_COMPARED;
    let limit_id = format!("compare-limit-{}", option.id);
    html! {
        <>
            <div class="card-actions">
                <div class="choice">
                    <input type="checkbox" id={compare_id.clone()} checked={props.compared}
                        disabled={full} onchange={toggle_compare}
                        aria-label={named(s.compare_this(), &option.name)}
                        aria-describedby={full.then(|| limit_id.clone())} />
                    // Its name is "Compare: <option>" (aria-label); the visible word is not read twice.
                    <label for={compare_id} aria-hidden="true">{ text(s.compare_this()) }</label>
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
        </>
    }
}

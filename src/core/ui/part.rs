use yew::prelude::*;

use super::about::about;
use super::condition::condition;
use super::glossary::glossary;
use super::leaning::leaning;
use super::option_card::{card_actions, card_fit, card_top, CardActions, CardFit};
use super::shared::Shared;
use super::situation_form::{answer, criterion_field};
use super::state::{Action, Ratings};
use super::values::values;

/// A piece of the explorer that a change of something else leaves as it is.
#[derive(PartialEq)]
pub enum Piece {
    /// An option's category, name and summary (its position in `dataset.options`).
    CardTop(usize),
    CardFit(CardFit),
    CardActions(CardActions),
    /// "About metastatic kidney cancer".
    Condition,
    /// One question of the situation form (`index` in `dataset.criteria`) and its answers.
    Question {
        index: usize,
        chosen: Vec<String>,
    },
    /// One answer (`choice` in the criterion's `choices`) and whether it is chosen.
    Answer {
        criterion: usize,
        choice: usize,
        checked: bool,
    },
    /// What matters and where I am leaning.
    Ratings(Ratings),
    /// The glossary (whose list renders once opened) and "About this information".
    Footer {
        opened: u8,
    },
}

#[derive(Properties, PartialEq)]
pub struct PartProps {
    /// The dataset and strings, compared by identity.
    pub shared: Shared,
    pub piece: Piece,
    pub dispatch: Callback<Action>,
}

/// The explorer's one component type besides itself and [`OptionDetails`](super::option_details::OptionDetails):
/// equal props skip the piece's re-render, so that an answer re-renders the question it
/// changed, the cards whose fit moved, and little else. One type for every piece, since each
/// component type compiles its own copy of Yew's lifecycle code (about half a kilobyte).
pub struct Part;

impl Component for Part {
    type Message = ();
    type Properties = PartProps;

    fn create(_: &Context<Self>) -> Self {
        Part
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let PartProps { shared, piece, dispatch } = ctx.props();
        match piece {
            Piece::CardTop(index) => card_top(shared, *index),
            Piece::CardFit(fit) => card_fit(shared, fit),
            Piece::CardActions(actions) => card_actions(shared, actions, dispatch),
            Piece::Condition => condition(shared),
            Piece::Question { index, chosen } => criterion_field(shared, *index, chosen, dispatch),
            Piece::Answer { criterion, choice, checked } => answer(shared, *criterion, *choice, *checked, dispatch),
            Piece::Ratings(ratings) => {
                html! { <>{ values(shared, ratings, dispatch) }{ leaning(shared, ratings, dispatch) }</> }
            }
            Piece::Footer { opened } => html! { <>{ glossary(shared, *opened, dispatch) }{ about(shared) }</> },
        }
    }
}

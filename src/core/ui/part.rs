//! The pieces of the page that a change may leave as they are: one component type, [`Part`],
//! and a [`Piece`] for each kind of piece. A closed registry, on purpose.
//!
//! **What it is.** The explorer's sections are plain functions of the state, and they all run
//! again on every change. What stands inside a `<Part piece={...}>` does not: Yew re-renders a
//! component only when its props change, and a `Part`'s props are the piece's own data plus
//! the [`Shared`] content, compared by identity. So an answer re-renders the answers it checked
//! or unchecked, the cards whose fit moved, and little else.
//!
//! **Why one component for every piece.** Speed, at the least size. The boundaries took the
//! bench's situation change from 0.9 to 0.6 ms (a49bd22). Each component *type* compiles its
//! own copy of Yew's lifecycle code, about half a kilobyte of compressed wasm, so the pieces
//! share one type and one `view` that matches on the piece: about 0.9 KB for all of them
//! (`docs/size.md`, the rows "Cost of speed"), where a type per piece would cost that half
//! kilobyte each.
//!
//! **The price: a loop.** `Part::view` calls each piece's function, so this file imports the
//! sections it draws, and a section that places a `Part` imports this file back. Most are one
//! way (the explorer and the results place `Part`s; the cards, values and the footer are drawn
//! by one). One loop remains, `part.rs` <-> `situation_form.rs`, because those pieces nest: each
//! question is a `Part`, and each of its answers is a `Part` inside it. The loop is the page's
//! nesting; breaking it would mean a `view` kept away from its type, or a function pointer in
//! every `Part`'s props (more code, and an indirect call), so it stays.
//!
//! **Adding a piece.**
//! 1. Write it as a plain function of `&Shared` and the data it shows, in its section (as
//!    [`card_fit`]).
//! 2. Add a [`Piece`] variant that carries exactly that data. It is what Yew compares before it
//!    skips, so carry small values (positions in the dataset, flags, the state's own parts),
//!    not texts; a struct it carries derives `PartialEq`.
//! 3. Add its arm to `Part`'s `view`.
//! 4. Place it: `<Part shared={shared.clone()} piece={Piece::...} dispatch={dispatch.clone()} />`,
//!    with a `key` in a list.
//! 5. Measure: `make size` and a row in `docs/size.md`; a render test of the section
//!    (`tests/render.rs`).

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
    /// "About metastatic kidney cancer", with its figures on how long people live once the
    /// reader asked for them.
    Condition {
        numbers: bool,
    },
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

/// The explorer's one component type besides itself and
/// [`OptionDetails`](super::option_details::OptionDetails): equal props skip the piece's
/// re-render, so that an answer re-renders the question it changed, the cards whose fit moved,
/// and little else. One type for every piece, since each component type compiles its own copy
/// of Yew's lifecycle code (about half a kilobyte). See the module's documentation for adding a
/// piece.
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
            Piece::Condition { numbers } => condition(shared, *numbers, dispatch),
            Piece::Question { index, chosen } => criterion_field(shared, *index, chosen, dispatch),
            Piece::Answer { criterion, choice, checked } => answer(shared, *criterion, *choice, *checked, dispatch),
            Piece::Ratings(ratings) => {
                html! { <>{ values(shared, ratings, dispatch) }{ leaning(shared, ratings, dispatch) }</> }
            }
            Piece::Footer { opened } => html! { <>{ glossary(shared, *opened, dispatch) }{ about(shared) }</> },
        }
    }
}

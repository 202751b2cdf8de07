//! The widget's interface in Yew. It takes a validated [`Dataset`](mrcc_model::Dataset) and
//! host settings and renders text only (never HTML from data), with classes for style (a strict
//! CSP blocks `style=` attributes). The reader's state lives in [`state`] and in memory only.
//!
//! Only what must skip re-rendering is a component: the [`Explorer`], which holds the state,
//! and each option's card and details, which change only with their own fit or questions. The
//! sections are plain functions of the [`Shared`] content and the state: a component costs
//! about half a kilobyte of compressed wasm, and these re-rendered on every change anyway. The
//! three components are struct components: as function components they brought Yew's hook
//! machinery, 3 KB of compressed wasm, for what `update`, `changed` and `rendered` do.

mod about;
mod browser;
mod change_detail;
mod choice;
mod citation;
mod compare;
mod condition;
mod explorer;
mod glossary;
pub mod intl;
mod jumps;
mod leaning;
mod my_questions;
mod next_steps;
mod option_card;
mod option_details;
mod part;
pub mod prose;
mod results;
mod risk_checklist;
mod shared;
mod situation_form;
pub mod state;
pub mod static_content;
pub mod strings;
mod summary;
pub mod summary_text;
mod values;

// The sections: plain functions the explorer and the static page call, not part of the API.
use about::about;
use choice::choice;
use citation::citation;
use compare::compare;
use condition::condition;
use glossary::glossary;
use jumps::{jumps, your_answers};
use leaning::leaning;
use my_questions::my_questions;
use next_steps::next_steps;
use option_details::{icon_array, OptionDetails};
use part::{Part, Piece};
use prose::prose;
use results::results;
pub use results::{place, Placed};
use risk_checklist::risk_checklist;
use situation_form::situation_form;
use summary::summary;
use values::values;

pub use change_detail::ChangeDetail;
pub use explorer::{Explorer, ExplorerProps};
pub use shared::{ById, Shared};
pub use static_content::StaticContent;

use yew::{AttrValue, Html};

/// A text node. One shared function instead of Yew's conversion at every `{ &text }`, which
/// formatted through `ToString` and was inlined at each of a hundred places.
#[inline(never)]
pub fn text(text: &str) -> Html {
    Html::VText(yew::virtual_dom::VText::new(AttrValue::from(std::rc::Rc::<str>::from(text))))
}

/// The accessible name of a control whose visible text needs its object, as "Compare: SBRT".
/// An `aria-label`, not a visually hidden span: a hidden span is laid out as a block, and
/// browsers then put a space before its text ("Compare : SBRT").
pub fn named(action: &str, object: &str) -> AttrValue {
    AttrValue::from(format!("{action}: {object}"))
}

//! The widget's Yew components. They take a validated [`Dataset`](crate::content::Dataset) and
//! host settings as props and render text only (never HTML from data), with classes for style
//! (a strict CSP blocks `style=` attributes).

mod about;
mod citation;
mod condition;
mod explorer;
mod glossary;
mod next_steps;
mod option_card;
pub mod strings;

pub use about::About;
pub use citation::Citation;
pub use condition::ConditionSection;
pub use explorer::{Explorer, ExplorerProps};
pub use glossary::Glossary;
pub use next_steps::NextSteps;
pub use option_card::OptionCard;

/// The widget's stylesheet, adopted by each shadow root as one constructable stylesheet.
pub const STYLESHEET: &str = include_str!("styles.css");

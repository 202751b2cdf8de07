//! The widget's interface in Yew. It takes a validated [`Dataset`](mrcc_model::Dataset) and
//! host settings and renders text only (never HTML from data), with classes for style (a strict
//! CSP blocks `style=` attributes). The reader's state lives in [`state`] and in memory only.
//!
//! Only what must skip re-rendering is a component: the [`Explorer`], which holds the state,
//! each option's details, and the pieces a change may leave as they are (the cards, each
//! question and answer, ...: one `Part` type for them all, see `part.rs`). The sections are
//! plain functions of the [`Shared`] content and the state: a component costs about half a
//! kilobyte of compressed wasm, and these re-rendered on every change anyway. The three
//! components are struct components: as function components they brought Yew's hook
//! machinery, 3 KB of compressed wasm, for what `update`, `changed` and `rendered` do.
//!
//! This file only declares the modules and the API. Each section imports what it uses from the
//! module that defines it: `html` for `text()` and `named()`, `shared` for [`Shared`], and so on.

mod about;
mod boxes;
mod browser;
mod change_detail;
mod choice;
mod citation;
mod compare;
mod condition;
mod explorer;
mod glossary;
mod html;
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
pub mod resume;
mod risk_checklist;
mod shared;
mod situation_form;
pub mod state;
pub mod static_content;
pub mod strings;
mod summary;
pub mod summary_text;
mod values;

// The API: what `embed`, the CLI's static page and the tests use.
pub use change_detail::ChangeDetail;
pub use explorer::{Explorer, ExplorerProps};
pub use results::{place, Placed};
pub use shared::{ById, Shared};
pub use static_content::StaticContent;

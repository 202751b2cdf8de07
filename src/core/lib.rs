//! # mrcc-core
//!
//! The widget itself, everything of it that runs in the page. One crate, so that the core's
//! wasm is one compilation unit: split into crates, the same code grew by about 1 KB brotli
//! (each crate instantiates its own copy of shared generic code such as `Vec` drops; stable Rust
//! cannot share them). The modules keep the layers apart:
//!
//! - [`rules`]: which options are often, sometimes or rarely used in situations like the
//!   reader's, and why. Pure Rust: no browser APIs, no Yew.
//! - [`ui`]: the Yew components that render a dataset and the reader's answers as text.
//! - [`embed`]: the glue the custom element (`src/element/`) calls to mount, update and unmount
//!   one app per element, and the events it sends back.
//!
//! The dataset arrives already checked and packed ([`mrcc_model::unpack`]); the reader and
//! validator (`mrcc-check`) are never part of the core. The wasm itself is built by
//! `src/core-wasm`.

#[cfg(feature = "ui")]
pub mod embed;
pub mod rules;
#[cfg(feature = "ui")]
pub mod ui;

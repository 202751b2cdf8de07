//! # mrcc-explorer
//!
//! An embeddable web widget, `<mrcc-explorer>`, that helps people with metastatic kidney
//! cancer and their families understand their treatment options. It informs a conversation with
//! the care team; it never gives advice.
//!
//! The folders follow the architecture:
//! - [`content`]: the dataset model and its validation. Pure Rust, no browser APIs.
//! - [`rules`]: applies the dataset's fit rules to the reader's answers. Pure Rust.
//! - [`contract`]: the host contract (error codes, languages, attributes, events, parts and
//!   properties), declared once and checked against every file that repeats it.
//! - [`ui`]: the Yew components that render a dataset as text.
//! - `embed` (wasm32 only): the glue the custom element in `src/embed/*.js` calls to mount,
//!   update and unmount one app per element: the widget's core wasm.
//! - `validator` (wasm32 only): the second wasm, built with the `validator-module` feature,
//!   that checks and packs a host's own dataset; only pages with one load it.

pub mod content;
pub mod contract;
pub mod rules;
pub mod small_map;
pub mod ui;

#[cfg(all(target_arch = "wasm32", not(feature = "validator-module")))]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod validator;

// Talc instead of the default dlmalloc: about 7 KB less wasm (2 KB brotli).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

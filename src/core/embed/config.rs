//! Generated from src/model/contract.rs by `make generate`: edit that file, not this one.
//!
//! The element's configuration (`CORE_CONFIG`), as typed parameters in its order: wasm-bindgen
//! checks each value's type, and the element passes them with `coreArguments` from
//! `src/element/contract.js`, just before the `mount` or `update` that takes them.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

/// What the element passes in. Every field is optional: an absent or malformed value means
/// "use the default", never an error.
#[derive(Default)]
pub(super) struct HostConfig {
    /// The `appointment-url` attribute.
    pub appointment_url: Option<String>,
    /// The `support-url` attribute.
    pub support_url: Option<String>,
    /// The `situation` attribute: answers to start with, as a query string.
    pub situation: Option<String>,
    /// The resolved language (`lang` attribute, nearest `[lang]`, document), e.g. "en".
    pub language: Option<String>,
    /// A host's own dataset (from `data-src` or an inline JSON child), packed by the validator module.
    pub dataset: Option<Vec<u8>>,
    /// `share-link="off"`: no links or codes to the reader's answers.
    pub share_off: bool,
    /// On update: the dataset's source changed (another `data-src`, or another language for the built-in content), so take `dataset`, or the built-in one when it is null.
    pub reload_dataset: bool,
}

thread_local! {
    static NEXT: RefCell<HostConfig> = RefCell::default();
}

/// Sets the configuration for the next `mount` or `update`.
#[wasm_bindgen]
pub fn configure(
    appointment_url: Option<String>,
    support_url: Option<String>,
    situation: Option<String>,
    language: Option<String>,
    dataset: Option<Vec<u8>>,
    share_off: bool,
    reload_dataset: bool,
) {
    NEXT.with(|next| next.replace(HostConfig { appointment_url, support_url, situation, language, dataset, share_off, reload_dataset }));
}

/// The configuration `configure` set (the default if none), for `mount` or `update`.
pub(super) fn take() -> HostConfig {
    NEXT.with(|next| next.take())
}

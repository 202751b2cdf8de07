//! The glue between the `<mrcc-explorer>` custom element (`mrcc-explorer-element.js`) and Yew.
//!
//! The element owns its shadow root and lifecycle; Rust owns one Yew app per element, kept in a
//! registry under a numeric id so that JavaScript never holds Rust objects. Nothing here may
//! panic on input from the page: a panic in WebAssembly stops every instance on the page.

mod dataset;
mod stylesheet;

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRoot};
use yew::{AppHandle, AttrValue, Renderer};

use crate::ui::{Explorer, ExplorerProps};

thread_local! {
    static APPS: RefCell<BTreeMap<u32, AppHandle<Explorer>>> = RefCell::new(BTreeMap::new());
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

/// What the element reads from its attributes. Every field is optional: an absent or
/// malformed value means "use the default", never an error.
#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct HostConfig {
    appointment_url: Option<String>,
    support_url: Option<String>,
}

impl HostConfig {
    fn from_js(value: JsValue) -> Self {
        serde_wasm_bindgen::from_value(value).unwrap_or_default()
    }
}

fn props(config: HostConfig) -> Result<ExplorerProps, JsError> {
    Ok(ExplorerProps {
        dataset: dataset::built_in()?,
        appointment_url: config.appointment_url.map(AttrValue::from),
        support_url: config.support_url.map(AttrValue::from),
    })
}

#[wasm_bindgen(start)]
fn start() {
    // Yew installs its own hook on first render unless one is set; ours names the widget.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("mrcc-explorer: internal error: {info}").into());
    }));
}

/// The package version, for the host's diagnostics.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// Renders a new app into `root` (a `<div>` inside `shadow`) and returns its id.
#[wasm_bindgen]
pub fn mount(shadow: ShadowRoot, root: Element, config: JsValue) -> Result<u32, JsError> {
    let props = props(HostConfig::from_js(config))?;
    stylesheet::adopt(&shadow)?;
    let handle = Renderer::<Explorer>::with_root_and_props(root, props).render();
    let id = NEXT_ID.with(|next| {
        let id = next.get();
        next.set(id.wrapping_add(1));
        id
    });
    APPS.with(|apps| apps.borrow_mut().insert(id, handle));
    Ok(id)
}

/// Re-renders app `id` with new attribute values, keeping the reader's state.
#[wasm_bindgen]
pub fn update(id: u32, config: JsValue) -> Result<(), JsError> {
    let props = props(HostConfig::from_js(config))?;
    APPS.with(|apps| {
        if let Some(handle) = apps.borrow_mut().get_mut(&id) {
            handle.update(props);
        }
    });
    Ok(())
}

/// Destroys app `id`. Unknown ids are ignored, so a double unmount is harmless.
#[wasm_bindgen]
pub fn unmount(id: u32) {
    let handle = APPS.with(|apps| apps.borrow_mut().remove(&id));
    if let Some(handle) = handle {
        handle.destroy();
    }
}

/// How many apps are mounted: lets tests prove that removed elements are cleaned up.
#[wasm_bindgen(js_name = mountedCount)]
pub fn mounted_count() -> usize {
    APPS.with(|apps| apps.borrow().len())
}

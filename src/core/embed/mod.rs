//! The glue between the `<mrcc-explorer>` custom element (`mrcc-explorer-element.js`) and Yew.
//!
//! The element owns its shadow root and lifecycle and fetches the datasets (a host's own through
//! the validator module, `src/validator`); Rust owns one
//! Yew app per element, kept in a registry under a numeric id so that JavaScript never holds
//! Rust objects. Nothing here may panic on input from the page: a panic in WebAssembly stops
//! every instance on the page.
//!
//! Yew never frees an app's event listeners (its `BSubtree` forgets their closures, and they
//! hold the app's event registry): each destroyed app kept about 11 KB of wasm memory for the
//! page's life. So an element's app is parked, not destroyed, when the element goes (it renders
//! nothing and forgets its reader), and the next element to mount takes it, with its root
//! (the element module keeps the roots): memory follows the most apps a page ever showed at
//! once, not how often elements came and went.

#[rustfmt::skip] // generated (make generate)
mod config;
mod dataset;
mod js_value;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, AttrValue, Callback, Renderer};

use crate::rules::Situation;
use crate::ui::resume;
use crate::ui::{ChangeDetail, Explorer, ExplorerProps};
pub use config::configure;
use config::HostConfig;
use js_value::error;
use mrcc_model::small_map::SmallMap;
use mrcc_model::text::join;
use mrcc_model::Dataset;

struct App {
    handle: AppHandle<Explorer>,
    dataset: Rc<Dataset>,
    /// The element's `mrcc-change` dispatcher.
    on_change: Callback<ChangeDetail>,
    /// The `situation` attribute last seen, and the answers parsed from it: parsed (and warned
    /// about) once per new value, not on every update.
    situation: Option<(String, Situation)>,
}

thread_local! {
    static APPS: RefCell<SmallMap<u32, App>> = const { RefCell::new(SmallMap::new()) };
    /// Apps whose elements are gone, for the next elements to take (`unmount`, `mount`).
    static PARKED: RefCell<SmallMap<u32, App>> = const { RefCell::new(SmallMap::new()) };
    /// The element module's function that puts every instance on the page into its fallback.
    static PANIC_LISTENER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

impl HostConfig {
    fn props(
        &self,
        dataset: Rc<Dataset>,
        situation: Option<Situation>,
        on_change: Callback<ChangeDetail>,
    ) -> ExplorerProps {
        ExplorerProps {
            dataset: dataset.into(),
            appointment_url: self.appointment_url.clone().map(AttrValue::from),
            support_url: self.support_url.clone().map(AttrValue::from),
            situation,
            on_change: Some(on_change),
            all_details: false,
            parked: false,
            share_off: self.share_off,
        }
    }
}

/// The answers in a `situation` attribute. Unknown criteria or choices are ignored, with one
/// warning.
fn parse_situation(query: &str, dataset: &Dataset) -> (String, Situation) {
    let (situation, warnings) = Situation::parse(query, dataset);
    if !warnings.is_empty() {
        let list: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        warn(&format!("mrcc-explorer: situation: {}", join(&list, "; ")));
    }
    (query.to_owned(), situation)
}

/// A console warning. A function of its own though it has one caller: written inline, the
/// `String` to `JsValue` conversion made the wasm 54 bytes (brotli) larger.
fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Wraps the element's JS dispatcher, which parses the detail's JSON text.
fn change_callback(notify: js_sys::Function) -> Callback<ChangeDetail> {
    Callback::from(move |detail: ChangeDetail| {
        let _ = notify.call1(&JsValue::NULL, &JsValue::from_str(&detail.0));
    })
}

fn dataset_for(config: &HostConfig) -> Result<Rc<Dataset>, JsValue> {
    let parsed = match &config.dataset {
        Some(bytes) => dataset::read(bytes).map(Rc::new),
        None => dataset::built_in(config.language.as_deref().unwrap_or("en")),
    };
    parsed.map_err(|e| error("invalid-data", &e.0))
}

#[wasm_bindgen(start)]
fn start() {
    // Yew installs its own hook on first render unless one is set. A panic stops the wasm for
    // every instance on the page, so ours tells the element module, which shows each
    // instance's fallback and fires `mrcc-error`, instead of leaving dead widgets.
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = format!("mrcc-explorer: internal error: {info}");
        web_sys::console::error_1(&message.as_str().into());
        let listener = PANIC_LISTENER.with(|listener| listener.try_borrow().ok().and_then(|l| l.clone()));
        if let Some(listener) = listener {
            let _ = listener.call1(&JsValue::NULL, &message.into());
        }
    }));
}

/// Registers the function the panic hook calls (the element module's).
#[wasm_bindgen(js_name = setPanicListener)]
pub fn set_panic_listener(listener: js_sys::Function) {
    PANIC_LISTENER.with(|slot| *slot.borrow_mut() = Some(listener));
}

/// Gives the wasm a packed built-in dataset (`mrcc-explorer-<language>.bin`), which the element
/// fetches once per page.
#[wasm_bindgen(js_name = provideBuiltIn)]
pub fn provide_built_in(language: &str, bytes: &[u8]) {
    dataset::provide(language, bytes);
}

/// Completes the built-in dataset of `language` with its details
/// (`mrcc-explorer-<language>-details.bin`, fetched after the first render). Returns whether
/// it changed; the element then updates its apps, which keep the reader's answers.
#[wasm_bindgen(js_name = provideDetails)]
pub fn provide_details(language: &str, bytes: &[u8]) -> bool {
    dataset::provide_details(language, bytes)
}

/// The package version, for the host's diagnostics.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// Renders an app into `root` (a `<div>` in the element's shadow root, which the element
/// styles) and returns its id. `parked` names a parked app whose root `root` is (the element
/// moved it in): that app is taken, with the same id, instead of building a new one. The
/// configuration is what `configure` set just before (`config.rs`).
#[wasm_bindgen]
pub fn mount(root: Element, notify: js_sys::Function, parked: Option<u32>) -> Result<u32, JsValue> {
    let config = config::take();
    let dataset = dataset_for(&config)?;
    let on_change = change_callback(notify);
    let situation = config.situation.as_deref().map(|query| parse_situation(query, &dataset));
    let props = config.props(dataset.clone(), situation.as_ref().map(|(_, parsed)| parsed.clone()), on_change.clone());
    let (id, handle) =
        match parked.and_then(|id| PARKED.with(|apps| apps.borrow_mut().remove(&id)).map(|app| (id, app))) {
            Some((id, mut app)) => {
                app.handle.update(props);
                (id, app.handle)
            }
            None => {
                let id = NEXT_ID.with(|next| {
                    let id = next.get();
                    next.set(id.wrapping_add(1));
                    id
                });
                (id, Renderer::<Explorer>::with_root_and_props(root, props).render())
            }
        };
    APPS.with(|apps| apps.borrow_mut().insert(id, App { handle, dataset, on_change, situation }));
    Ok(id)
}

/// What `mrcc-ready` tells the host about app `id`: `{ version, language, reviewed,
/// optionCount }`, or `null` for an unknown id.
#[wasm_bindgen]
pub fn describe(id: u32) -> JsValue {
    APPS.with(|apps| {
        let apps = apps.borrow();
        let Some(app) = apps.get(&id) else { return JsValue::NULL };
        js_value::describe(&app.dataset)
    })
}

/// Re-renders app `id` with new attribute values, keeping the reader's answers, comparison and
/// questions, also when the language or dataset changes. Throws `{ code, message }` for an
/// invalid dataset. The new values are what `configure` set just before.
#[wasm_bindgen]
pub fn update(id: u32) -> Result<(), JsValue> {
    let config = config::take();
    let new_dataset =
        if config.reload_dataset || config.dataset.is_some() { Some(dataset_for(&config)?) } else { None };
    // Out of the registry while Yew renders (synchronously, see Cargo.toml): nothing the render
    // calls can then find the registry borrowed.
    let Some(mut app) = APPS.with(|apps| apps.borrow_mut().remove(&id)) else { return Ok(()) };
    if let Some(dataset) = new_dataset {
        app.dataset = dataset;
    }
    if config.situation.as_deref() != app.situation.as_ref().map(|(query, _)| query.as_str()) {
        app.situation = config.situation.as_deref().map(|query| parse_situation(query, &app.dataset));
    }
    let situation = app.situation.as_ref().map(|(_, parsed)| parsed.clone());
    app.handle.update(config.props(app.dataset.clone(), situation, app.on_change.clone()));
    APPS.with(|apps| apps.borrow_mut().insert(id, app));
    Ok(())
}

/// Parks app `id` for the next element (see the module docs): it renders nothing and forgets
/// its reader and host; the element keeps its root for the next element to mount. It keeps its
/// dataset until taken (the built-in one is shared anyway). Unknown ids are ignored, so a
/// double unmount is harmless.
#[wasm_bindgen]
pub fn unmount(id: u32) {
    let Some(mut app) = APPS.with(|apps| apps.borrow_mut().remove(&id)) else { return };
    app.handle.update(ExplorerProps {
        dataset: app.dataset.clone().into(),
        appointment_url: None,
        support_url: None,
        situation: None,
        on_change: None,
        all_details: false,
        parked: true,
        share_off: false,
    });
    PARKED.with(|apps| apps.borrow_mut().insert(id, app));
}

/// Calls `f` with app `id`, out of the registry while it runs (Yew renders synchronously);
/// `None` for an unknown id.
fn with_app<T>(id: u32, f: impl FnOnce(&App) -> T) -> Option<T> {
    let app = APPS.with(|apps| apps.borrow_mut().remove(&id))?;
    let result = f(&app);
    APPS.with(|apps| apps.borrow_mut().insert(id, app));
    Some(result)
}

/// For the share module: fills app `id`'s answers in from a link or a code it read, with the
/// parts `include` names, as the reader's own actions would (`resume::actions`: anything the
/// dataset has no place for is left out).
#[wasm_bindgen]
pub fn resume(id: u32, positions: &str, include: u8) {
    with_app(id, |app| {
        let actions = app
            .handle
            .get_component()
            .map(|explorer| resume::actions(&app.dataset, positions, include, explorer.state()));
        for action in actions.into_iter().flatten() {
            app.handle.send_message(action);
        }
    });
}

/// For the element's modules, one door to app `id`'s texts (one export, as each costs the start
/// its glue): `@answers`, the reader's answers as positions in its dataset, a character each
/// (`resume::positions`); `@structure`, the ids the share codec names positions by
/// (`resume::structure`); any other key, its interface text (`share_heading`, ...) in its
/// content's language, or its extras (`extras`: the knowledge check and the care team's page as
/// JSON text, `mrcc_model::extras`). Empty when unknown.
#[wasm_bindgen]
pub fn text(id: u32, key: &str) -> String {
    with_app(id, |app| match key {
        "@answers" => app.handle.get_component().map(|explorer| resume::positions(&app.dataset, explorer.state())),
        "@structure" => Some(resume::structure(&app.dataset)),
        _ => app.dataset.ui.0.get(key).cloned(),
    })
    .flatten()
    .unwrap_or_default()
}

/// How many apps are mounted: lets tests prove that removed elements are cleaned up.
#[wasm_bindgen(js_name = mountedCount)]
pub fn mounted_count() -> usize {
    APPS.with(|apps| apps.borrow().len())
}

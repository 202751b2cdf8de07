//! The validator module: a second, separate wasm that checks a host's own dataset (from
//! `data-src` or an inline JSON child) and packs it for the widget's core.
//!
//! Why separate: the JSON reader and the validator are as large as a third of the widget's own
//! code, and only pages with their own dataset need them. The element loads this module for
//! those pages alone; the built-in content is checked and packed when the package is built
//! (`mrcc-content pack`). It reports exactly what the editors' CLI reports, because it runs the
//! same [`check`]. Built with the `validator-module` feature, which exports [`pack_dataset_js`]
//! and nothing of the widget; in the widget's own build these functions are unused and left out.

use js_sys::{Array, Object};
use wasm_bindgen::{JsCast, JsValue};

use crate::content::{check, pack, Json};
use crate::ui::strings::add_built_in_strings;

/// Checks a dataset text and returns its packed form with its language's built-in interface
/// strings added. Warnings go to the console; errors come back one per line, each with its JSON
/// path, as the CLI prints them.
pub fn pack_dataset(text: &str) -> Result<Vec<u8>, String> {
    let value = js_sys::JSON::parse(text).map_err(|error| {
        let detail = js_sys::Error::from(error).message();
        format!("dataset: expected JSON text ({})", String::from(detail))
    })?;
    let json = to_json(&value).ok_or_else(|| "dataset: expected JSON nested at most 64 levels deep".to_owned())?;
    match check(&json, Some(&today())).usable() {
        Ok((mut dataset, warnings)) => {
            for warning in warnings {
                web_sys::console::warn_1(&format!("mrcc-explorer: {warning}").into());
            }
            add_built_in_strings(&mut dataset);
            Ok(pack(&dataset))
        }
        Err(problems) => {
            let lines: Vec<String> = problems.iter().filter(|p| p.is_error()).map(ToString::to_string).collect();
            Err(lines.join("\n"))
        }
    }
}

/// [`pack_dataset`] for the element: the packed bytes, or an `Error` whose message lists the
/// problems (the element reports it as `invalid-data`).
#[cfg(feature = "validator-module")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = packDataset)]
pub fn pack_dataset_js(text: &str) -> Result<js_sys::Uint8Array, wasm_bindgen::JsError> {
    pack_dataset(text).map(|bytes| bytes.as_slice().into()).map_err(|message| wasm_bindgen::JsError::new(&message))
}

/// Today's date (UTC) as YYYY-MM-DD, for the overdue-review warning.
fn today() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    iso.get(..10).unwrap_or_default().to_owned()
}

/// Deeper than any dataset needs; a limit keeps hostile input from exhausting the wasm stack.
const MAX_DEPTH: u32 = 64;

/// The value `JSON.parse` returned, as a [`Json`] tree. `None` when nested deeper than
/// [`MAX_DEPTH`].
pub fn to_json(value: &JsValue) -> Option<Json> {
    to_json_within(value, MAX_DEPTH)
}

fn to_json_within(value: &JsValue, depth: u32) -> Option<Json> {
    if let Some(b) = value.as_bool() {
        return Some(Json::Bool(b));
    }
    if let Some(n) = value.as_f64() {
        return Some(Json::Number(n));
    }
    if let Some(text) = value.as_string() {
        return Some(Json::String(text));
    }
    if value.is_null() || value.is_undefined() {
        return Some(Json::Null);
    }
    if depth == 0 {
        return None;
    }
    if Array::is_array(value) {
        let array: &Array = value.unchecked_ref();
        return array.iter().map(|item| to_json_within(&item, depth - 1)).collect::<Option<_>>().map(Json::Array);
    }
    let object: &Object = value.dyn_ref()?;
    Object::entries(object)
        .iter()
        .map(|entry| {
            let pair: Array = entry.unchecked_into();
            Some((pair.get(0).as_string()?, to_json_within(&pair.get(1), depth - 1)?))
        })
        .collect::<Option<_>>()
        .map(Json::Object)
}

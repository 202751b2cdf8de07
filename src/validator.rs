//! The validator module: a second, separate wasm that checks a host's own dataset (from
//! `data-src` or an inline JSON child) and packs it for the widget's core.
//!
//! Why separate: the JSON reader and the validator are as large as a third of the widget's own
//! code, and only pages with their own dataset need them. The element loads this module for
//! those pages alone; the built-in content is checked and packed when the package is built
//! (`mrcc-content pack`). It reports exactly what the editors' CLI reports, because it runs the
//! same checks ([`check_json_with`], with JavaScript's float parser). Built with the `validator-module` feature, which exports [`pack_dataset_js`]
//! and nothing of the widget; in the widget's own build these functions are unused and left out.

use crate::content::{check_json_with, pack};
use crate::ui::strings::add_built_in_strings;

/// Checks a dataset text and returns its packed form with its language's built-in interface
/// strings added. Warnings go to the console; errors come back one per line, each with its JSON
/// path, as the CLI prints them.
pub fn pack_dataset(text: &str) -> Result<Vec<u8>, String> {
    // The same parser and checks as the CLI's `validate`: a repeated key is an error here too,
    // where `JSON.parse` would silently keep the last one.
    let parse_float = |number: &str| Some(js_sys::Number::parse_float(number));
    match check_json_with(text, Some(&today()), parse_float).usable() {
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

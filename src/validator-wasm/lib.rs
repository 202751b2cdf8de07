//! The validator module: a second, separate wasm that checks a host's own dataset (from
//! `data-src` or an inline JSON child) and packs it for the widget's core.
//!
//! Why separate: the JSON reader and the validator are as large as a third of the widget's own
//! code, and only pages with their own dataset need them. The element loads this module for
//! those pages alone; the built-in content is checked and packed when the package is built
//! (`mrcc-content pack`). It reports exactly what the editors' CLI reports, because it runs the
//! same checks ([`pack_for_widget`]), with JavaScript's float parser.

use mrcc_check::{pack_for_widget, Packed};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsError, JsValue};

// Rust's own float parser would add about 18 KB brotli; the text is already checked against
// JSON's grammar, so JavaScript's parseFloat reads it the same way.
fn parse_float(number: &str) -> Option<f64> {
    Some(js_sys::Number::parse_float(number))
}

/// Checks a dataset text (or an overlay, on the built-in content given as its two packs) and
/// returns its packed form; for an overlay without them, the language of the built-in content
/// it needs (the element fetches its packs and calls again); or an `Error` whose message lists
/// the problems, one per line with its JSON path (the element reports it as `invalid-data`).
/// Warnings go to the console.
#[wasm_bindgen(js_name = packDataset)]
pub fn pack_dataset(text: &str, start: Option<Vec<u8>>, details: Option<Vec<u8>>) -> Result<JsValue, JsError> {
    let base = match (start, details) {
        (Some(start), Some(details)) => {
            let whole = mrcc_model::unpack(&start).zip(mrcc_model::unpack(&details));
            Some(whole.and_then(|(start, details)| mrcc_model::merge(start, details)).ok_or_else(|| {
                JsError::new("error: dataset: the built-in content for the overlay could not be read")
            })?)
        }
        _ => None,
    };
    match pack_for_widget(text, Some(&today()), parse_float, base).map_err(|message| JsError::new(&message))? {
        Packed::Dataset(bytes, warnings) => {
            for warning in warnings {
                web_sys::console::warn_1(&format!("mrcc-explorer: {warning}").into());
            }
            Ok(js_sys::Uint8Array::from(bytes.as_slice()).into())
        }
        Packed::NeedsBase(language) => Ok(language.into()),
    }
}

/// Today's date (UTC) as YYYY-MM-DD, for the overdue-review warning.
fn today() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    iso.get(..10).unwrap_or_default().to_owned()
}

// A free list per power-of-two size instead of the default dlmalloc: faster for Yew's many
// small blocks, and a little smaller (src/alloc).
#[global_allocator]
static ALLOCATOR: mrcc_alloc::SizeClasses<mrcc_alloc::WasmMemory> =
    mrcc_alloc::SizeClasses::new(mrcc_alloc::WasmMemory);

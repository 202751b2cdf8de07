//! The built-in dataset, parsed once per page with the browser's `JSON.parse` and
//! `serde-wasm-bindgen` (serde_json would add about 56 KB of wasm).

use std::rc::Rc;

use wasm_bindgen::JsError;

use crate::content::{validate, Dataset, BUILT_IN_EN};

thread_local! {
    static BUILT_IN: Result<Rc<Dataset>, &'static str> = parse_built_in();
}

fn parse_built_in() -> Result<Rc<Dataset>, &'static str> {
    let value = js_sys::JSON::parse(BUILT_IN_EN).map_err(|_| "the built-in content is not valid JSON")?;
    let dataset: Dataset = serde_wasm_bindgen::from_value(value)
        .map_err(|_| "the built-in content does not match the dataset schema")?;
    if !validate(&dataset).is_empty() {
        return Err("the built-in content failed validation");
    }
    Ok(Rc::new(dataset))
}

pub fn built_in() -> Result<Rc<Dataset>, JsError> {
    BUILT_IN.with(|parsed| parsed.clone().map_err(JsError::new))
}

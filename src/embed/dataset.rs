//! Datasets in the browser: the built-in one, parsed once per page, and a host's own (from
//! `data-src` or an inline JSON child), parsed per element. Parsing uses the browser's
//! `JSON.parse` (serde_json would add about 56 KB of wasm), read into a
//! [`Json`](crate::content::Json) tree, then the same reader and validation as the editors' CLI.

use std::rc::Rc;

use crate::content::{check, Dataset, BUILT_IN_EN, BUILT_IN_ES};

/// Why a dataset cannot be shown, for the `mrcc-error` event and the console.
pub struct DatasetError(pub String);

thread_local! {
    // Parsed on first use only: a page in English never parses the Spanish text.
    static BUILT_IN_EN_PARSED: Result<Rc<Dataset>, String> = parse(BUILT_IN_EN).map(Rc::new).map_err(|e| e.0);
    static BUILT_IN_ES_PARSED: Result<Rc<Dataset>, String> = parse(BUILT_IN_ES).map(Rc::new).map_err(|e| e.0);
}

/// The built-in dataset for `language` (`es` or English for anything else), validated here as
/// by the native tests.
pub fn built_in(language: &str) -> Result<Rc<Dataset>, DatasetError> {
    let cell = if language == "es" { &BUILT_IN_ES_PARSED } else { &BUILT_IN_EN_PARSED };
    cell.with(|parsed| parsed.clone().map_err(DatasetError))
}

/// Parses and validates a dataset text; warnings go to the console, errors are returned.
pub fn parse(text: &str) -> Result<Dataset, DatasetError> {
    let value = js_sys::JSON::parse(text).map_err(|error| {
        let detail = js_sys::Error::from(error).message();
        DatasetError(format!("dataset: expected JSON text ({})", String::from(detail)))
    })?;
    let json = super::js_value::to_json(&value)
        .ok_or_else(|| DatasetError("dataset: expected JSON nested at most 64 levels deep".to_owned()))?;
    match check(&json, Some(&today())).usable() {
        Ok((dataset, warnings)) => {
            for warning in warnings {
                web_sys::console::warn_1(&format!("mrcc-explorer: {warning}").into());
            }
            Ok(dataset)
        }
        Err(problems) => {
            let lines: Vec<String> = problems.iter().filter(|p| p.is_error()).map(ToString::to_string).collect();
            Err(DatasetError(lines.join("\n")))
        }
    }
}

/// Today's date (UTC) as YYYY-MM-DD.
fn today() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    iso.get(..10).unwrap_or_default().to_owned()
}

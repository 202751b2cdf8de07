//! Datasets in the browser: the built-in one, parsed once per page, and a host's own (from
//! `data-src` or an inline JSON child), parsed per element. Parsing uses the browser's
//! `JSON.parse` (serde_json would add about 56 KB of wasm), read into a
//! [`Json`](crate::content::Json) tree, then the same reader and validation as the editors' CLI.

use std::cell::RefCell;
use std::rc::Rc;

use crate::content::{check, Dataset, BUILT_IN_EN_COMPACT};
use crate::small_map::SmallMap;

/// Why a dataset cannot be shown, for the `mrcc-error` event and the console.
pub struct DatasetError(pub String);

/// Built-in languages whose content is not in the wasm: the element fetches it from the package
/// (`mrcc-explorer-<language>.json`) when a page needs it, so English pages do not download it.
pub const ON_DEMAND: &[&str] = &["es"];

type Parsed = Result<Rc<Dataset>, String>;

thread_local! {
    // Parsed once per page, on first use.
    static BUILT_IN_EN_PARSED: Parsed = parse(BUILT_IN_EN_COMPACT).map(Rc::new).map_err(|e| e.0);
    static ON_DEMAND_PARSED: RefCell<SmallMap<String, Parsed>> = const { RefCell::new(SmallMap::new()) };
}

/// Takes the text of an on-demand built-in dataset; the first text given per language stays.
pub fn provide(language: &str, text: &str) {
    if !ON_DEMAND.contains(&language) || ON_DEMAND_PARSED.with(|cell| cell.borrow().contains_key(language)) {
        return;
    }
    let parsed = parse(text).map(Rc::new).map_err(|e| e.0);
    ON_DEMAND_PARSED.with(|cell| cell.borrow_mut().insert(language.to_owned(), parsed));
}

/// The built-in dataset for `language`: English, or an on-demand language once provided.
pub fn built_in(language: &str) -> Result<Rc<Dataset>, DatasetError> {
    if !ON_DEMAND.contains(&language) {
        return BUILT_IN_EN_PARSED.with(|parsed| parsed.clone().map_err(DatasetError));
    }
    ON_DEMAND_PARSED.with(|cell| match cell.borrow().get(language) {
        Some(parsed) => parsed.clone().map_err(DatasetError),
        None => Err(DatasetError(format!("the built-in \"{language}\" content has not been loaded"))),
    })
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

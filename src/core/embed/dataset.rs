//! Datasets in the widget's core. Every dataset arrives packed ([`mrcc_model::unpack`]),
//! already checked: the built-in ones were packed when the package was built (the element
//! fetches `mrcc-explorer-<language>.bin` once per page and provides it here), and a host's own
//! went through the validator module first. So the core carries neither a JSON reader nor the
//! validator, and unpacking only refuses bytes that are damaged or from another version.

use std::cell::RefCell;
use std::rc::Rc;

use mrcc_model::small_map::SmallMap;
use mrcc_model::{merge, unpack, Dataset};

/// Why a dataset cannot be shown, for the `mrcc-error` event and the console.
pub struct DatasetError(pub String);

/// The languages of the built-in content; any other falls back to the first.
pub const BUILT_IN: &[&str] = mrcc_model::contract::BUILT_IN_LANGUAGES;

type Parsed = Result<Rc<Dataset>, String>;

thread_local! {
    // Unpacked once per page and language, when the element provides it.
    static PROVIDED: RefCell<SmallMap<String, Parsed>> = const { RefCell::new(SmallMap::new()) };
    // The first part's bytes, until its details arrive: unpacked again to take them.
    static START_BYTES: RefCell<SmallMap<String, Vec<u8>>> = const { RefCell::new(SmallMap::new()) };
}

/// Takes the packed built-in dataset of `language`; the first one given per language stays.
pub fn provide(language: &str, bytes: &[u8]) {
    if !BUILT_IN.contains(&language) || PROVIDED.with(|cell| cell.borrow().contains_key(language)) {
        return;
    }
    let parsed = read(bytes).map(Rc::new).map_err(|e| e.0);
    PROVIDED.with(|cell| cell.borrow_mut().insert(language.to_owned(), parsed));
    START_BYTES.with(|cell| cell.borrow_mut().insert(language.to_owned(), bytes.to_vec()));
}

/// Completes the built-in dataset of `language` with its details (see [`mrcc_model::split`]),
/// which the element fetches after the first render. Returns whether the dataset changed: false
/// when the first part is not there yet, the details were already given, or the bytes are
/// damaged or from another version (the first screen then stays as it is, and the reader sees
/// that the details did not load).
pub fn provide_details(language: &str, bytes: &[u8]) -> bool {
    let Some(details) = unpack(bytes) else { return false };
    let Some(start) = START_BYTES.with(|cell| cell.borrow().get(language).and_then(|bytes| unpack(bytes))) else {
        return false;
    };
    let Some(whole) = merge(start, details) else { return false };
    START_BYTES.with(|cell| cell.borrow_mut().remove(language));
    PROVIDED.with(|cell| cell.borrow_mut().insert(language.to_owned(), Ok(Rc::new(whole))));
    true
}

/// The built-in dataset for `language`, once provided.
pub fn built_in(language: &str) -> Result<Rc<Dataset>, DatasetError> {
    let language = if BUILT_IN.contains(&language) { language } else { BUILT_IN[0] };
    PROVIDED.with(|cell| match cell.borrow().get(language) {
        Some(parsed) => parsed.clone().map_err(DatasetError),
        None => Err(DatasetError(format!("the built-in \"{language}\" content has not been loaded"))),
    })
}

/// A packed dataset: a host's own, from the validator module.
pub fn read(bytes: &[u8]) -> Result<Dataset, DatasetError> {
    unpack(bytes).ok_or_else(|| {
        DatasetError(format!(
            "dataset: the packed content is damaged, or was packed for another version than mrcc-explorer {}",
            env!("CARGO_PKG_VERSION")
        ))
    })
}

//! Moving values between JavaScript and Rust by hand.
//!
//! serde-wasm-bindgen did this before; the two shapes the core hands out here (the details of
//! `mrcc-ready` and of an error) are simple enough that writing them directly costs far less
//! wasm, and it keeps serde's float formatting out of the build. The element's configuration
//! comes in as typed parameters (`config.rs`), not as an object read by key.

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;

use mrcc_model::Dataset;

fn set(object: &Object, key: &str, value: &JsValue) {
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(object, &key.into(), value);
}

/// `{ version, language, reviewed, optionCount }`, the detail of `mrcc-ready`.
pub fn describe(dataset: &Dataset) -> JsValue {
    let object = Object::new();
    set(&object, "version", &env!("CARGO_PKG_VERSION").into());
    set(&object, "language", &dataset.meta.language.as_str().into());
    set(&object, "reviewed", &dataset.meta.reviewed.as_str().into());
    set(&object, "optionCount", &(dataset.options.len() as u32).into());
    object.into()
}

/// `{ code, message }`, as the `mrcc-error` event carries it.
pub fn error(code: &str, message: &str) -> JsValue {
    let object = Object::new();
    set(&object, "code", &code.into());
    set(&object, "message", &message.into());
    object.into()
}

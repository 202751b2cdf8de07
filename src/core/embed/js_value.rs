//! Moving values between JavaScript and Rust by hand.
//!
//! serde-wasm-bindgen did this before; the few shapes crossing here (the element's config, the
//! event details) are simple enough that reading and writing them directly costs far less
//! wasm, and it keeps serde's float formatting out of the build.

use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use mrcc_model::Dataset;

/// A string property of a host's plain object, if it is one.
pub fn string_property(object: &JsValue, key: &str) -> Option<String> {
    Reflect::get(object, &key.into()).ok()?.as_string()
}

/// The bytes of a `Uint8Array` property, if it is one.
pub fn bytes_property(object: &JsValue, key: &str) -> Option<Vec<u8>> {
    Reflect::get(object, &key.into()).ok()?.dyn_into::<js_sys::Uint8Array>().ok().map(|array| array.to_vec())
}

pub fn bool_property(object: &JsValue, key: &str) -> bool {
    Reflect::get(object, &key.into()).ok().and_then(|value| value.as_bool()).unwrap_or(false)
}

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

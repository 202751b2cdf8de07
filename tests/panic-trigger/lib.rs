//! Test only: the widget's core with one more export, `__testPanic`, so that the end-to-end
//! tests can prove the panic hook (every instance on the page falls back, `mrcc-error` with
//! `internal-error`). Never in the package: the Makefile builds it into target/pkg-test-hooks.

pub use mrcc_core::embed;

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;

/// Panics, as a bug in the core would.
#[wasm_bindgen(js_name = __testPanic)]
pub fn test_panic() {
    panic!("test-only panic");
}

/// Makes a click on `target` stop the wasm from inside a listener of its own, as a bug in one
/// of Yew's listeners would: a trap (`trap`), or a browser exception unwinding through the wasm
/// (js-sys's `Intl.DateTimeFormat` constructor, declared without `catch`, given a tag `Intl`
/// refuses). Either reaches only the page's `error` event; the element must still put every
/// instance into its fallback (the security review of 2026-12-07, F1 and F8).
#[wasm_bindgen(js_name = __testThrowOnClick)]
pub fn test_throw_on_click(target: &js_sys::Object, trap: bool) {
    let listener = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        if trap {
            core::arch::wasm32::unreachable();
        }
        let locales = js_sys::Array::of1(&"vi-x".into());
        let _ = js_sys::Intl::DateTimeFormat::new(&locales, &js_sys::Object::new());
    });
    let add = js_sys::Reflect::get(target, &"addEventListener".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(add) = add {
        let _ = add.call2(target, &"click".into(), listener.as_ref());
    }
    listener.forget();
}

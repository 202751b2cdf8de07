//! Test only: the widget's core with one more export, `__testPanic`, so that the end-to-end
//! tests can prove the panic hook (every instance on the page falls back, `mrcc-error` with
//! `internal-error`). Never in the package: the Makefile builds it into target/pkg-test-hooks.

pub use mrcc_core::embed;

use wasm_bindgen::prelude::wasm_bindgen;

/// Panics, as a bug in the core would.
#[wasm_bindgen(js_name = __testPanic)]
pub fn test_panic() {
    panic!("test-only panic");
}

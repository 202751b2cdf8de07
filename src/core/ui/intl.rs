//! Plurals and numbers through the browser's `Intl`, far smaller than shipping ICU in the wasm.
//! The server renderer (native tests, the static fallback) has no `Intl`, so it uses the
//! plural rule that English and Spanish share: one for exactly 1, other otherwise.

/// Whether `n` takes the "one" plural form in `language`.
pub fn is_one(language: &str, n: usize) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let locales = js_sys::Array::of1(&language.into());
        let rules = js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new());
        rules.select(n as f64) == "one"
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = language;
        n == 1
    }
}

/// `n` written as the language writes numbers.
pub fn number(language: &str, n: usize) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let locales = js_sys::Array::of1(&language.into());
        let format = js_sys::Intl::NumberFormat::new(&locales, &js_sys::Object::new()).format();
        format
            .call1(&wasm_bindgen::JsValue::NULL, &(n as f64).into())
            .ok()
            .and_then(|value| value.as_string())
            .unwrap_or_else(|| n.to_string())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = language;
        n.to_string()
    }
}

//! Plurals and numbers through the browser's `Intl`, far smaller than shipping ICU in the wasm.
//! The server renderer (native tests, the static fallback) has no `Intl`, so it uses the
//! plural rule that English and Spanish share: one for exactly 1, other otherwise.
//!
//! The formatters are made once per language and kept: creating one loads the language's
//! locale data, about 14 ms at the first render (the element also creates one while the wasm
//! downloads, so that this cost falls in the wait).

#[cfg(target_arch = "wasm32")]
mod cache {
    use std::cell::RefCell;

    use js_sys::Intl::{NumberFormat, PluralRules};

    thread_local! {
        static FORMATTERS: RefCell<Option<(String, PluralRules, js_sys::Function)>> = const { RefCell::new(None) };
    }

    /// Calls `use_them` with the plural rules and the number format of `language`.
    pub fn with<T>(language: &str, use_them: impl FnOnce(&PluralRules, &js_sys::Function) -> T) -> T {
        FORMATTERS.with(|slot| {
            let mut slot = slot.borrow_mut();
            if slot.as_ref().is_some_and(|(cached, _, _)| cached != language) {
                *slot = None;
            }
            let (_, rules, format) = slot.get_or_insert_with(|| {
                let locales = js_sys::Array::of1(&language.into());
                let rules = PluralRules::new(&locales, &js_sys::Object::new());
                let format = NumberFormat::new(&locales, &js_sys::Object::new()).format();
                (language.to_owned(), rules, format)
            });
            use_them(rules, format)
        })
    }
}

/// Whether `n` takes the "one" plural form in `language`.
pub fn is_one(language: &str, n: usize) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        cache::with(language, |rules, _| rules.select(n as f64) == "one")
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
        cache::with(language, |_, format| {
            format
                .call1(&wasm_bindgen::JsValue::NULL, &(n as f64).into())
                .ok()
                .and_then(|value| value.as_string())
                .unwrap_or_else(|| n.to_string())
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = language;
        n.to_string()
    }
}

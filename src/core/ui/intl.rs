//! Plurals and numbers through the browser's `Intl`, far smaller than shipping ICU in the wasm.
//! The server renderer (native tests, the static fallback) has no `Intl`, so it uses the
//! plural rule that English and Spanish share: one for exactly 1, other otherwise.
//!
//! Creating a formatter loads the language's locale data: 14 to 20 ms at the first render.
//! So the built-in languages, whose numbers below 1,000 are plain digits and whose "one" is
//! exactly 1, format those numbers without `Intl` (the first screen's counts are all such);
//! other numbers and languages use formatters made once per language and kept.

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

/// Whether `n` is written the same in every built-in language, with plain digits, and takes
/// "one" exactly when it is 1 (English and Spanish, below 1,000).
fn plain(language: &str, n: usize) -> bool {
    let primary = language.split('-').next().unwrap_or_default();
    n < 1000 && mrcc_model::contract::BUILT_IN_LANGUAGES.iter().any(|built_in| built_in.eq_ignore_ascii_case(primary))
}

/// Whether `n` takes the "one" plural form in `language`.
pub fn is_one(language: &str, n: usize) -> bool {
    if plain(language, n) {
        return n == 1;
    }
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
    if plain(language, n) {
        return n.to_string();
    }
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

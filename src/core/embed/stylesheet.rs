//! One constructable stylesheet shared by every instance. Unlike `<style>` elements and
//! `style=` attributes, adopted stylesheets are allowed by a strict `style-src 'self'` CSP.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, ShadowRoot};

use crate::ui::STYLESHEET;

thread_local! {
    static SHEET: Result<CssStyleSheet, JsValue> = build();
}

fn build() -> Result<CssStyleSheet, JsValue> {
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(STYLESHEET)?;
    Ok(sheet)
}

/// Adds the widget's sheet to `shadow.adoptedStyleSheets`, keeping any the host added.
pub fn adopt(shadow: &ShadowRoot) -> Result<(), &'static str> {
    let sheet = SHEET.with(|sheet| sheet.clone()).map_err(|_| "this browser cannot build the widget's stylesheet")?;
    let key = JsValue::from_str("adoptedStyleSheets");
    let current = js_sys::Reflect::get(shadow, &key)
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::Array>().ok())
        .unwrap_or_default();
    if !current.includes(&sheet, 0) {
        current.push(&sheet);
    }
    js_sys::Reflect::set(shadow, &key, &current).map_err(|_| "this browser does not support adopted stylesheets")?;
    Ok(())
}

//! One constructable stylesheet shared by every instance. Unlike `<style>` elements and
//! `style=` attributes, adopted stylesheets are allowed by a strict `style-src 'self'` CSP.
//! A browser without them (Safari before 16.4) gets the packaged copy of the same sheet
//! through a `<link>` that the element puts in the shadow root (src/element/styles.js).

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, ShadowRoot};

use crate::ui::STYLESHEET;

thread_local! {
    static SHEET: Option<CssStyleSheet> =
        CssStyleSheet::new().ok().filter(|sheet| sheet.replace_sync(STYLESHEET).is_ok());
}

/// Adds the widget's sheet to `shadow.adoptedStyleSheets`, keeping any the host added. Does
/// nothing where the browser cannot: the element has linked the sheet instead.
pub fn adopt(shadow: &ShadowRoot) {
    let Some(sheet) = SHEET.with(Clone::clone) else { return };
    let key = JsValue::from_str("adoptedStyleSheets");
    let Some(current) =
        js_sys::Reflect::get(shadow, &key).ok().and_then(|value| value.dyn_into::<js_sys::Array>().ok())
    else {
        return;
    };
    if !current.includes(&sheet, 0) {
        current.push(&sheet);
        let _ = js_sys::Reflect::set(shadow, &key, &current);
    }
}

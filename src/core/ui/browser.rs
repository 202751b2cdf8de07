//! The few browser APIs the explorer uses: print, clipboard, and marking the host
//! element while the summary is shown. Only called from event handlers and effects, which the
//! server renderer never runs. Every failure is reported as `false` or ignored; none panics.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Node, ShadowRoot};

/// The attribute the host element carries while the summary is shown, so that printing the
/// host page prints only the summary.
pub const SUMMARY_ATTRIBUTE: &str = "data-mrcc-summary";

/// A document-level print rule (`print.css`): while an element carries the attribute, print
/// only it (its ancestors stay, every other branch of the page is hidden). A constructable
/// stylesheet, so a strict `style-src` CSP allows it; browsers without them link the packaged
/// copy (src/element/styles.js).
const PRINT_RULE: &str = include_str!("print.css");

thread_local! {
    static PRINT_SHEET: Option<web_sys::CssStyleSheet> = web_sys::CssStyleSheet::new()
        .ok()
        .filter(|sheet| sheet.replace_sync(PRINT_RULE).is_ok());
}

/// The custom element around the shadow tree that `node` is in.
fn host_of(node: &Node) -> Option<Element> {
    node.get_root_node().dyn_into::<ShadowRoot>().ok().map(|root| root.host())
}

/// Marks or unmarks the host element as showing the summary.
pub fn mark_summary(node: &Node, shown: bool) {
    let Some(host) = host_of(node) else { return };
    if shown {
        install_print_rule(&host);
        let _ = host.set_attribute(SUMMARY_ATTRIBUTE, "");
    } else {
        let _ = host.remove_attribute(SUMMARY_ATTRIBUTE);
    }
}

fn install_print_rule(host: &Element) {
    let Some(document) = host.owner_document() else { return };
    PRINT_SHEET.with(|sheet| {
        let Some(sheet) = sheet else { return };
        let key = JsValue::from_str("adoptedStyleSheets");
        let Some(sheets) = js_sys::Reflect::get(&document, &key).ok().and_then(|v| v.dyn_into::<js_sys::Array>().ok())
        else {
            return;
        };
        if !sheets.includes(sheet, 0) {
            sheets.push(sheet);
            let _ = js_sys::Reflect::set(&document, &key, &sheets);
        }
    });
}

pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Copies `text` to the clipboard; resolves to whether it worked.
pub async fn copy(text: String) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

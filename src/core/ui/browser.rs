//! The few browser APIs the explorer uses: print, clipboard, and marking the host
//! element while the summary is shown. Only called from event handlers and effects, which the
//! server renderer never runs. Every failure is reported as `false` or ignored; none panics.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node, ShadowRoot};

/// The attribute the host element carries while the summary is shown, so that printing the
/// host page prints only the summary (the element then adds the print rule, src/element/print.css).
pub const SUMMARY_ATTRIBUTE: &str = "data-mrcc-summary";

/// The custom element around the shadow tree that `node` is in.
fn host_of(node: &Node) -> Option<Element> {
    node.get_root_node().dyn_into::<ShadowRoot>().ok().map(|root| root.host())
}

/// Marks or unmarks the host element as showing the summary.
pub fn mark_summary(node: &Node, shown: bool) {
    let Some(host) = host_of(node) else { return };
    if shown {
        let _ = host.set_attribute(SUMMARY_ATTRIBUTE, "");
    } else {
        let _ = host.remove_attribute(SUMMARY_ATTRIBUTE);
    }
}

/// Today in the reader's time zone, as YYYY-MM-DD.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    let two = |n: u32| if n < 10 { format!("0{n}") } else { n.to_string() };
    format!("{}-{}-{}", now.get_full_year(), two(now.get_month() + 1), two(now.get_date()))
}

pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Copies `text` to the clipboard; resolves to whether it worked.
pub async fn copy(text: String) -> bool {
    let Ok(promise) = write_text(&text) else { return false };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `navigator.clipboard.writeText`, caught: pages served over plain http have no
    /// `navigator.clipboard`, and an exception thrown through the wasm would stop it for every
    /// instance on the page.
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = writeText)]
    fn write_text(text: &str) -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
}

//! Yew in a real headless Chromium: the app mounted into shadow roots, as the element does it.
#![cfg(target_arch = "wasm32")]

use mrcc_explorer::embed::{mount, mounted_count, unmount, update};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

struct Host {
    element: HtmlElement,
    shadow: ShadowRoot,
    id: u32,
}

impl Host {
    /// A host element with an open shadow root and a mount `<div>` in it, like the custom element.
    fn mount(appointment_url: Option<&str>) -> Host {
        let document = web_sys::window().unwrap().document().unwrap();
        let element: HtmlElement = document.create_element("div").unwrap().unchecked_into();
        document.body().unwrap().append_child(&element).unwrap();
        let shadow = element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).unwrap();
        let root = document.create_element("div").unwrap();
        shadow.append_child(&root).unwrap();
        let id = mount(shadow.clone(), root, config(appointment_url)).unwrap();
        Host { element, shadow, id }
    }

    fn all(&self, css: &str) -> Vec<Element> {
        let list = self.shadow.query_selector_all(css).unwrap();
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
    }

    fn hrefs(&self) -> Vec<String> {
        self.all("a.action").iter().filter_map(|a| a.get_attribute("href")).collect()
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        unmount(self.id);
        self.element.remove();
    }
}

fn config(appointment_url: Option<&str>) -> JsValue {
    let object = js_sys::Object::new();
    let value = appointment_url.map_or(JsValue::NULL, JsValue::from_str);
    js_sys::Reflect::set(&object, &"appointmentUrl".into(), &value).unwrap();
    object.into()
}

#[wasm_bindgen_test]
async fn renders_the_seven_option_cards_inside_the_shadow_root() {
    let host = Host::mount(None);
    yew::scheduler::flush().await;
    let names: Vec<String> = host.all("article.card h4").iter().filter_map(|h| h.text_content()).collect();
    assert_eq!(names.len(), 7, "{names:?}");
    assert_eq!(names[0], "Cytoreductive nephrectomy");
    assert_eq!(names[6], "Supportive or palliative care");
    // Nothing leaks into the light DOM.
    assert_eq!(host.element.child_element_count(), 0);
    let sheets = js_sys::Reflect::get(&host.shadow, &"adoptedStyleSheets".into()).unwrap();
    assert_eq!(js_sys::Array::from(&sheets).length(), 1);
}

#[wasm_bindgen_test]
async fn two_instances_are_independent() {
    let first = Host::mount(Some("https://example.org/a"));
    let second = Host::mount(Some("https://example.org/b"));
    yew::scheduler::flush().await;
    assert_eq!(first.all("article.card").len(), 7);
    assert_eq!(second.all("article.card").len(), 7);
    assert_eq!(first.hrefs(), ["https://example.org/a"]);
    assert_eq!(second.hrefs(), ["https://example.org/b"]);

    update(first.id, config(Some("tel:+15550100"))).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(first.hrefs(), ["tel:+15550100"]);
    assert_eq!(second.hrefs(), ["https://example.org/b"], "updating one must not touch the other");

    let before = mounted_count();
    drop(first);
    yew::scheduler::flush().await;
    assert_eq!(mounted_count(), before - 1);
    assert_eq!(second.all("article.card").len(), 7, "the other instance keeps working");
}

#[wasm_bindgen_test]
async fn unsafe_or_missing_attribute_values_never_become_links() {
    let host = Host::mount(Some("javascript:alert(1)"));
    yew::scheduler::flush().await;
    assert!(host.hrefs().is_empty());
    update(host.id, JsValue::from_str("not an object")).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(host.all("article.card").len(), 7, "a malformed config falls back to defaults");
}

#[wasm_bindgen_test]
fn unknown_ids_are_ignored() {
    unmount(u32::MAX);
    update(u32::MAX, JsValue::NULL).unwrap();
}

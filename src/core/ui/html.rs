//! The two helpers every section uses to build its markup: a text node and the accessible name
//! of a control. A leaf: it imports nothing of the interface, so any section can use it without
//! an import that runs back up to `ui/mod.rs`.

use yew::{AttrValue, Html};

/// A text node. One shared function instead of Yew's conversion at every `{ &text }`, which
/// formatted through `ToString` and was inlined at each of a hundred places.
#[inline(never)]
pub fn text(text: &str) -> Html {
    Html::VText(yew::virtual_dom::VText::new(AttrValue::from(std::rc::Rc::<str>::from(text))))
}

/// The accessible name of a control whose visible text needs its object, as "Compare: SBRT".
/// An `aria-label`, not a visually hidden span: a hidden span is laid out as a block, and
/// browsers then put a space before its text ("Compare : SBRT").
pub fn named(action: &str, object: &str) -> AttrValue {
    AttrValue::from(format!("{action}: {object}"))
}

use yew::prelude::*;

use super::html::text;

/// One labelled radio button or checkbox. Every choice of every question (the situation, what
/// matters, the SURE test, the leaning) is built here, so that its markup is compiled once: each
/// `html!` copy cost about half a kilobyte of wasm. No `value`: nothing submits or reads it (each
/// `onchange` knows its answer), and Yew reads a live input's value back on every re-render.
#[inline(never)]
pub fn choice(
    kind: &'static str,
    name: String,
    id: String,
    label: &str,
    checked: bool,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <div class="choice">
            <input type={kind} id={id.clone()} {name} {checked} {onchange} />
            <label for={id}>{ text(label) }</label>
        </div>
    }
}

use yew::prelude::*;

use super::text;

/// One labelled radio button or checkbox, keyed by its value. Every choice of every question
/// (the situation, what matters, the SURE test, the leaning) is built here, so that its markup
/// is compiled once: each `html!` copy cost about half a kilobyte of wasm.
#[inline(never)]
pub fn choice(
    kind: &'static str,
    name: String,
    id: String,
    value: String,
    label: &str,
    checked: bool,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <div class="choice" key={value.clone()}>
            <input type={kind} id={id.clone()} {name} {value} {checked} {onchange} />
            <label for={id}>{ text(label) }</label>
        </div>
    }
}

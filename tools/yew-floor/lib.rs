//! Benchmark only: Yew's counter (its `examples/counter`, as a function component) with the
//! widget's build settings (same profile, allocator, tracing off, wasm-bindgen and wasm-opt), so
//! that `make bench` can say how much of the core's transfer is Yew's own floor.

use wasm_bindgen::prelude::wasm_bindgen;
use yew::prelude::*;

#[component]
fn Counter() -> Html {
    let count = use_state(|| 0_u32);
    let onclick = {
        let count = count.clone();
        move |_| count.set(*count + 1)
    };
    html! {
        <button {onclick}>{ "+1: " }{ *count }</button>
    }
}

#[wasm_bindgen(start)]
fn start() {
    let root = web_sys::window().and_then(|window| window.document()).and_then(|document| document.body());
    if let Some(root) = root {
        yew::Renderer::<Counter>::with_root(root.into()).render();
    }
}

// The widget's allocator (src/alloc), as the same build settings include it.
#[global_allocator]
static ALLOCATOR: mrcc_alloc::SizeClasses<mrcc_alloc::WasmMemory> =
    mrcc_alloc::SizeClasses::new(mrcc_alloc::WasmMemory);

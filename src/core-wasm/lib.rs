//! The widget's core wasm (`mrcc-explorer-core_bg.wasm`): the functions the custom element
//! calls, from [`mrcc_core::embed`], linked with a small allocator. A crate of its own so that
//! the artifact has a name and a folder and is built with LTO; the code is in `mrcc-core`,
//! which the browser tests and the test-only panic trigger link as well.

// Links mrcc-core, whose `#[wasm_bindgen]` functions are this module's exports.
pub use mrcc_core::embed;

// A free list per power-of-two size instead of the default dlmalloc: faster for Yew's many
// small blocks, and a little smaller (src/alloc).
#[global_allocator]
static ALLOCATOR: mrcc_alloc::SizeClasses<mrcc_alloc::WasmMemory> =
    mrcc_alloc::SizeClasses::new(mrcc_alloc::WasmMemory);

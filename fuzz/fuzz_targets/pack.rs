//! Any text through what the widget's validator module does with a host's dataset: check it,
//! add the built-in strings, pack it; a pack it makes must unpack. `make fuzz` runs it on inputs
//! up to 2.1 MB (past the 2 MB limit) with a 2-second timeout, so that work that grows faster
//! than the input becomes a crash (the security review of 2026-12-07, F2).
#![no_main]

use libfuzzer_sys::fuzz_target;
use mrcc_check::{pack_for_widget, Packed};
use mrcc_model::unpack;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(Packed::Dataset(bytes, _)) = pack_for_widget(text, Some("2026-11-26"), |number| number.parse().ok(), None) {
            assert!(unpack(&bytes).is_some(), "a pack the validator made does not unpack");
        }
    }
});

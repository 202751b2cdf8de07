//! Any bytes through the editors' validator: it must report, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mrcc_check::check_json;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = check_json(text, Some("2026-11-26"));
    }
});

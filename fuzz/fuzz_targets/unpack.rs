//! Any bytes through the core's unpacker: a dataset or `None`, never a panic; what it accepts
//! packs and unpacks to the same dataset.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mrcc_model::{pack, unpack};

fuzz_target!(|data: &[u8]| {
    if let Some(dataset) = unpack(data) {
        assert_eq!(unpack(&pack(&dataset)), Some(dataset));
    }
});

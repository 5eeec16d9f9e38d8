//! The normaliser never panics on any string.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    let _ = botwall_engine::normalize::normalize(s);
});

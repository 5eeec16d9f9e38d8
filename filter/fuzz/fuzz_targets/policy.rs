//! The policy parser never panics, and a policy it accepts always compiles.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(p) = botwall_engine::Policy::from_json(data) {
        assert!(
            botwall_engine::Engine::new(p, b"k").is_ok(),
            "validated policy did not compile"
        );
    }
});

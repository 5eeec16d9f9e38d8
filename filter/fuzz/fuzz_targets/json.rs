//! The duplicate-key scan never panics on any bytes, and on every body serde_json accepts
//! it agrees with the serde reference that decodes each key (so escaped spellings count).
#![no_main]

use botwall_engine::json::{check_no_duplicate_keys, reference, StrictError};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let got = check_no_duplicate_keys(data);
    if serde_json::from_slice::<serde_json::Value>(data).is_err() {
        return;
    }
    let Some(want) = reference::has_duplicate_key(data) else {
        return;
    };
    let dup = got == Err(StrictError::DuplicateKey);
    assert_eq!(dup, want, "duplicate verdict differs");
    assert!(got.is_ok() || dup, "valid JSON refused as invalid");
});

//! The duplicate-key scan never panics on any bytes, and on every body serde_json accepts
//! it agrees with the serde reference that decodes each key (so escaped spellings count).
//! The engine's own JSON value (`botwall_engine::value`) accepts exactly what
//! `serde_json::Value` accepts, reads the same value and writes the same bytes.
#![no_main]

use botwall_engine::json::{check_no_duplicate_keys, reference, StrictError};
use botwall_engine::value;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let got = check_no_duplicate_keys(data);
    let ours = value::from_slice(data);
    let Ok(theirs) = serde_json::from_slice::<serde_json::Value>(data) else {
        assert!(ours.is_err(), "serde_json refuses what value accepts");
        return;
    };
    let ours = ours.expect("value refuses what serde_json accepts");
    let Some(want) = reference::has_duplicate_key(data) else {
        return;
    };
    let dup = got == Err(StrictError::DuplicateKey);
    assert_eq!(dup, want, "duplicate verdict differs");
    assert!(got.is_ok() || dup, "valid JSON refused as invalid");
    if !dup {
        // serde_json::Value keeps one copy of a repeated key; with none, both agree.
        assert_eq!(serde_json::Value::from(&ours), theirs, "values differ");
        assert_eq!(
            value::to_vec(&ours).expect("writes"),
            serde_json::to_vec(&theirs).expect("writes"),
            "written bytes differ"
        );
    }
});

//! The engine's strict parse (`botwall_engine::json::parse`, building
//! `botwall_engine::value::Value`) never panics; it refuses whatever serde_json refuses;
//! on what serde_json accepts it refuses exactly the bodies the serde reference finds a
//! repeated (decoded) key in, and otherwise reads the same value as `serde_json::Value`
//! and writes the same bytes.
#![no_main]

use botwall_engine::json::{parse, reference, StrictError};
use botwall_engine::value;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let ours = parse(data);
    let Ok(theirs) = serde_json::from_slice::<serde_json::Value>(data) else {
        assert!(ours.is_err(), "accepted what serde_json refuses");
        return;
    };
    let want = reference::has_duplicate_key(data).expect("serde accepted it");
    assert_eq!(
        matches!(ours, Err(StrictError::DuplicateKey)),
        want,
        "duplicate verdict differs"
    );
    if !want {
        let ours = ours.expect("valid JSON without a repeated key refused");
        assert_eq!(serde_json::Value::from(&ours), theirs, "values differ");
        assert_eq!(
            value::to_vec(&ours).expect("writes"),
            serde_json::to_vec(&theirs).expect("writes"),
            "written bytes differ"
        );
    }
});

//! Update parsing + field walk + redaction. Invariants: no panic; a redacted update
//! serialises to valid JSON; in every field that was redacted, no e-mail address is left
//! and every remaining entity is a valid UTF-16 range of the new text.
#![no_main]

use botwall_engine::ratelimit::MemoryStore;
use botwall_engine::{entities, pii, update, Engine, Inspection, Policy, Verdict};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use std::sync::LazyLock;

static ENGINE: LazyLock<Engine> = LazyLock::new(|| {
    let mut p = Policy::default();
    p.rate_limit.enabled = false;
    p.replay.enabled = false;
    Engine::new(p, b"fuzz").expect("default policy")
});

fn entities_of<'a>(v: &'a Value, f: &update::TextField) -> Option<&'a Vec<Value>> {
    let key = f.entities?;
    let (_, parent) = f.path.split_last()?;
    let mut p = v;
    for seg in parent {
        p = match seg {
            update::Seg::Key(k) => p.get(*k)?,
            update::Seg::Index(i) => p.get(*i)?,
        };
    }
    p.get(key)?.as_array()
}

fuzz_target!(|data: &[u8]| {
    let Inspection::Done(o) = ENGINE.inspect(data, &mut MemoryStore::default(), 0) else {
        return;
    };
    if o.verdict != Verdict::Redact {
        return;
    }
    let red = o.redacted.as_ref().expect("redact has an update");
    let bytes = serde_json::to_vec(red).expect("serialises");
    let back: Value = serde_json::from_slice(&bytes).expect("valid JSON");
    for f in update::text_fields(&back) {
        let label = f.label();
        if !o.findings.iter().any(|x| x.field == label) {
            continue;
        }
        let text = update::get_str(&back, &f.path).expect("redacted field is a string");
        assert!(pii::find_emails(text).is_empty(), "e-mail left in {label}");
        let n = entities::utf16_len(text) as u64;
        for e in entities_of(&back, &f).into_iter().flatten() {
            let off = e.get("offset").and_then(Value::as_u64).expect("offset");
            let len = e.get("length").and_then(Value::as_u64).expect("length");
            assert!(off + len <= n, "entity {off}+{len} beyond {n} in {label}");
        }
    }
});

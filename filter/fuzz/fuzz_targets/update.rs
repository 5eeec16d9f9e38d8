//! Update parsing + field walk + redaction. Invariants: no panic; a redacted update
//! serialises to valid JSON; in every field that was redacted, no detected value is left
//! and every remaining entity is a valid UTF-16 range of the new text.
#![no_main]

use botwall_engine::ratelimit::MemoryStore;
use botwall_engine::{entities, update, Engine, Inspection, Policy, Verdict};
use libfuzzer_sys::fuzz_target;
use botwall_engine::value::Value;
use std::sync::LazyLock;

static ENGINE: LazyLock<Engine> = LazyLock::new(|| {
    let mut p = Policy::default();
    p.rate_limit.enabled = false;
    p.replay.enabled = false;
    Engine::new(p, b"fuzz").expect("default policy")
});

fn entities_of<'v, 'a>(v: &'v Value<'a>, f: &update::TextField) -> Option<&'v Vec<Value<'a>>> {
    let key = f.entities?;
    let (_, parent) = f.path.split_last()?;
    let mut p = v;
    for seg in parent {
        p = match seg {
            update::Seg::Key(k) => p.get(*k)?,
            update::Seg::Index(i) => p.as_array()?.get(*i)?,
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
    let back: Value = botwall_engine::value::from_slice(&bytes).expect("valid JSON");
    let orig: Value = botwall_engine::value::from_slice(data).expect("parsed before");
    for f in update::text_fields(&back) {
        let label = f.label();
        let found: Vec<_> = o.findings.iter().filter(|x| *x.field == *label).collect();
        if found.is_empty() {
            continue;
        }
        let text = update::get_str(&back, &f.path).expect("redacted field is a string");
        // Each detected value (of 6+ bytes, so it cannot hide inside a placeholder) occurs
        // fewer times after redaction: the detected occurrence is gone. (The same digits
        // may legitimately remain inside a longer token that is not PII.)
        if let Some(before) = update::get_str(&orig, &f.path) {
            for x in &found {
                let v = before
                    .get(x.start..x.end)
                    .expect("finding on char boundaries");
                if v.len() >= 6 {
                    let (b, a) = (before.matches(v).count(), text.matches(v).count());
                    assert!(a < b, "{} value left in {label}", x.kind);
                }
            }
        }
        let n = entities::utf16_len(text) as u64;
        for e in entities_of(&back, &f).into_iter().flatten() {
            let off = e.get("offset").and_then(Value::as_u64).expect("offset");
            let len = e.get("length").and_then(Value::as_u64).expect("length");
            assert!(off + len <= n, "entity {off}+{len} beyond {n} in {label}");
        }
    }
});

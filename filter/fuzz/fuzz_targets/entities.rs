//! Edits + entity remapping on arbitrary text: remaining entities are valid UTF-16 ranges
//! of the new text.
#![no_main]

use botwall_engine::entities::{apply_edits, remap_entities, utf16_len, Edit};
use libfuzzer_sys::fuzz_target;
use botwall_engine::value::Value;
use serde_json::json;

fuzz_target!(
    |input: (&str, Vec<(u16, u16, u8)>, Vec<(u16, u16, bool)>)| {
        let (text, raw_edits, raw_ents) = input;
        let len = text.len();
        let edits: Vec<Edit> = raw_edits
            .iter()
            .map(|(s, e, r)| {
                let s = *s as usize % (len + 1);
                let e = (s + *e as usize % 8).min(len);
                Edit {
                    start: s,
                    end: e,
                    replacement: "x".repeat(*r as usize % 5),
                }
            })
            .collect();
        let (new, applied) = apply_edits(text, &edits);
        let n = utf16_len(text) as u16;
        let mut ents: Vec<_> = raw_ents
        .iter()
        .map(|(o, l, content)| {
            let o = if n == 0 { 0 } else { o % n };
            Value::from(json!({"type": if *content { "email" } else { "bold" }, "offset": o, "length": l % (n - o + 1)}))
        })
        .collect();
        remap_entities(text, &applied, &mut ents);
        let m = utf16_len(&new) as u64;
        for e in &ents {
            let o = e.get("offset").and_then(Value::as_u64).expect("offset");
            let l = e.get("length").and_then(Value::as_u64).expect("length");
            assert!(o + l <= m, "entity {o}+{l} beyond {m}");
        }
    }
);

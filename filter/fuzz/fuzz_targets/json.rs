//! The duplicate-key scan never panics on any bytes, and on every body serde_json accepts
//! it agrees with a serde reference that decodes each key (so escaped spellings count).
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use std::collections::HashSet;

struct Dup;

impl<'de> de::DeserializeSeed<'de> for Dup {
    type Value = bool;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_any(Dup)
    }
}

impl<'de> Visitor<'de> for Dup {
    type Value = bool;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("JSON")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<bool, A::Error> {
        let mut seen = HashSet::new();
        let mut dup = false;
        while let Some(k) = m.next_key::<String>()? {
            dup |= !seen.insert(k);
            dup |= m.next_value_seed(Dup)?;
        }
        Ok(dup)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<bool, A::Error> {
        let mut dup = false;
        while let Some(d) = s.next_element_seed(Dup)? {
            dup |= d;
        }
        Ok(dup)
    }
    fn visit_bool<E>(self, _: bool) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_i64<E>(self, _: i64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_u64<E>(self, _: u64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_f64<E>(self, _: f64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_str<E>(self, _: &str) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_unit<E>(self) -> Result<bool, E> {
        Ok(false)
    }
}

fuzz_target!(|data: &[u8]| {
    let got = botwall_engine::json::check_no_duplicate_keys(data);
    if serde_json::from_slice::<serde_json::Value>(data).is_err() {
        return;
    }
    let mut de = serde_json::Deserializer::from_slice(data);
    let Ok(want) = de::DeserializeSeed::deserialize(Dup, &mut de) else {
        return;
    };
    let dup = got == Err(botwall_engine::json::StrictError::DuplicateKey);
    assert_eq!(dup, want, "duplicate verdict differs");
    assert!(got.is_ok() || dup, "valid JSON refused as invalid");
});

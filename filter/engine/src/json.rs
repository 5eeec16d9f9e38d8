//! Strict JSON checks beyond what `serde_json` enforces.
//!
//! Duplicate object keys are valid JSON text, but parsers disagree about them: most keep the
//! last value, some the first. If botwall inspected one copy and the bot read the other, an
//! attacker could smuggle text past the filter (`{"text": "<attack>", "text": "hello"}`).
//! Telegram never sends duplicate keys, so a body with any is refused.

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use std::collections::HashSet;
use std::fmt;

/// Why a body failed the strict check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StrictError {
    /// An object repeats a key.
    DuplicateKey,
    /// The text is not valid JSON (or nests too deeply).
    Invalid,
}

struct Check;

impl<'de> de::DeserializeSeed<'de> for Check {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(Check)
    }
}

impl<'de> Visitor<'de> for Check {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        // Linear scan for the small objects updates are made of; a hash set once an
        // object grows, so a body with 100,000 keys stays linear, not quadratic.
        let mut small: Vec<String> = Vec::new();
        let mut large: HashSet<String> = HashSet::new();
        while let Some(k) = map.next_key::<String>()? {
            let dup = if large.is_empty() && small.len() < 16 {
                let d = small.contains(&k);
                small.push(k);
                d
            } else {
                large.extend(small.drain(..));
                !large.insert(k)
            };
            if dup {
                return Err(de::Error::custom("duplicate key"));
            }
            map.next_value_seed(Check)?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(Check)?.is_some() {}
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E>(self) -> Result<(), E> {
        Ok(())
    }
}

/// Checks that `input` is JSON without duplicate keys in any object (at any depth that
/// `serde_json` accepts).
pub fn check_no_duplicate_keys(input: &[u8]) -> Result<(), StrictError> {
    let mut de = serde_json::Deserializer::from_slice(input);
    match de::DeserializeSeed::deserialize(Check, &mut de) {
        Ok(()) => de.end().map_err(|_| StrictError::Invalid),
        Err(e) if e.to_string().starts_with("duplicate key") => Err(StrictError::DuplicateKey),
        Err(_) => Err(StrictError::Invalid),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_key_table() {
        let cases: &[(&str, Result<(), StrictError>)] = &[
            (r#"{"a":1,"b":2}"#, Ok(())),
            (r#"{"a":1,"a":2}"#, Err(StrictError::DuplicateKey)),
            (
                r#"{"m":{"text":"x","text":"y"}}"#,
                Err(StrictError::DuplicateKey),
            ),
            (r#"[{"a":1},{"a":1}]"#, Ok(())),
            (r#"{"a":[{"b":1,"c":{"b":2}}]}"#, Ok(())),
            (r#"{"a\u0062":1,"ab":2}"#, Err(StrictError::DuplicateKey)),
            (
                r#"{"n":123456789012345678901234567890,"f":1.5e400}"#,
                Ok(()),
            ),
            (r#"{"a":1"#, Err(StrictError::Invalid)),
            (r#"{} x"#, Err(StrictError::Invalid)),
        ];
        for (input, want) in cases {
            assert_eq!(&check_no_duplicate_keys(input.as_bytes()), want, "{input}");
        }
    }

    #[test]
    fn wide_objects_are_checked_in_linear_time() {
        let wide: Vec<String> = (0..200_000).map(|i| format!("\"k{i}\":{i}")).collect();
        let ok = format!("{{{}}}", wide.join(","));
        assert_eq!(check_no_duplicate_keys(ok.as_bytes()), Ok(()));
        let dup = format!("{{{},\"k199999\":0}}", wide.join(","));
        assert_eq!(
            check_no_duplicate_keys(dup.as_bytes()),
            Err(StrictError::DuplicateKey)
        );
        let early = format!("{{\"k3\":0,{}}}", wide.join(","));
        assert_eq!(
            check_no_duplicate_keys(early.as_bytes()),
            Err(StrictError::DuplicateKey)
        );
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        assert_eq!(
            check_no_duplicate_keys(deep.as_bytes()),
            Err(StrictError::Invalid)
        );
    }
}

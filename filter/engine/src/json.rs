//! Strict JSON checks beyond what `serde_json` enforces.
//!
//! Duplicate object keys are valid JSON text, but parsers disagree about them: most keep the
//! last value, some the first. If botwall inspected one copy and the bot read the other, an
//! attacker could smuggle text past the filter (`{"text": "<attack>", "text": "hello"}`).
//! Telegram never sends duplicate keys, so a body with any is refused.

use crate::value::{self, Value};

/// Why a body failed the strict parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StrictError {
    /// An object repeats a key.
    DuplicateKey,
    /// The text is not valid JSON (or nests too deeply).
    Invalid,
}

/// Parses `input` ([`value::from_slice`]: serde_json's grammar and nesting limit, 128),
/// refusing any object that repeats a key (keys compared after unescaping, so `"a\u0062"`
/// repeats `"ab"`; pairwise in small objects, by sorting in wide ones). One pass: the
/// check runs as each object is built.
///
/// # Errors
/// [`StrictError::DuplicateKey`] or [`StrictError::Invalid`].
pub fn parse(input: &[u8]) -> Result<Value<'_>, StrictError> {
    value::from_slice(input)
}

/// The reference the strict parse is checked against (unit tests and the `json` fuzz
/// target): a serde visitor that decodes every key of every object into a hash set.
/// `None` if serde refuses `input`. Not used to decide.
#[doc(hidden)]
pub mod reference {
    use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
    use std::collections::HashSet;

    struct C;

    impl<'de> de::DeserializeSeed<'de> for C {
        type Value = bool;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
            d.deserialize_any(C)
        }
    }

    impl<'de> Visitor<'de> for C {
        type Value = bool;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("JSON")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<bool, A::Error> {
            let mut seen = HashSet::new();
            let mut dup = false;
            while let Some(k) = m.next_key::<String>()? {
                dup |= !seen.insert(k);
                dup |= m.next_value_seed(C)?;
            }
            Ok(dup)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<bool, A::Error> {
            let mut dup = false;
            while let Some(d) = s.next_element_seed(C)? {
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

    /// Whether some object in `input` repeats a (decoded) key; `None` if it is not JSON.
    pub fn has_duplicate_key(input: &[u8]) -> Option<bool> {
        let mut de = serde_json::Deserializer::from_slice(input);
        let r = de::DeserializeSeed::deserialize(C, &mut de).ok()?;
        de.end().ok()?;
        Some(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`parse`], keeping only the verdict.
    fn check_no_duplicate_keys(input: &[u8]) -> Result<(), StrictError> {
        parse(input).map(|_| ())
    }

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
        // 50,000 keys: a pairwise check would make ~1.25e9 comparisons per object (minutes
        // in a debug build); the sorted check takes milliseconds. (200,000 made Node's V8
        // crash growing the debug wasm build's memory in `make unit-wasm`.)
        let wide: Vec<String> = (0..50_000).map(|i| format!("\"k{i}\":{i}")).collect();
        let ok = format!("{{{}}}", wide.join(","));
        assert_eq!(check_no_duplicate_keys(ok.as_bytes()), Ok(()));
        let dup = format!("{{{},\"k49999\":0}}", wide.join(","));
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
    fn agrees_with_a_serde_reference_on_generated_json() {
        // Random JSON from a small grammar: objects with keys drawn from a tiny alphabet
        // (so repeats are common), escaped spellings of the same key, strings holding
        // braces, quotes and commas, nesting.
        let mut rng = crate::testing::Rng::new(0x9e37_79b9_7f4a_7c15);
        let mut next = move |n: u64| rng.next_u64() % n;
        fn gen(next: &mut dyn FnMut(u64) -> u64, depth: u32, out: &mut String) {
            let keys = [
                "a", "b", "ab", "a\\u0062", "\\u0061", "t\\\"", "{,}", "x\\\\",
            ];
            match if depth > 3 { 3 + next(3) } else { next(6) } {
                0 | 1 => {
                    out.push('{');
                    for i in 0..next(4) {
                        if i > 0 {
                            out.push(',');
                        }
                        out.push('"');
                        out.push_str(keys[next(keys.len() as u64) as usize]);
                        out.push_str("\":");
                        gen(next, depth + 1, out);
                    }
                    out.push('}');
                }
                2 => {
                    out.push('[');
                    for i in 0..next(4) {
                        if i > 0 {
                            out.push(',');
                        }
                        gen(next, depth + 1, out);
                    }
                    out.push(']');
                }
                3 => out.push_str("\"s{\\\"a\\\":1,}\""),
                4 => out.push_str("123456789012345678901234567890"),
                _ => out.push_str("null"),
            }
        }
        let (mut dups, mut clean) = (0, 0);
        for _ in 0..20_000 {
            let mut s = String::new();
            gen(&mut next, 0, &mut s);
            let want = reference::has_duplicate_key(s.as_bytes()).expect("generated JSON is valid");
            let got = check_no_duplicate_keys(s.as_bytes());
            assert_eq!(got == Err(StrictError::DuplicateKey), want, "{s}");
            assert!(got.is_ok() || want, "{s}: {got:?}");
            if want {
                dups += 1
            } else {
                clean += 1
            }
        }
        assert!(dups > 1000 && clean > 1000, "{dups} {clean}");
    }

    #[test]
    fn never_panics_on_broken_text() {
        for s in [
            "\"",
            "{\"a",
            "{\"a\\",
            "}",
            "]]",
            "{\"a\":1,\"a\"",
            "\"\\u",
            "{\"\\u00",
        ] {
            let _ = check_no_duplicate_keys(s.as_bytes());
        }
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

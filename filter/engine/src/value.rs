//! A JSON value for the request path, lighter than [`serde_json::Value`].
//!
//! Updates are small objects read a few times each: `serde_json::Value` (with
//! `preserve_order`) keeps every object in an `IndexMap`, i.e. a hash table beside the
//! entries, with a keyed SipHash of every key on insert and on lookup, and owns every key
//! and string — a third of the engine's time on a small update, and slower still in wasm.
//! [`Map`] is a plain vector of entries in document order, looked up by comparing keys
//! (Telegram objects have a few to a few dozen keys). Keys, strings without escapes
//! and numbers borrow from the body ([`Value<'a>`]); an escaped string, a number whose
//! exponent is rewritten as serde_json writes it, and a value the pipeline rewrites own
//! their text.
//! [`Number`] keeps the number's text as written, like serde_json's `arbitrary_precision`,
//! so numbers beyond 2^64 and `1.0` vs `1` survive a rewrite.
//!
//! Parsing ([`from_slice`], in [`parse`]) is botwall's own, accepting exactly what
//! serde_json accepts, with the same nesting limit, and reading the same value (checked
//! against serde_json by the unit tests and the `json` fuzz target); numbers borrow their
//! text too. Serialising goes through `serde_json`, so a rewritten update is written
//! exactly as serde_json writes it.
//!
//! An object that repeats a key (compared after unescaping, so `"a\u0062"` repeats
//! `"ab"`) is refused while it is parsed ([`crate::json`] says why): one pass over the
//! body does both. A [`Map`] built by hand may repeat keys; a lookup returns the last copy,
//! as `serde_json::Value` would.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

/// A JSON value; `'a` is the body its keys and strings may borrow from.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value<'a> {
    /// `null`.
    #[default]
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A number, as written.
    Number(Number<'a>),
    /// A string.
    String(Cow<'a, str>),
    /// An array.
    Array(Vec<Value<'a>>),
    /// An object, entries in document order.
    Object(Map<'a>),
}

/// A value that borrows nothing (kept after the body is gone).
pub type OwnedValue = Value<'static>;

/// A JSON number, kept as its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number<'a>(Cow<'a, str>);

impl Number<'_> {
    /// The number's text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One entry of a [`Map`].
type Entry<'a> = (Cow<'a, str>, Value<'a>);

/// A JSON object: its entries in document order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Map<'a> {
    entries: Vec<Entry<'a>>,
}

impl<'a> Map<'a> {
    /// An empty object.
    #[must_use]
    pub fn new() -> Map<'a> {
        Map::default()
    }

    /// Number of entries.
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there is no entry.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn position(&self, key: &str) -> Option<usize> {
        self.entries.iter().rposition(|(k, _)| k == key)
    }

    /// The value of `key`.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// The value of `key`, mutable.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value<'a>> {
        self.entries
            .iter_mut()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// True when `key` is present.
    #[must_use]
    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    /// Sets `key` to `value`: in place (same position) when present, else appended.
    /// Returns the old value.
    pub fn insert(&mut self, key: impl Into<Cow<'a, str>>, value: Value<'a>) -> Option<Value<'a>> {
        let key = key.into();
        match self.position(&key).and_then(|i| self.entries.get_mut(i)) {
            Some((_, slot)) => Some(std::mem::replace(slot, value)),
            None => {
                self.entries.push((key, value));
                None
            }
        }
    }

    /// Removes `key` (every copy), keeping the order of the others; returns the last value.
    pub fn remove(&mut self, key: &str) -> Option<Value<'a>> {
        let mut out = None;
        let mut kept = Vec::with_capacity(self.entries.len());
        for (k, v) in self.entries.drain(..) {
            if k == key {
                out = Some(v);
            } else {
                kept.push((k, v));
            }
        }
        self.entries = kept;
        out
    }

    /// The entries in document order.
    pub fn iter(&self) -> Iter<'_, 'a> {
        self.into_iter()
    }

    /// The entries in document order, values mutable.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&str, &mut Value<'a>)> {
        self.entries.iter_mut().map(|(k, v)| (&**k, v))
    }

    /// The keys in document order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(k, _)| &**k)
    }

    /// The values in document order.
    pub fn values(&self) -> impl Iterator<Item = &Value<'a>> {
        self.entries.iter().map(|(_, v)| v)
    }

    /// The values in document order, mutable.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut Value<'a>> {
        self.entries.iter_mut().map(|(_, v)| v)
    }

    /// The same object, borrowing nothing.
    #[must_use]
    pub fn into_owned(self) -> Map<'static> {
        Map {
            entries: self
                .entries
                .into_iter()
                .map(|(k, v)| (Cow::Owned(k.into_owned()), v.into_owned()))
                .collect(),
        }
    }
}

impl<'a> Extend<(Cow<'a, str>, Value<'a>)> for Map<'a> {
    /// Inserts each entry (see [`Map::insert`]).
    fn extend<I: IntoIterator<Item = (Cow<'a, str>, Value<'a>)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<'a> IntoIterator for Map<'a> {
    type Item = Entry<'a>;
    type IntoIter = std::vec::IntoIter<Entry<'a>>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

/// Iterator over a [`Map`]'s entries (`'m`: the map's borrow, `'a`: the body's).
pub type Iter<'m, 'a> =
    std::iter::Map<std::slice::Iter<'m, Entry<'a>>, fn(&'m Entry<'a>) -> (&'m str, &'m Value<'a>)>;

fn entry_ref<'m, 'a>((k, v): &'m Entry<'a>) -> (&'m str, &'m Value<'a>) {
    (k, v)
}

impl<'m, 'a> IntoIterator for &'m Map<'a> {
    type Item = (&'m str, &'m Value<'a>);
    type IntoIter = Iter<'m, 'a>;
    fn into_iter(self) -> Iter<'m, 'a> {
        let f: fn(&'m Entry<'a>) -> (&'m str, &'m Value<'a>) = entry_ref;
        self.entries.iter().map(f)
    }
}

impl<'a> Value<'a> {
    /// The same value, borrowing nothing.
    #[must_use]
    pub fn into_owned(self) -> OwnedValue {
        match self {
            Value::Null => Value::Null,
            Value::Bool(b) => Value::Bool(b),
            Value::Number(n) => Value::Number(Number(Cow::Owned(n.0.into_owned()))),
            Value::String(s) => Value::String(Cow::Owned(s.into_owned())),
            Value::Array(a) => Value::Array(a.into_iter().map(Value::into_owned).collect()),
            Value::Object(m) => Value::Object(m.into_owned()),
        }
    }

    /// The value of `key` when this is an object.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        self.as_object()?.get(key)
    }

    /// The value of `key` when this is an object, mutable.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value<'a>> {
        self.as_object_mut()?.get_mut(key)
    }

    /// The value at a JSON Pointer (RFC 6901: `/a/0/b`, `~1` for `/`, `~0` for `~`);
    /// `""` is the value itself.
    #[must_use]
    pub fn pointer(&self, pointer: &str) -> Option<&Value<'a>> {
        if pointer.is_empty() {
            return Some(self);
        }
        let rest = pointer.strip_prefix('/')?;
        rest.split('/').try_fold(self, |v, token| {
            let token: Cow<'_, str> = if token.contains('~') {
                token.replace("~1", "/").replace("~0", "~").into()
            } else {
                token.into()
            };
            match v {
                Value::Object(m) => m.get(&token),
                Value::Array(a) => {
                    if token.len() > 1 && token.starts_with('0') {
                        return None;
                    }
                    a.get(token.parse::<usize>().ok()?)
                }
                _ => None,
            }
        })
    }

    /// The object, if this is one.
    #[must_use]
    pub fn as_object(&self) -> Option<&Map<'a>> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// The object, if this is one, mutable.
    pub fn as_object_mut(&mut self) -> Option<&mut Map<'a>> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// The array, if this is one.
    #[must_use]
    pub fn as_array(&self) -> Option<&Vec<Value<'a>>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The array, if this is one, mutable.
    pub fn as_array_mut(&mut self) -> Option<&mut Vec<Value<'a>>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The string, if this is one.
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// True for a string.
    #[must_use]
    pub fn is_string(&self) -> bool {
        matches!(self, Value::String(_))
    }

    /// The number as a u64, when its text is an integer in range (as serde_json's
    /// `arbitrary_precision` answers).
    #[must_use]
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.0.parse().ok(),
            _ => None,
        }
    }

    /// The number as an i64, when its text is an integer in range.
    #[must_use]
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(n) => n.0.parse().ok(),
            _ => None,
        }
    }

    /// The number as a finite f64.
    #[must_use]
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => n.0.parse::<f64>().ok().filter(|f| f.is_finite()),
            _ => None,
        }
    }

    /// True for a number whose text is a u64.
    #[must_use]
    pub fn is_u64(&self) -> bool {
        self.as_u64().is_some()
    }

    /// True for a number whose text is an i64.
    #[must_use]
    pub fn is_i64(&self) -> bool {
        self.as_i64().is_some()
    }
}

impl From<u64> for Value<'_> {
    fn from(n: u64) -> Self {
        Value::Number(Number(Cow::Owned(n.to_string())))
    }
}

impl From<i64> for Value<'_> {
    fn from(n: i64) -> Self {
        Value::Number(Number(Cow::Owned(n.to_string())))
    }
}

impl From<f64> for Value<'_> {
    /// Written as serde_json writes an f64; not finite -> `null` (as serde_json does).
    fn from(f: f64) -> Self {
        match serde_json::Number::from_f64(f) {
            Some(n) => Value::Number(Number(Cow::Owned(n.to_string()))),
            None => Value::Null,
        }
    }
}

impl From<String> for Value<'_> {
    fn from(s: String) -> Self {
        Value::String(Cow::Owned(s))
    }
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(s: &'a str) -> Self {
        Value::String(Cow::Borrowed(s))
    }
}

impl From<serde_json::Value> for Value<'_> {
    /// Converts a `serde_json::Value` (tests and tools build updates with `json!`).
    fn from(v: serde_json::Value) -> Self {
        match v {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(b),
            serde_json::Value::Number(n) => Value::Number(Number(Cow::Owned(n.to_string()))),
            serde_json::Value::String(s) => Value::String(Cow::Owned(s)),
            serde_json::Value::Array(a) => Value::Array(a.into_iter().map(Value::from).collect()),
            serde_json::Value::Object(o) => Value::Object(Map {
                entries: o
                    .into_iter()
                    .map(|(k, v)| (Cow::Owned(k), Value::from(v)))
                    .collect(),
            }),
        }
    }
}

impl From<&Value<'_>> for serde_json::Value {
    /// Converts to a `serde_json::Value` (for callers that want serde_json's API).
    fn from(v: &Value<'_>) -> serde_json::Value {
        match v {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Number(n) => serde_json::Number::from_str(&n.0)
                .map_or(serde_json::Value::Null, serde_json::Value::Number),
            Value::String(s) => serde_json::Value::String(s.to_string()),
            Value::Array(a) => serde_json::Value::Array(a.iter().map(Into::into).collect()),
            Value::Object(o) => {
                serde_json::Value::Object(o.iter().map(|(k, v)| (k.to_owned(), v.into())).collect())
            }
        }
    }
}

pub mod parse;

/// Parses JSON text ([`parse::parse`]: serde_json's grammar and nesting limit); keys,
/// strings without escapes and numbers borrow from `input`.
///
/// # Errors
/// [`StrictError::Invalid`](crate::json::StrictError::Invalid) when `input` is not one JSON value (whitespace around it
/// allowed), [`StrictError::DuplicateKey`](crate::json::StrictError::DuplicateKey) when an object in it repeats a key.
pub fn from_slice(input: &[u8]) -> Result<Value<'_>, crate::json::StrictError> {
    parse::parse(input)
}

/// Objects up to this many entries are checked for a repeated key pairwise; wider ones
/// by sorting their keys, so 100,000 keys stay fast.
const PAIRWISE_KEYS: usize = 16;

/// True when two entries have the same key.
fn has_duplicate_key(entries: &[Entry<'_>]) -> bool {
    if entries.len() <= PAIRWISE_KEYS {
        entries
            .iter()
            .enumerate()
            .any(|(i, (k, _))| entries.iter().take(i).any(|(j, _)| j == k))
    } else {
        let mut keys: Vec<&str> = entries.iter().map(|(k, _)| &**k).collect();
        keys.sort_unstable();
        keys.windows(2).any(|w| w.first() == w.get(1))
    }
}

/// Writes `value` as compact JSON, exactly as serde_json writes the same value.
///
/// # Errors
/// Never for values built by this module; the error type is serde_json's.
pub fn to_vec(value: &Value<'_>) -> Result<Vec<u8>, serde_json::Error> {
    serde_json::to_vec(value)
}

/// How serde_json (with `arbitrary_precision`) passes a number through serde: as a map
/// with this single key and the number's text as value (serde_json::Value reads a literal
/// object of that shape as a number, and so does [`parse`]).
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

impl Serialize for Value<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Number(n) => match serde_json::Number::from_str(&n.0) {
                Ok(n) => n.serialize(s),
                Err(_) => Err(serde::ser::Error::custom("invalid number text")),
            },
            Value::String(t) => s.serialize_str(t),
            Value::Array(a) => {
                let mut seq = s.serialize_seq(Some(a.len()))?;
                for v in a {
                    seq.serialize_element(v)?;
                }
                seq.end()
            }
            Value::Object(o) => {
                let mut m = s.serialize_map(Some(o.len()))?;
                for (k, v) in o.iter() {
                    m.serialize_entry(k, v)?;
                }
                m.end()
            }
        }
    }
}

impl fmt::Display for Value<'_> {
    /// Compact JSON.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bytes = to_vec(self).map_err(|_| fmt::Error)?;
        f.write_str(&String::from_utf8_lossy(&bytes))
    }
}

/// Test helper: `serde_json::json!` converted into a [`Value`].
#[cfg(test)]
macro_rules! json {
    ($($t:tt)+) => {
        $crate::value::Value::from(serde_json::json!($($t)+))
    };
}
#[cfg(test)]
pub(crate) use json;

#[cfg(test)]
static NULL: Value<'static> = Value::Null;

/// Test helper: `v["key"]` as serde_json answers it (`null` when missing).
#[cfg(test)]
impl<'a> std::ops::Index<&str> for Value<'a> {
    type Output = Value<'a>;
    fn index(&self, k: &str) -> &Value<'a> {
        self.get(k).unwrap_or(&NULL)
    }
}

/// Test helper: `v[i]` as serde_json answers it (`null` when missing).
#[cfg(test)]
impl<'a> std::ops::Index<usize> for Value<'a> {
    type Output = Value<'a>;
    fn index(&self, i: usize) -> &Value<'a> {
        self.as_array().and_then(|a| a.get(i)).unwrap_or(&NULL)
    }
}

/// Test helper: `v["key"] = ...` inserts into an object (panics on anything else).
#[cfg(test)]
impl<'a> std::ops::IndexMut<&str> for Value<'a> {
    fn index_mut(&mut self, k: &str) -> &mut Value<'a> {
        let m = self.as_object_mut().expect("an object");
        if !m.contains_key(k) {
            m.insert(k.to_owned(), Value::Null);
        }
        m.get_mut(k).expect("just inserted")
    }
}

#[cfg(test)]
impl PartialEq<i64> for Value<'_> {
    fn eq(&self, o: &i64) -> bool {
        self.as_i64() == Some(*o)
    }
}

#[cfg(test)]
impl PartialEq<&str> for Value<'_> {
    fn eq(&self, o: &&str) -> bool {
        self.as_str() == Some(*o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every input: both parsers accept or refuse it alike, and what this module writes
    /// is byte-identical to what serde_json writes for its own value.
    #[test]
    fn same_as_serde_json_value() {
        let deep = "[".repeat(200) + &"]".repeat(200);
        let cases: &[&str] = &[
            r#"{"update_id":1,"message":{"text":"hi","date":1700000000}}"#,
            r#"{"a":1.0,"b":-0,"c":1e400,"d":123456789012345678901234567890,"e":-1.5E-7}"#,
            r#"{"s":"\u00e9\n\"\\/\ud83d\ude00","t":"\u0000\u001f","u":"é"}"#,
            r#"[null,true,false,[],{},[{}],{"":""}]"#,
            r#"{"a":{"b":{"c":[1,2,{"d":"e"}]}}}"#,
            " {\"x\" : [ 1 , 2 ] } \n",
            r#"{"a":1,}"#,
            r#"{"a":01}"#,
            r#"{"a":"\ud800"}"#,
            r#"{"a":1} x"#,
            "\"\u{7f}\"",
            r#"{"$serde_json::private::Number":"5"}"#,
            r#"{"$serde_json::private::Number":"x"}"#,
            "",
            "nul",
            &deep,
        ];
        for c in cases {
            let ours = from_slice(c.as_bytes());
            let theirs: Result<serde_json::Value, _> = serde_json::from_slice(c.as_bytes());
            match (ours, theirs) {
                (Ok(o), Ok(t)) => {
                    assert_eq!(to_vec(&o).unwrap(), serde_json::to_vec(&t).unwrap(), "{c}");
                    assert_eq!(serde_json::Value::from(&o), t, "{c}");
                    assert_eq!(Value::from(t), o, "{c}");
                }
                (Err(_), Err(_)) => {}
                (o, t) => panic!("{c}: ours {o:?}, serde_json {t:?}"),
            }
        }
    }

    #[test]
    fn numbers_read_like_serde_json() {
        let v =
            from_slice(br#"[1, -2, 1.5, 1e2, 18446744073709551616, 9223372036854775807]"#).unwrap();
        let t: serde_json::Value = serde_json::from_str(&v.to_string()).unwrap();
        for (o, t) in v.as_array().unwrap().iter().zip(t.as_array().unwrap()) {
            assert_eq!(o.as_u64(), t.as_u64());
            assert_eq!(o.as_i64(), t.as_i64());
            assert_eq!(o.as_f64(), t.as_f64());
            assert_eq!(o.is_u64(), t.is_u64());
            assert_eq!(o.is_i64(), t.is_i64());
        }
        assert_eq!(Value::from(51.5f64).to_string(), "51.5");
        assert_eq!(Value::from(f64::NAN), Value::Null);
    }

    #[test]
    fn map_keeps_order_and_last_copy_wins() {
        assert_eq!(
            from_slice(br#"{"b":1,"a":2,"b":3}"#).unwrap_err(),
            crate::json::StrictError::DuplicateKey
        );
        let mut m = Map::new();
        for (k, n) in [("b", 1u64), ("a", 2), ("b", 3)] {
            m.entries.push((k.into(), Value::from(n)));
        }
        let mut v = Value::Object(m);
        let m = v.as_object_mut().unwrap();
        assert_eq!(m.get("b").and_then(Value::as_u64), Some(3));
        m.insert("a", Value::from(9u64));
        m.insert("c", Value::Null);
        assert_eq!(v.to_string(), r#"{"b":1,"a":9,"b":3,"c":null}"#);
        let m = v.as_object_mut().unwrap();
        assert_eq!(m.remove("b").and_then(|x| x.as_u64()), Some(3));
        assert_eq!(v.to_string(), r#"{"a":9,"c":null}"#);
    }
}

//! Applying text edits and keeping Telegram `MessageEntity` arrays valid.
//!
//! Telegram counts entity `offset`/`length` in UTF-16 code units, while Rust
//! strings are indexed by UTF-8 bytes. Edits are expressed in bytes (that is
//! what the detectors produce); [`remap_entities`] translates them to UTF-16
//! and rewrites every entity so that it keeps pointing at the same characters
//! in the edited text.
//!
//! Nothing in this module panics on any input: all indexing goes through
//! `str::get`/`is_char_boundary` and all arithmetic is checked or widened.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

use crate::value::Value;
use std::cmp::Reverse;

/// A replacement of text[start..end] (byte offsets, on char boundaries) by `replacement`.
///
/// `start == end` is an insertion at `start`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// First replaced byte (inclusive), on a char boundary.
    pub start: usize,
    /// End of the replaced range (exclusive byte offset), on a char boundary.
    pub end: usize,
    /// Text written in place of `text[start..end]`.
    pub replacement: String,
}

impl Edit {
    /// Convenience constructor.
    #[must_use]
    pub fn new(start: usize, end: usize, replacement: impl Into<String>) -> Self {
        Edit {
            start,
            end,
            replacement: replacement.into(),
        }
    }
}

/// Entity types whose meaning is derived from the covered text itself
/// (Telegram recognised the text as a mention, URL, e-mail, ...). Once that
/// text is rewritten the entity no longer describes it, so such entities are
/// dropped when an edit touches them other than strictly inside.
pub const CONTENT_DERIVED_TYPES: &[&str] = &[
    "mention",
    "hashtag",
    "cashtag",
    "bot_command",
    "url",
    "email",
    "phone_number",
    "bank_card",
];

/// True if `entity_type` is one of [`CONTENT_DERIVED_TYPES`]. Every other
/// type (bold, text_link, text_mention, custom_emoji, unknown future types, ...)
/// is a formatting entity.
#[must_use]
pub fn is_content_derived(entity_type: &str) -> bool {
    CONTENT_DERIVED_TYPES.contains(&entity_type)
}

/// Length of `s` in UTF-16 code units (what Telegram calls "length").
#[must_use]
pub fn utf16_len(s: &str) -> usize {
    // (a character is one unit, two when it takes four UTF-8 bytes: the characters
    // counted a word at a time, plus the lead bytes of four-byte ones; an ASCII text,
    // tested a word at a time, is its length)
    if s.is_ascii() {
        return s.len();
    }
    s.chars()
        .count()
        .saturating_add(s.bytes().filter(|&b| b >= 0xF0).count())
}

/// UTF-16 offset of byte offset `byte` in `s`; `None` if `byte` is past the
/// end or not on a char boundary. `byte == s.len()` is allowed.
#[must_use]
pub fn byte_to_utf16(s: &str, byte: usize) -> Option<usize> {
    s.get(..byte).map(utf16_len)
}

/// Byte offset of UTF-16 offset `u16off` in `s`; `None` if it falls inside a
/// surrogate pair or past the end. `u16off == utf16_len(s)` maps to `s.len()`.
#[must_use]
pub fn utf16_to_byte(s: &str, u16off: usize) -> Option<usize> {
    let mut units = 0usize;
    for (i, c) in s.char_indices() {
        if units == u16off {
            return Some(i);
        }
        if units > u16off {
            return None;
        }
        units = units.checked_add(c.len_utf16())?;
    }
    (units == u16off).then_some(s.len())
}

/// Index in Unicode scalar values (as Python indexes strings) of byte offset
/// `byte`; `None` if past the end or not on a char boundary.
#[must_use]
pub fn byte_to_char(s: &str, byte: usize) -> Option<usize> {
    s.get(..byte).map(|p| p.chars().count())
}

/// The deterministic selection of edits shared by [`apply_edits`] and
/// [`remap_entities`]: valid edits sorted by `(start, Reverse(end))`, keeping
/// the first one and dropping every later one that overlaps a kept one.
fn select<'a>(text: &str, edits: &'a [Edit]) -> Vec<&'a Edit> {
    let mut valid: Vec<&Edit> = edits
        .iter()
        .filter(|e| {
            e.start <= e.end && text.is_char_boundary(e.start) && text.is_char_boundary(e.end)
        })
        .collect();
    // Stable sort: equal keys (e.g. two insertions at one point) keep input order.
    valid.sort_by_key(|e| (e.start, Reverse(e.end)));
    let mut kept: Vec<&Edit> = Vec::with_capacity(valid.len());
    let mut last_end: Option<usize> = None;
    for e in valid {
        // An edit must start at or after the end of the previously kept one.
        // This rejects partial overlaps, containment, and an insertion inside
        // or at the start of a kept non-empty replacement, while allowing
        // adjacent edits and several insertions at the same point.
        if last_end.is_none_or(|le| e.start >= le) {
            last_end = Some(e.end);
            kept.push(e);
        }
    }
    kept
}

/// Applies non-overlapping edits (sorted or not; if overlapping or out of range
/// or not on char boundaries, the offending ones are skipped — deterministic:
/// sort by (start, Reverse(end)), keep first, drop any that overlap an
/// already-kept one) and returns the new text plus the edits actually applied
/// (sorted).
///
/// Adjacent edits (`a.end == b.start`) are both applied. An insertion
/// (`start == end`) strictly inside, or at the start of, a kept non-empty
/// replacement counts as overlapping it and is skipped; several insertions at
/// the same point are all applied, in input order.
#[must_use]
pub fn apply_edits(text: &str, edits: &[Edit]) -> (String, Vec<Edit>) {
    let (out, kept) = apply_selected(text, edits);
    (out, kept.into_iter().cloned().collect())
}

/// [`apply_edits`] returning how many edits were applied instead of copies of them:
/// [`remap_entities`] given the same `edits` selects the same ones again (the selection of
/// the applied edits is themselves).
#[must_use]
pub fn apply_edits_counted(text: &str, edits: &[Edit]) -> (String, usize) {
    let (out, kept) = apply_selected(text, edits);
    (out, kept.len())
}

/// [`apply_edits`] with the applied edits borrowed.
fn apply_selected<'a>(text: &str, edits: &'a [Edit]) -> (String, Vec<&'a Edit>) {
    let kept = select(text, edits);
    // (the replacements' lengths counted first: one allocation for the new text)
    let grown: usize = kept.iter().map(|e| e.replacement.len()).sum();
    let mut out = String::with_capacity(text.len().saturating_add(grown));
    let mut pos = 0usize;
    for e in &kept {
        // Always Some: `select` checked bounds/boundaries and ordering.
        out.push_str(text.get(pos..e.start).unwrap_or(""));
        out.push_str(&e.replacement);
        pos = e.end;
    }
    out.push_str(text.get(pos..).unwrap_or(""));
    (out, kept)
}

/// An applied edit in UTF-16 units of the original text.
#[derive(Debug, Clone, Copy)]
struct Span {
    /// Start (inclusive) in the original text.
    a: usize,
    /// End (exclusive) in the original text.
    b: usize,
    /// `utf16_len(replacement) - (b - a)`.
    delta: i128,
}

/// UTF-16 offsets of increasing byte offsets of one text, each stretch counted once (as
/// [`byte_to_utf16`] gives them: `None` off a character boundary or past the end).
#[derive(Default)]
struct Utf16Cursor {
    byte: usize,
    units: usize,
}

impl Utf16Cursor {
    fn at(&mut self, s: &str, byte: usize) -> Option<usize> {
        if byte < self.byte {
            *self = Utf16Cursor::default();
        }
        let stretch = s.get(self.byte..byte)?;
        // (an ASCII stretch has as many units as bytes)
        let n = if stretch.is_ascii() {
            stretch.len()
        } else {
            utf16_len(stretch)
        };
        self.units = self.units.checked_add(n)?;
        self.byte = byte;
        Some(self.units)
    }
}

/// Converts the selected edits to UTF-16 spans of `original` (the edits are in order: their
/// offsets counted in one pass over the text, not each from its start).
fn spans(original: &str, applied: &[Edit]) -> Vec<Span> {
    let mut at = Utf16Cursor::default();
    select(original, applied)
        .into_iter()
        .filter_map(|e| {
            let a = at.at(original, e.start)?;
            let b = at.at(original, e.end)?;
            let old = i128::try_from(b.checked_sub(a)?).ok()?;
            let new = i128::try_from(utf16_len(&e.replacement)).ok()?;
            Some(Span {
                a,
                b,
                delta: new.checked_sub(old)?,
            })
        })
        .collect()
}

/// The [`spans`] of an earlier version, each offset counted from the text start (its tests
/// compare the two).
#[cfg(test)]
fn spans_reference(original: &str, applied: &[Edit]) -> Vec<Span> {
    select(original, applied)
        .into_iter()
        .filter_map(|e| {
            let a = byte_to_utf16(original, e.start)?;
            let b = byte_to_utf16(original, e.end)?;
            let old = i128::try_from(b.checked_sub(a)?).ok()?;
            let new = i128::try_from(utf16_len(&e.replacement)).ok()?;
            Some(Span {
                a,
                b,
                delta: new.checked_sub(old)?,
            })
        })
        .collect()
}

/// New position of original position `x` when `x` is the START of a range:
/// it moves past every edit ending at or before it (including insertions at `x`).
fn pos_after(spans: &[Span], x: usize) -> Option<i128> {
    let mut p = i128::try_from(x).ok()?;
    for s in spans.iter().filter(|s| s.b <= x) {
        p = p.checked_add(s.delta)?;
    }
    Some(p)
}

/// New position of original position `y` when `y` is the (exclusive) END of
/// a range: like [`pos_after`] but insertions exactly at `y` come after it.
fn pos_before(spans: &[Span], y: usize) -> Option<i128> {
    let mut p = i128::try_from(y).ok()?;
    for s in spans.iter().filter(|s| s.b <= y && s.a < y) {
        p = p.checked_add(s.delta)?;
    }
    Some(p)
}

/// Reads a non-negative integer field of an entity.
fn entity_usize(obj: &crate::value::Map, key: &str) -> Option<usize> {
    obj.get(key)
        .and_then(Value::as_u64)
        .and_then(|v| usize::try_from(v).ok())
}

/// Writes `v` into `obj[key]` unless it already holds that integer (so the
/// original number text is untouched when nothing moved).
fn set_u64(obj: &mut crate::value::Map, key: &str, v: u64) {
    if obj.get(key).and_then(Value::as_u64) == Some(v) {
        return;
    }
    if let Some(slot) = obj.get_mut(key) {
        *slot = Value::from(v);
    }
}

/// Remaps one entity; returns false if it must be dropped.
fn remap_one(ent: &mut Value, spans: &[Span], total: usize) -> bool {
    let Some(obj) = ent.as_object_mut() else {
        return false;
    };
    let (Some(o), Some(l)) = (entity_usize(obj, "offset"), entity_usize(obj, "length")) else {
        return false;
    };
    let Some(e) = o.checked_add(l) else {
        return false;
    };
    if e > total {
        return false;
    }
    let content = obj
        .get("type")
        .and_then(Value::as_str)
        .is_some_and(is_content_derived);

    let mut x = o;
    let mut y = e;
    let mut damaged = false;
    for s in spans {
        let overlaps = s.a < e && o < s.b;
        if !overlaps {
            continue; // disjoint (insertions at o or e are disjoint too)
        }
        let strictly_inside = o <= s.a && s.b <= e && !(s.a == o && s.b == e);
        if !strictly_inside {
            damaged = true;
        }
        if s.a < o && o < s.b {
            x = s.a; // entity starts inside the replaced range
        }
        if s.a < e && e < s.b {
            y = s.b; // entity ends inside the replaced range
        }
    }
    if content && damaged {
        return false;
    }
    let (Some(start), Some(end)) = (pos_after(spans, x), pos_before(spans, y)) else {
        return false;
    };
    let end = end.max(start);
    let (Ok(new_off), Ok(new_len)) = (
        u64::try_from(start),
        u64::try_from(end.saturating_sub(start)),
    ) else {
        return false;
    };
    if l > 0 && new_len == 0 {
        return false; // it covered text that has been deleted entirely
    }
    set_u64(obj, "offset", new_off);
    set_u64(obj, "length", new_len);
    true
}

/// Given the ORIGINAL text, the applied edits (as returned by [`apply_edits`])
/// and the entities array, rewrites offsets/lengths so each entity points at
/// the same characters in the new text:
///
/// - an entity entirely before/after the edits (an insertion exactly at its
///   start or end is outside it) is shifted by the UTF-16 length delta of the
///   preceding edits;
/// - an entity strictly containing an edit keeps its type and has its length
///   adjusted;
/// - an entity whose range equals an edit's range, lies inside it, or
///   partially overlaps it is DROPPED if its type is content-derived
///   ([`CONTENT_DERIVED_TYPES`]); a formatting entity (bold, text_link,
///   text_mention, custom_emoji, date_time, anything unknown, or no type) is
///   extended to the union of its range and the replaced range mapped to the
///   new text;
/// - malformed entities (not an object, offset/length missing or not
///   non-negative integers, or range beyond the original text's UTF-16 length)
///   are dropped, as is an entity that had a non-zero length and ends up
///   covering nothing (its text was deleted).
///
/// Other keys of an entity are kept unchanged and in order; the order of the
/// surviving entities is kept. `applied` is re-validated with the same rules
/// as [`apply_edits`], so passing its output is always consistent.
/// Returns how many entities were dropped.
pub fn remap_entities(original: &str, applied: &[Edit], entities: &mut Vec<Value>) -> usize {
    let total = utf16_len(original);
    let spans = spans(original, applied);
    let before = entities.len();
    entities.retain_mut(|ent| remap_one(ent, &spans, total));
    before.saturating_sub(entities.len())
}

/// [`remap_entities`] for replacements already applied in order: `replaced` holds, for
/// each, its byte range in `original` and the UTF-16 length of what replaced it (ranges in
/// order, apart, not empty and on character boundaries: what [`remap_entities`] would
/// select from the same edits, all of them; one that is not is left out).
pub fn remap_entities_replaced(
    original: &str,
    replaced: &[(usize, usize, usize)],
    entities: &mut Vec<Value>,
) -> usize {
    let total = utf16_len(original);
    let mut at = Utf16Cursor::default();
    let spans: Vec<Span> = replaced
        .iter()
        .filter_map(|&(start, end, units)| {
            let a = at.at(original, start)?;
            let b = at.at(original, end)?;
            let old = i128::try_from(b.checked_sub(a)?).ok()?;
            let new = i128::try_from(units).ok()?;
            Some(Span {
                a,
                b,
                delta: new.checked_sub(old)?,
            })
        })
        .collect();
    let before = entities.len();
    entities.retain_mut(|ent| remap_one(ent, &spans, total));
    before.saturating_sub(entities.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::json;

    /// The substring of `text` an entity covers, by UTF-16 offsets.
    fn covered(text: &str, ent: &Value) -> Option<String> {
        let off = usize::try_from(ent.get("offset")?.as_u64()?).ok()?;
        let len = usize::try_from(ent.get("length")?.as_u64()?).ok()?;
        let a = utf16_to_byte(text, off)?;
        let b = utf16_to_byte(text, off.checked_add(len)?)?;
        text.get(a..b).map(str::to_owned)
    }

    /// Asserts the invariant for every remaining entity: in range of the new
    /// text and on code-point boundaries.
    fn assert_invariant(name: &str, text: &str, ents: &[Value]) {
        let total = utf16_len(text);
        for ent in ents {
            let off = ent["offset"].as_u64().unwrap() as usize;
            let len = ent["length"].as_u64().unwrap() as usize;
            assert!(
                off + len <= total,
                "{name}: {ent} beyond {total} in {text:?}"
            );
            assert!(
                covered(text, ent).is_some(),
                "{name}: {ent} not extractable"
            );
        }
    }

    /// How an edit is described in the tables.
    enum E {
        /// Replace the n-th (0-based) occurrence of the needle.
        Sub(&'static str, usize, &'static str),
        /// Raw byte range.
        At(usize, usize, &'static str),
        /// Insert at the end of the text.
        End(&'static str),
    }

    fn build(text: &str, spec: &[E]) -> Vec<Edit> {
        spec.iter()
            .map(|e| match e {
                E::Sub(needle, nth, r) => {
                    let start = text.match_indices(needle).nth(*nth).unwrap().0;
                    Edit::new(start, start + needle.len(), *r)
                }
                E::At(s, e, r) => Edit::new(*s, *e, *r),
                E::End(r) => Edit::new(text.len(), text.len(), *r),
            })
            .collect()
    }

    #[test]
    fn helpers() {
        // (text, byte, utf16, char)
        let table: &[(&str, usize, Option<usize>, Option<usize>)] = &[
            ("", 0, Some(0), Some(0)),
            ("", 1, None, None),
            ("abc", 3, Some(3), Some(3)),
            ("abc", 4, None, None),
            ("𝔘x", 4, Some(2), Some(1)),
            ("𝔘x", 2, None, None),
            ("👍🏽!", 8, Some(4), Some(2)),
            ("日本語", 3, Some(1), Some(1)),
            ("日本語", 4, None, None),
            ("e\u{301}x", 3, Some(2), Some(2)),
        ];
        for &(text, byte, u16, ch) in table {
            assert_eq!(
                byte_to_utf16(text, byte),
                u16,
                "byte_to_utf16 {text:?} {byte}"
            );
            assert_eq!(byte_to_char(text, byte), ch, "byte_to_char {text:?} {byte}");
            if let Some(u) = u16 {
                assert_eq!(
                    utf16_to_byte(text, u),
                    Some(byte),
                    "utf16_to_byte {text:?} {u}"
                );
            }
        }
        // (text, utf16 offset, byte)
        let back: &[(&str, usize, Option<usize>)] = &[
            ("𝔘x", 0, Some(0)),
            ("𝔘x", 1, None), // inside the surrogate pair
            ("𝔘x", 2, Some(4)),
            ("𝔘x", 3, Some(5)),
            ("𝔘x", 4, None),
            ("", 0, Some(0)),
            ("", 1, None),
            ("👨‍👩‍👧", 8, Some(18)),
            ("👨‍👩‍👧", 7, None),
        ];
        for &(text, u, b) in back {
            assert_eq!(utf16_to_byte(text, u), b, "utf16_to_byte {text:?} {u}");
        }
        let lens: &[(&str, usize)] = &[
            ("", 0),
            ("abc", 3),
            ("𝔘", 2),
            ("👍🏽", 4),
            ("👨‍👩‍👧‍👦", 11),
            ("日本語", 3),
            ("e\u{301}", 2),
        ];
        for &(text, n) in lens {
            assert_eq!(utf16_len(text), n, "utf16_len {text:?}");
        }
        assert!(is_content_derived("email"));
        assert!(!is_content_derived("text_mention"));
        assert!(!is_content_derived("bold"));
    }

    #[test]
    fn apply_edits_table() {
        // (name, text, edits, expected text, expected applied (start,end))
        type Case = (
            &'static str,
            &'static str,
            Vec<Edit>,
            &'static str,
            Vec<(usize, usize)>,
        );
        let cases: Vec<Case> = vec![
            ("none", "hello", vec![], "hello", vec![]),
            (
                "single",
                "hello world",
                vec![Edit::new(6, 11, "X")],
                "hello X",
                vec![(6, 11)],
            ),
            (
                "unsorted",
                "abcdef",
                vec![Edit::new(4, 5, "E"), Edit::new(0, 1, "A")],
                "AbcdEf",
                vec![(0, 1), (4, 5)],
            ),
            (
                "adjacent",
                "abcdef",
                vec![
                    Edit::new(2, 4, "X"),
                    Edit::new(0, 2, "Y"),
                    Edit::new(4, 6, "Z"),
                ],
                "YXZ",
                vec![(0, 2), (2, 4), (4, 6)],
            ),
            (
                "overlap keeps earlier start",
                "abcdef",
                vec![Edit::new(2, 5, "X"), Edit::new(1, 3, "Y")],
                "aYdef",
                vec![(1, 3)],
            ),
            (
                "same start keeps longer",
                "abcdef",
                vec![Edit::new(1, 2, "S"), Edit::new(1, 4, "L")],
                "aLef",
                vec![(1, 4)],
            ),
            (
                "contained dropped",
                "abcdef",
                vec![Edit::new(0, 6, "W"), Edit::new(2, 3, "i")],
                "W",
                vec![(0, 6)],
            ),
            (
                "out of range / reversed",
                "abc",
                vec![
                    Edit::new(2, 9, "X"),
                    Edit::new(3, 1, "Y"),
                    Edit::new(9, 9, "Z"),
                ],
                "abc",
                vec![],
            ),
            (
                "not on char boundary",
                "𝔘x",
                vec![Edit::new(1, 4, "X"), Edit::new(4, 5, "y")],
                "𝔘y",
                vec![(4, 5)],
            ),
            (
                "insert at start and end",
                "mid",
                vec![Edit::new(3, 3, ">"), Edit::new(0, 0, "<")],
                "<mid>",
                vec![(0, 0), (3, 3)],
            ),
            (
                "insertion inside replacement dropped, after it kept",
                "abcdef",
                vec![
                    Edit::new(1, 3, "X"),
                    Edit::new(2, 2, "i"),
                    Edit::new(3, 3, "j"),
                    Edit::new(1, 1, "k"),
                ],
                "aXjdef",
                vec![(1, 3), (3, 3)],
            ),
            (
                "two insertions at one point keep input order",
                "ab",
                vec![Edit::new(1, 1, "2"), Edit::new(1, 1, "1")],
                "a21b",
                vec![(1, 1), (1, 1)],
            ),
            (
                "delete everything",
                "👨‍👩‍👧‍👦",
                vec![Edit::new(0, 25, "")],
                "",
                vec![(0, 25)],
            ),
        ];
        for (name, text, edits, want, applied) in cases {
            let (got, kept) = apply_edits(text, &edits);
            assert_eq!(got, want, "{name}");
            let spans: Vec<(usize, usize)> = kept.iter().map(|e| (e.start, e.end)).collect();
            assert_eq!(spans, applied, "{name}");
            // Re-applying the kept edits yields the same result.
            assert_eq!(
                apply_edits(text, &kept),
                (got, kept.clone()),
                "{name}: idempotent"
            );
        }
    }

    struct Case {
        name: &'static str,
        text: &'static str,
        edits: Vec<E>,
        entities: Value<'static>,
        new_text: &'static str,
        /// (type, covered text in the new text) of surviving entities, in order.
        want: Vec<(&'static str, &'static str)>,
        dropped: usize,
    }

    #[test]
    fn remap_table() {
        const R: &str = "[REDACTED]";
        let cases = vec![
            Case {
                name: "email redacted: email entity dropped, bold extended, later shifted",
                text: "mail bob@x.io now #tag",
                edits: vec![E::Sub("bob@x.io", 0, R)],
                entities: json!([
                    {"type":"email","offset":5,"length":8},
                    {"type":"bold","offset":5,"length":8},
                    {"type":"hashtag","offset":18,"length":4}
                ]),
                new_text: "mail [REDACTED] now #tag",
                want: vec![("bold", R), ("hashtag", "#tag")],
                dropped: 1,
            },
            Case {
                name: "bold partially overlapping redaction extended to union",
                text: "say hi bob@x.io ok",
                edits: vec![E::Sub("bob@x.io", 0, R)],
                entities: json!([
                    {"type":"bold","offset":0,"length":9},
                    {"type":"italic","offset":11,"length":7},
                    {"type":"url","offset":11,"length":4}
                ]),
                new_text: "say hi [REDACTED] ok",
                want: vec![("bold", "say hi [REDACTED]"), ("italic", "[REDACTED] ok")],
                dropped: 1,
            },
            Case {
                name: "entity strictly containing the edit is length adjusted (any type)",
                text: "see https://x.io/?t=SECRET end",
                edits: vec![E::Sub("SECRET", 0, "***")],
                entities: json!([
                    {"type":"url","offset":4,"length":22},
                    {"type":"text_link","offset":0,"length":30,"url":"https://a.b"}
                ]),
                new_text: "see https://x.io/?t=*** end",
                want: vec![
                    ("url", "https://x.io/?t=***"),
                    ("text_link", "see https://x.io/?t=*** end"),
                ],
                dropped: 0,
            },
            Case {
                name: "emoji, skin tone and ZWJ family before the edit",
                text: "👍🏽👨‍👩‍👧‍👦 call +15551234567 👍",
                edits: vec![E::Sub("+15551234567", 0, "📞")],
                entities: json!([
                    {"type":"custom_emoji","offset":0,"length":4,"custom_emoji_id":"123"},
                    {"type":"bold","offset":4,"length":11},
                    {"type":"phone_number","offset":21,"length":12},
                    {"type":"italic","offset":34,"length":2}
                ]),
                new_text: "👍🏽👨‍👩‍👧‍👦 call 📞 👍",
                want: vec![("custom_emoji", "👍🏽"), ("bold", "👨‍👩‍👧‍👦"), ("italic", "👍")],
                dropped: 1,
            },
            Case {
                name: "non-BMP replaced by BMP and vice versa",
                text: "a𝔘b𝔙c",
                edits: vec![E::Sub("𝔘", 0, "U"), E::Sub("c", 0, "𝔚")],
                entities: json!([
                    {"type":"bold","offset":0,"length":7},
                    {"type":"italic","offset":3,"length":3},
                    {"type":"code","offset":6,"length":1}
                ]),
                new_text: "aUb𝔙𝔚",
                want: vec![("bold", "aUb𝔙𝔚"), ("italic", "b𝔙"), ("code", "𝔚")],
                dropped: 0,
            },
            Case {
                name: "CJK and combining marks",
                text: "東京 e\u{301}te 電話 090-1234-5678 終",
                edits: vec![E::Sub("090-1234-5678", 0, "XXX")],
                entities: json!([
                    {"type":"underline","offset":3,"length":4},
                    {"type":"phone_number","offset":11,"length":13},
                    {"type":"strikethrough","offset":25,"length":1}
                ]),
                new_text: "東京 e\u{301}te 電話 XXX 終",
                want: vec![("underline", "e\u{301}te"), ("strikethrough", "終")],
                dropped: 1,
            },
            Case {
                name: "edits at start and end",
                text: "secret middle secret",
                edits: vec![E::Sub("secret", 0, "S"), E::Sub("secret", 1, "")],
                entities: json!([
                    {"type":"bold","offset":0,"length":20},
                    {"type":"mention","offset":0,"length":6},
                    {"type":"italic","offset":7,"length":6},
                    {"type":"spoiler","offset":14,"length":6}
                ]),
                new_text: "S middle ",
                want: vec![("bold", "S middle "), ("italic", "middle")],
                dropped: 2, // mention replaced; spoiler's text deleted entirely
            },
            Case {
                name: "insertions at start and end of text and at entity boundaries",
                text: "ab cd",
                edits: vec![E::At(0, 0, ">>"), E::At(3, 3, "_"), E::End("<<")],
                entities: json!([
                    {"type":"bold","offset":0,"length":2},
                    {"type":"mention","offset":3,"length":2},
                    {"type":"italic","offset":0,"length":5}
                ]),
                new_text: ">>ab _cd<<",
                want: vec![("bold", "ab"), ("mention", "cd"), ("italic", "ab _cd")],
                dropped: 0,
            },
            Case {
                name: "adjacent edits spanning entities",
                text: "aaBBccDD",
                edits: vec![
                    E::Sub("BB", 0, "1"),
                    E::Sub("cc", 0, "22"),
                    E::Sub("DD", 0, ""),
                ],
                entities: json!([
                    {"type":"bold","offset":2,"length":4},
                    {"type":"cashtag","offset":2,"length":2},
                    {"type":"italic","offset":0,"length":3},
                    {"type":"code","offset":5,"length":3}
                ]),
                new_text: "aa122",
                want: vec![("bold", "122"), ("italic", "aa1"), ("code", "22")],
                dropped: 1,
            },
            Case {
                name: "nested entities",
                text: "outer [inner token] tail",
                edits: vec![E::Sub("token", 0, "<t>")],
                entities: json!([
                    {"type":"blockquote","offset":0,"length":24},
                    {"type":"bold","offset":6,"length":13},
                    {"type":"italic","offset":13,"length":5},
                    {"type":"bot_command","offset":13,"length":5},
                    {"type":"underline","offset":7,"length":5}
                ]),
                new_text: "outer [inner <t>] tail",
                want: vec![
                    ("blockquote", "outer [inner <t>] tail"),
                    ("bold", "[inner <t>]"),
                    ("italic", "<t>"),
                    ("underline", "inner"),
                ],
                dropped: 1,
            },
            Case {
                name: "entities after multiple edits shift by the summed delta",
                text: "x1 y22 z333 END 𝔘",
                edits: vec![
                    E::Sub("1", 0, "one"),
                    E::Sub("22", 0, ""),
                    E::Sub("333", 0, "𝔘𝔘"),
                ],
                entities: json!([
                    {"type":"bold","offset":12,"length":3},
                    {"type":"hashtag","offset":16,"length":2},
                    {"type":"pre","offset":0,"length":18,"language":"rust"}
                ]),
                new_text: "xone y z𝔘𝔘 END 𝔘",
                want: vec![
                    ("bold", "END"),
                    ("hashtag", "𝔘"),
                    ("pre", "xone y z𝔘𝔘 END 𝔘"),
                ],
                dropped: 0,
            },
            Case {
                name: "entity inside the edit: formatting covers the replacement",
                text: "pay 4111 1111 1111 1111 now",
                edits: vec![E::Sub("4111 1111 1111 1111", 0, "[card]")],
                entities: json!([
                    {"type":"bank_card","offset":4,"length":19},
                    {"type":"bold","offset":9,"length":4},
                    {"type":"text_mention","offset":4,"length":4,"user":{"id":1,"is_bot":false,"first_name":"A"}},
                    {"type":"date_time","offset":4,"length":19,"unix_time":1},
                    {"type":"future_type","offset":8,"length":1}
                ]),
                new_text: "pay [card] now",
                want: vec![
                    ("bold", "[card]"),
                    ("text_mention", "[card]"),
                    ("date_time", "[card]"),
                    ("future_type", "[card]"),
                ],
                dropped: 1,
            },
            Case {
                name: "malformed entities dropped",
                text: "hello world",
                edits: vec![E::Sub("world", 0, "there")],
                entities: json!([
                    "bold",
                    {"type":"bold"},
                    {"type":"bold","offset":-1,"length":2},
                    {"type":"bold","offset":1.5,"length":2},
                    {"type":"bold","offset":"0","length":2},
                    {"type":"bold","offset":0,"length":12},
                    {"type":"bold","offset":18446744073709551615u64,"length":1},
                    {"type":"bold","offset":1,"length":18446744073709551615u64},
                    null,
                    [0, 1],
                    {"offset":0,"length":5},
                    {"type":7,"offset":6,"length":5}
                ]),
                new_text: "hello there",
                want: vec![("?", "hello"), ("?", "there")],
                dropped: 10,
            },
            Case {
                name: "no applicable edits only validates",
                text: "abc",
                edits: vec![E::At(1, 9, "x")],
                entities: json!([{"type":"bold","offset":0,"length":3}, {"type":"bold","offset":0,"length":4}]),
                new_text: "abc",
                want: vec![("bold", "abc")],
                dropped: 1,
            },
        ];
        for c in cases {
            let edits = build(c.text, &c.edits);
            let (new_text, applied) = apply_edits(c.text, &edits);
            assert_eq!(new_text, c.new_text, "{}", c.name);
            let mut ents = c.entities.as_array().unwrap().clone();
            let mut ents_all = ents.clone();
            let dropped = remap_entities(c.text, &applied, &mut ents);
            assert_eq!(dropped, c.dropped, "{}: {ents:?}", c.name);
            // the edits before selection remap the same (what `apply_field_edits` passes)
            assert_eq!(remap_entities(c.text, &edits, &mut ents_all), dropped);
            assert_eq!(ents_all, ents, "{}", c.name);
            assert_eq!(
                apply_edits_counted(c.text, &edits),
                (new_text.clone(), applied.len())
            );
            assert_invariant(c.name, &new_text, &ents);
            let got: Vec<(String, String)> = ents
                .iter()
                .map(|e| {
                    let ty = e
                        .get("type")
                        .and_then(Value::as_str)
                        .unwrap_or("?")
                        .to_owned();
                    (ty, covered(&new_text, e).unwrap())
                })
                .collect();
            let want: Vec<(String, String)> = c
                .want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            assert_eq!(got, want, "{}", c.name);
        }
    }

    #[test]
    fn other_keys_kept_in_order_and_numbers_untouched() {
        let raw = r#"[{"type":"text_link","offset":6,"length":5,"url":"https://e.x/","extra":{"k":[1,2.50]}},{"type":"bold","offset":0,"length":5}]"#;
        let Value::Array(mut ents) = crate::value::from_slice(raw.as_bytes()).unwrap() else {
            panic!("an array")
        };
        let text = "hello world";
        let (new_text, applied) = apply_edits(text, &[Edit::new(0, 5, "hi")]);
        assert_eq!(remap_entities(text, &applied, &mut ents), 0);
        assert_invariant("keys", &new_text, &ents);
        assert_eq!(
            serde_json::to_string(&ents).unwrap(),
            r#"[{"type":"text_link","offset":3,"length":5,"url":"https://e.x/","extra":{"k":[1,2.50]}},{"type":"bold","offset":0,"length":2}]"#
        );
    }

    #[test]
    fn edits_before_selection_remap_as_the_applied_ones() {
        // random texts, edits (overlapping, out of range, off boundaries, insertions) and
        // entities: `apply_edits_counted` + `remap_entities(edits)` (what
        // `update::apply_field_edits` does) against `apply_edits` + `remap_entities(applied)`
        let pieces = ["a", "b", " ", "é", "😀", "Ж", "\n", "𝔘"];
        let types = ["bold", "mention", "url", "code", "text_link"];
        let mut rng = crate::testing::Rng::new(0xed17_5e1e);
        for _ in 0..20_000 {
            let text: String = (0..rng.below(12))
                .map(|_| pieces[rng.below(pieces.len())])
                .collect();
            let n = text.len() + 2;
            let edits: Vec<Edit> = (0..rng.below(6))
                .map(|_| {
                    let a = rng.below(n);
                    let b = a + rng.below(4);
                    Edit::new(a, b, ["", "X", "<P_1>", "é"][rng.below(4)])
                })
                .collect();
            let u = utf16_len(&text) + 2;
            let ents: Vec<Value> = (0..rng.below(5))
                .map(|_| {
                    json!({"type": types[rng.below(types.len())],
                        "offset": rng.below(u), "length": rng.below(u)})
                })
                .collect();
            let (want_text, applied) = apply_edits(&text, &edits);
            // the UTF-16 spans counted in one pass, as each from the text start
            let key = |v: Vec<Span>| -> Vec<(usize, usize, i128)> {
                v.into_iter().map(|s| (s.a, s.b, s.delta)).collect()
            };
            assert_eq!(
                key(spans(&text, &edits)),
                key(spans_reference(&text, &edits)),
                "{text:?} {edits:?}"
            );
            let mut want = ents.clone();
            let want_dropped = remap_entities(&text, &applied, &mut want);
            let (got_text, count) = apply_edits_counted(&text, &edits);
            let mut got = ents.clone();
            let got_dropped = remap_entities(&text, &edits, &mut got);
            assert_eq!(
                (got_text, count),
                (want_text, applied.len()),
                "{text:?} {edits:?}"
            );
            assert_eq!(
                (got_dropped, got),
                (want_dropped, want),
                "{text:?} {edits:?}"
            );
        }
    }

    #[test]
    fn utf16_len_counts_as_encode_utf16() {
        let all: String = (0u32..0x11_0000).filter_map(char::from_u32).collect();
        assert_eq!(utf16_len(&all), all.encode_utf16().count());
        for c in all.chars().step_by(97) {
            let s = format!("a{c}b{c}{c}");
            assert_eq!(utf16_len(&s), s.encode_utf16().count(), "{c:?}");
        }
        assert_eq!(utf16_len(""), 0);
        assert_eq!(utf16_len("plain ascii"), 11);
    }

    #[test]
    fn entity_offsets_inside_surrogate_pair_do_not_panic() {
        // Not produced by Telegram, but must not panic: pure UTF-16 arithmetic.
        let text = "𝔘𝔘 secret";
        let mut ents = vec![json!({"type":"bold","offset":1,"length":2})];
        let (new_text, applied) = apply_edits(text, &[Edit::new(9, 15, "x")]);
        assert_eq!(new_text, "𝔘𝔘 x");
        assert_eq!(remap_entities(text, &applied, &mut ents), 0);
        assert_eq!(ents[0]["offset"], 1);
        assert_eq!(ents[0]["length"], 2);
    }
}
